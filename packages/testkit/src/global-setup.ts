import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freePort,
  type KafkaBroker,
  type PostgresServer,
  startEmbeddedPostgres,
  startKafkaBroker,
} from '@itsm/stack';

/** What the global teardown stops; Jest runs both in the same process. */
export interface TestServers {
  folder: string;
  postgres?: PostgresServer;
  kafka?: KafkaBroker;
}

async function startPostgres(folder: string): Promise<PostgresServer> {
  return startEmbeddedPostgres({
    dataDir: join(folder, 'postgres'),
    port: await freePort(),
    persistent: false,
  });
}

/** Starts one real PostgreSQL and one Kafka broker for the whole run, unless POSTGRES_URL
 * and KAFKA_BROKERS name them. Test files then create their own databases and topics on
 * them, because parallel test files would race to start their own servers. */
export default async function globalSetup(): Promise<void> {
  const needPostgres = !process.env.POSTGRES_URL;
  const needKafka = !process.env.KAFKA_BROKERS;
  if (!needPostgres && !needKafka) return;
  const folder = mkdtempSync(join(tmpdir(), 'itsm-test-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(folder, 0o755);
  const [postgres, kafka] = await Promise.allSettled([
    needPostgres ? startPostgres(folder) : undefined,
    needKafka ? startKafkaBroker({ dataDir: join(folder, 'kafka') }) : undefined,
  ]);
  const servers: TestServers = {
    folder,
    postgres: postgres.status === 'fulfilled' ? postgres.value : undefined,
    kafka: kafka.status === 'fulfilled' ? kafka.value : undefined,
  };
  const failed = [postgres, kafka].find((result) => result.status === 'rejected');
  // Jest skips the teardown when the setup throws, so clean up what did start.
  if (failed) {
    await Promise.all([servers.postgres?.stop(), servers.kafka?.stop()]);
    rmSync(folder, { recursive: true, force: true });
    throw failed.reason;
  }
  (globalThis as { itsmTestServers?: TestServers }).itsmTestServers = servers;
  // Workers are forked after this and inherit the variables.
  if (servers.postgres) process.env.POSTGRES_URL = servers.postgres.adminUrl;
  if (servers.kafka) process.env.KAFKA_BROKERS = servers.kafka.brokers.join(',');
}
