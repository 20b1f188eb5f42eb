// Starts the dev portal exactly as `scripts/run.sh start` does (yarn start) and waits until
// both the frontend and the readiness backend answer.
import { spawn } from 'node:child_process';

const FRONTEND = 'http://localhost:3000';
const BACKEND = 'http://localhost:7007';

async function answers(url) {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}

export async function startPortal({ timeoutMs = 10 * 60 * 1000, log }) {
  if (
    (await answers(FRONTEND)) ||
    (await answers(`${BACKEND}/api/readiness/health`))
  ) {
    throw new Error(
      'ports 3000/7007 are already in use: stop the running portal first',
    );
  }
  const child = spawn('yarn', ['start'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BROWSER: 'none' },
  });
  child.stdout.on('data', chunk => log.write(chunk));
  child.stderr.on('data', chunk => log.write(chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`yarn start exited with ${child.exitCode}`);
    if (
      (await answers(`${BACKEND}/api/readiness/health`)) &&
      (await answers(FRONTEND))
    ) {
      return { frontend: FRONTEND, backend: BACKEND, stop };
    }
    await new Promise(r => setTimeout(r, 2000));
  }
  stop();
  throw new Error(`the portal did not answer within ${timeoutMs / 1000} s`);
}
