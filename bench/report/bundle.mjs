// Bundles bench/report/page.tsx for production with esbuild. Usage: node bundle.mjs <out dir>
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.argv[2]);
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
