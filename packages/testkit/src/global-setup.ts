import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@itsm/stack';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts one real PostgreSQL for the whole run, unless POSTGRES_URL names one. Test
 * files then create their own databases on it, so they never share state. */
export default async function globalSetup(): Promise<void> {
  if (process.env.POSTGRES_URL) return;
  const parent = mkdtempSync(join(tmpdir(), 'itsm-test-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(parent, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(parent, 'postgres'),
    port: await freePort(),
    persistent: false,
  });
  // Workers are forked after this and inherit the variable.
  process.env.POSTGRES_URL = postgres.adminUrl;
  (globalThis as { itsmTestPostgres?: object }).itsmTestPostgres = {
    server: postgres,
    folder: parent,
  };
}
