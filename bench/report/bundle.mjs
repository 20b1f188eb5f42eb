// Bundles bench/report/page.tsx for production with esbuild.
// Usage: node bundle.mjs <out dir> [--paged]. --paged is a what-if: the report table with
// material-table paging (100 rows a page) instead of `paging: false`, patched in at bundle time.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.argv[2]);
const paged = process.argv.includes('--paged');
const TABLE = /ClusterReadinessTable[\\/]ClusterReadinessTable\.tsx$/;
const pagingPlugin = {
  name: 'paged-report-table',
  setup(b) {
    b.onLoad({ filter: TABLE }, async args => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const patched = source.replace(
        'paging: false',
        'paging: true, pageSize: 100, pageSizeOptions: [20, 50, 100]',
      );
      if (patched === source) throw new Error('paging: false not found');
      return { contents: patched, loader: 'tsx' };
    });
  },
};
fs.mkdirSync(out, { recursive: true });
const started = performance.now();
const result = await build({
  entryPoints: [path.join(import.meta.dirname, 'page.tsx')],
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  jsx: 'automatic',
  outfile: path.join(out, 'app.js'),
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  loader: { '.svg': 'dataurl', '.png': 'dataurl', '.woff2': 'dataurl' },
  logLevel: 'error',
  metafile: true,
  plugins: paged ? [pagingPlugin] : [],
});
fs.writeFileSync(
  path.join(out, 'index.html'),
  '<!doctype html><html><head><meta charset="utf-8"><title>Readiness report</title></head>' +
    '<body><div id="root"></div><script src="/app.js"></script></body></html>\n',
);
const bytes = Object.values(result.metafile.outputs).reduce(
  (n, o) => n + o.bytes,
  0,
);
process.stdout.write(
  `${JSON.stringify({
    bundleKB: Math.round(bytes / 1024),
    buildMs: Math.round(performance.now() - started),
  })}\n`,
);
