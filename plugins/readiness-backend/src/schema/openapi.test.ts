import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createRouter } from '../service/router';

/** Express routes as `METHOD /path/{param}`, the way OpenAPI writes them. */
function routesOf(router: any): string[] {
  return router.stack
    .filter((layer: any) => layer.route)
    .flatMap((layer: any) =>
      Object.keys(layer.route.methods).map(
        method =>
          `${method.toUpperCase()} ${layer.route.path.replace(
            /:(\w+)/g,
            '{$1}',
          )}`,
      ),
    )
    .sort();
}

const packageDir = path.resolve(__dirname, '../..');

describe('openapi.yaml', () => {
  it('documents exactly the routes the router serves', async () => {
    const spec = parse(
      fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
    );
    const documented = Object.entries(spec.paths as Record<string, object>)
      .flatMap(([p, ops]) =>
        Object.keys(ops).map(m => `${m.toUpperCase()} ${p}`),
      )
      .sort();
    const router = await createRouter({} as any);
    // GET /openapi.json is backend-openapi-utils serving this document itself.
    expect(routesOf(router).filter(r => r !== 'GET /openapi.json')).toEqual(
      documented,
    );
  });

  it('is what openapi.generated.ts was generated from', () => {
    // The typed router and request validation use the generated module, so a spec edit without
    // regenerating would leave both describing the old API.
    expect(() =>
      execFileSync(
        process.execPath,
        ['scripts/generate-openapi.mjs', '--check'],
        { cwd: packageDir, stdio: 'pipe' },
      ),
    ).not.toThrow();
  });
});
