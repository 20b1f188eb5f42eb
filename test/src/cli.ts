/**
 * Serves a cluster snapshot as a Kubernetes API so kubectl or the scanner
 * can be pointed at it:
 *
 *   yarn workspace @readiness/test kube-api-server --snapshot <path> \
 *     [--port 6443] [--host 127.0.0.1] [--token T] [--no-tls] \
 *     [--kubeconfig-out <file>] [--verbose]
 *
 * Runs directly under Node's type stripping, hence the .ts import paths.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { kubeconfigFor } from './kube-api-server/kubeconfig.ts';
import { startKubeApiTestServer } from './kube-api-server/server.ts';
import { loadSnapshotObjects } from './kube-api-server/snapshot.ts';

const USAGE =
  'usage: kube-api-server --snapshot <file|dir> [--port 6443] [--host 127.0.0.1] ' +
  '[--token T] [--no-tls] [--kubeconfig-out <file>] [--verbose]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      snapshot: { type: 'string' },
      port: { type: 'string', default: '6443' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      'no-tls': { type: 'boolean', default: false },
      'kubeconfig-out': { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.snapshot) {
    process.stdout.write(`${USAGE}\n`);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  // yarn runs workspace scripts in the workspace folder and does not say
  // where the user typed the command, so a relative path is looked up there
  // first and then at the repository root; outputs go beside it.
  const bases = [process.cwd(), process.env.PROJECT_CWD].filter(
    (b): b is string => Boolean(b),
  );
  const cwd =
    bases.find(base => existsSync(resolve(base, values.snapshot!))) ?? bases[0];
  const snapshot = await loadSnapshotObjects(resolve(cwd, values.snapshot));
  const server = await startKubeApiTestServer({
    objects: snapshot.objects,
    info: snapshot.info,
    port: Number(values.port),
    host: values.host,
    // kubectl never sends credentials over plain HTTP, so without TLS the
    // server only asks for a token when one was given explicitly.
    token: values.token ?? (values['no-tls'] ? '' : undefined),
    tls: !values['no-tls'],
  });
  const kubeconfig = kubeconfigFor(server);
  const lines = [
    `kube-api-server serving ${snapshot.objects.length} objects at ${server.url}`,
    server.token
      ? `token: ${server.token}`
      : 'authentication: off (plain HTTP; pass --token to require one)',
  ];
  if (values['kubeconfig-out']) {
    const out = resolve(cwd, values['kubeconfig-out']);
    await writeFile(out, kubeconfig, { mode: 0o600 });
    lines.push(
      `kubeconfig written to ${out}`,
      `try: kubectl --kubeconfig ${out} get pods -A`,
    );
  } else {
    lines.push('kubeconfig:', kubeconfig);
  }
  process.stdout.write(`${lines.join('\n')}\n`);

  if (values.verbose) {
    let logged = 0;
    setInterval(() => {
      // Stop at the first request still in flight, to print it once answered.
      const pending = server.requests.findIndex(
        (r, i) => i >= logged && !r.status,
      );
      const done = pending < 0 ? server.requests.length : pending;
      for (const r of server.requests.slice(logged, done)) {
        const query = new URLSearchParams(r.query).toString();
        process.stdout.write(
          `${r.status} ${r.method} ${r.path}${query ? `?${query}` : ''}\n`,
        );
      }
      logged = done;
    }, 200).unref();
  }
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
