// Compiles the scan's part of the backend (connection, collection, scoring, config) to one
// CommonJS file with esbuild, as a production build runs it: no TypeScript transform loaded at
// run time, npm packages left as imports. Usage: node compile.mjs <out file>
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const out = path.resolve(process.argv[2]);
const src = path.join(ROOT, 'plugins/readiness-backend/src');

/** Every npm dependency of the two packages stays external; the workspace packages are bundled. */
const external = ['plugins/readiness-backend', 'plugins/readiness-common']
  .map(dir =>
    JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')),
  )
  .flatMap(pkg => Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }))
  .filter(name => !name.startsWith('@readiness/'));

const started = performance.now();
await build({
  stdin: {
    contents: [
      `export { KubernetesConnection } from './kube/KubernetesConnection';`,
      `export { collectFacts } from './collect/collectFacts';`,
      `export { scoreCluster } from './engine/scoreCluster';`,
      `export { readReadinessConfig, scoringOptions } from './config';`,
    ].join('\n'),
    resolveDir: src,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  outfile: out,
  external,
  logLevel: 'error',
});
process.stdout.write(
  `${JSON.stringify({ buildMs: Math.round(performance.now() - started) })}\n`,
);
