import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { SUBGRAPHS } from '@itsm/platform';
import { inheritedEnvironment, repositoryRoot, settings } from './environment';
import { ensureDatabase, externalPostgres, startEmbeddedPostgres } from './postgres';

/** `pnpm start`: PostgreSQL (embedded unless POSTGRES_URL is set), the four subgraphs and
 * the gateway, each in its own process as in production. */
const children: ChildProcess[] = [];

function launch(name: string, entry: string, environment: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repositoryRoot,
    env: { ...inheritedEnvironment, ...environment },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${name} exited (${signal ?? code}); stopping everything.\n`);
      void stop(1);
    }
  });
  children.push(child);
}

async function waitUntilReady(name: string, port: number, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://localhost:${port}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} was not ready within ${timeoutMs / 1000}s`);
}

let stopping = false;
let stopPostgres: () => Promise<void> = async () => undefined;

async function stop(exitCode: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  await stopPostgres();
  process.exit(exitCode);
}

async function main() {
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  const postgres = settings.POSTGRES_URL
    ? externalPostgres(settings.POSTGRES_URL)
    : await startEmbeddedPostgres({
        dataDir: settings.POSTGRES_DATA_DIR,
        port: settings.POSTGRES_PORT,
        persistent: true,
      });
  stopPostgres = postgres.stop;
  process.stdout.write(
    settings.POSTGRES_URL
      ? 'PostgreSQL: external server\n'
      : `PostgreSQL: embedded on port ${settings.POSTGRES_PORT}, data in ${settings.POSTGRES_DATA_DIR}\n`,
  );

  for (const { name, defaultPort, database } of SUBGRAPHS) {
    const databaseUrl = await ensureDatabase(postgres.adminUrl, database);
    launch(name, join('services', name, 'src/main.ts'), {
      PORT: String(defaultPort),
      DATABASE_URL: databaseUrl,
    });
  }
  await Promise.all(SUBGRAPHS.map(({ name, defaultPort }) => waitUntilReady(name, defaultPort)));
  launch('gateway', join('gateway', 'src/main.ts'), { PORT: String(settings.PORT) });
  await waitUntilReady('gateway', settings.PORT);
  process.stdout.write('The ITSM supergraph is ready. Stop it with Ctrl+C.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  void stop(1);
});
