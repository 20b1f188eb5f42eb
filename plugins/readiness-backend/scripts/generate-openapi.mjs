#!/usr/bin/env node
// Writes src/schema/openapi.generated.ts from src/schema/openapi.yaml, the API's source of truth.
//
// Backstage's `backstage-repo-tools package schema openapi generate --server` does the same
// `spec`-as-const step, but first runs the Java openapi-generator, whose jar is fetched from Maven
// Central at first use; this project must build where only the npm registry is reachable. So the
// spec is dereferenced here instead: with every `$ref` inlined, `createValidatedOpenApiRouter`
// (@backstage/backend-openapi-utils) can type each route's params, query, body and response from
// the schema alone. `src/schema/openapi.test.ts` fails when this file is out of date.
//
//   yarn workspace @readiness/plugin-readiness-backend openapi:generate [--check]
import fs from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import prettier from 'prettier';

const SCHEMA_DIR = path.resolve(import.meta.dirname, '../src/schema');
const SOURCE = path.join(SCHEMA_DIR, 'openapi.yaml');
const TARGET = path.join(SCHEMA_DIR, 'openapi.generated.ts');

/** The spec with every reference inlined and the now-unused components dropped. */
export async function dereferencedSpec(source = SOURCE) {
  await SwaggerParser.validate(source);
  const spec = await SwaggerParser.dereference(source);
  const { securitySchemes } = spec.components ?? {};
  // Round-trip through JSON: dereferencing shares objects between places.
  return mergeSingleAllOf(
    JSON.parse(JSON.stringify({ ...spec, components: { securitySchemes } })),
  );
}

/**
 * `{ allOf: [X], nullable: true, description }` is how OpenAPI 3.0 adds keywords next to a
 * reference; json-schema-to-ts types it as `{}`. Merging the one member into its parent says the
 * same thing in a form it types as `X | null`.
 */
function mergeSingleAllOf(node) {
  if (Array.isArray(node)) return node.map(mergeSingleAllOf);
  if (node === null || typeof node !== 'object') return node;
  const { allOf, ...rest } = node;
  const merged =
    Array.isArray(allOf) && allOf.length === 1
      ? { ...allOf[0], ...rest }
      : node;
  return Object.fromEntries(
    Object.entries(merged).map(([k, v]) => [k, mergeSingleAllOf(v)]),
  );
}

export async function renderGenerated(spec) {
  const source = `// THIS FILE IS GENERATED from openapi.yaml by scripts/generate-openapi.mjs: do not edit it.
// Run \`yarn workspace @readiness/plugin-readiness-backend openapi:generate\` after changing the spec.
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

export const spec = ${JSON.stringify(spec)} as const;

/** The typed, validating router for {@link spec}. */
export const createOpenApiRouter = (
  options?: Parameters<typeof createValidatedOpenApiRouter>[1],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
`;
  const config = await prettier.resolveConfig(TARGET);
  return prettier.format(source, { ...config, filepath: TARGET });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await renderGenerated(await dereferencedSpec());
  const relative = path.relative(process.cwd(), TARGET);
  if (process.argv.includes('--check')) {
    if (fs.readFileSync(TARGET, 'utf8') !== text) {
      process.stderr.write(
        `${relative} is out of date with openapi.yaml: run openapi:generate\n`,
      );
      process.exit(1);
    }
  } else {
    fs.writeFileSync(TARGET, text);
    process.stdout.write(`wrote ${relative}\n`);
  }
}
