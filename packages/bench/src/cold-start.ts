import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '@itsm/stack';
import { inheritedEnvironment, repositoryRoot } from './environment';
import { waitUntilReady } from './processes';

/** Scenario 6: `pnpm start` from the command to a ready gateway (`/health/ready` answers
 * 200), on a fresh data folder (PostgreSQL's initdb and every migration) and again on the
 * data it left (a restart). The subgraphs listen on `pnpm start`'s own ports, 4001–4004. */
export async function coldStarts(): Promise<{ firstMs: number; restartMs: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'itsm-bench-start-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter it.
  chmodSync(folder, 0o755);
  const environment = {
    POSTGRES_DATA_DIR: join(folder, 'postgres'),
    POSTGRES_PORT: String(await freePort()),
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
  try {
    const firstMs = await timeStart(environment);
    const restartMs = await timeStart(environment);
    return { firstMs, restartMs };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function timeStart(environment: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn('pnpm', ['--silent', 'start'], {
    cwd: repositoryRoot,
    env: { ...inheritedEnvironment, ...environment },
    stdio: 'ignore',
    // Its own process group, so that stopping it stops pnpm and the node under it.
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilReady(
      `http://127.0.0.1:${environment.PORT}/health/ready`,
      () => child.exitCode !== null,
    );
    return performance.now() - started;
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}
