// Bundles a benchmark page (page.tsx by default) for production with esbuild.
// Usage: node bundle.mjs <out dir> [page.tsx|floor.tsx]
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.argv[2]);
const entry = process.argv[3] ?? 'page.tsx';
fs.mkdirSync(out, { recursive: true });
const started = performance.now();
const result = await build({
  entryPoints: [path.join(import.meta.dirname, entry)],
  bundle: true,
  minify: true,
  // ES modules with code splitting, as the app's webpack build does: what the page imports
  // dynamically (e.g. the syntax highlighter behind core-components' CodeSnippet) becomes
  // its own chunk, loaded only when used, instead of being parsed at start-up.
  format: 'esm',
  splitting: true,
  entryNames: 'app',
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'browser',
  target: 'chrome120',
  jsx: 'automatic',
  outdir: out,
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  loader: { '.svg': 'dataurl', '.png': 'dataurl', '.woff2': 'dataurl' },
  logLevel: 'error',
  metafile: true,
});
const outputs = result.metafile.outputs;
const total = Object.values(outputs).reduce((n, o) => n + o.bytes, 0);
// What the page loads before it runs: the entry and the chunks it imports statically.
const loaded = new Set();
const visit = file => {
  if (loaded.has(file)) return;
  loaded.add(file);
  for (const i of outputs[file].imports)
    if (i.kind === 'import-statement') visit(i.path);
};
visit(Object.keys(outputs).find(f => /(^|\/)app\.js$/.test(f)));
const initial = [...loaded].reduce((n, f) => n + outputs[f].bytes, 0);
// Every chunk the entry needs is named in the page, as webpack's HtmlWebpackPlugin names the
// initial chunks: the browser fetches them at once instead of finding each one only after
// parsing the chunk that imports it (a waterfall of three round trips here).
const preloads = [...loaded]
  .map(f => `/${path.relative(out, path.resolve(f))}`)
  .filter(url => url !== '/app.js')
  .map(url => `<link rel="modulepreload" href="${url}">`)
  .join('');
fs.writeFileSync(
  path.join(out, 'index.html'),
  '<!doctype html><html><head><meta charset="utf-8"><title>Readiness report</title>' +
    `${preloads}</head><body><div id="root"></div>` +
    '<script type="module" src="/app.js"></script></body></html>\n',
);
process.stdout.write(
  `${JSON.stringify({
    bundleKB: Math.round(initial / 1024),
    totalKB: Math.round(total / 1024),
    buildMs: Math.round(performance.now() - started),
  })}\n`,
);
