// Runs every test stage in order and prints one summary line CI can read:
// "N passed, N failed". A stage that cannot run counts as failed, never as skipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const env = {
  ...process.env,
  CI: 'true',
  // @kubernetes/client-node is ESM-only; Jest loads it natively with VM modules.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules']
    .filter(Boolean)
    .join(' '),
  // PostgreSQL runs on this machine; TestDatabases must not try Docker.
  BACKSTAGE_TEST_DISABLE_DOCKER: '1',
  BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
    'postgresql://postgres@127.0.0.1:5432',
};

fs.mkdirSync('test-results', { recursive: true });
const results = [];

function stage(name, command, args, count) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counted = count?.();
  const passed = counted ? counted.passed : run.status === 0 ? 1 : 0;
  const failed = counted
    ? counted.failed + (run.status !== 0 && counted.failed === 0 ? 1 : 0)
    : run.status === 0
    ? 0
    : 1;
  results.push({ name, passed, failed, seconds, status: run.status });
}

function jestCounts(file) {
  return () => {
    try {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      return {
        passed: json.numPassedTests,
        failed: json.numFailedTests + json.numRuntimeErrorTestSuites,
      };
    } catch {
      return undefined;
    }
  };
}

function browserCounts() {
  try {
    return JSON.parse(fs.readFileSync('test-results/browser.json', 'utf8'));
  } catch {
    return undefined;
  }
}

stage('type check', 'yarn', ['tsc']);
stage('lint', 'yarn', ['backstage-cli', 'repo', 'lint']);
stage('prettier', 'yarn', ['prettier', '--check', '.']);
fs.rmSync('test-results/jest.json', { force: true });
stage(
  'unit and integration',
  'yarn',
  [
    'backstage-cli',
    'repo',
    'test',
    '--json',
    '--outputFile=test-results/jest.json',
  ],
  jestCounts('test-results/jest.json'),
);
fs.rmSync('test-results/browser.json', { force: true });
stage('browser', 'node', ['test/browser/run.mjs'], browserCounts);

console.log('\n| stage | passed | failed | seconds |\n|---|---|---|---|');
for (const r of results)
  console.log(`| ${r.name} | ${r.passed} | ${r.failed} | ${r.seconds} |`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
