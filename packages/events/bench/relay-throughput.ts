import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createLogger } from '@itsm/platform';
import { ensureDatabase, freePort, startEmbeddedPostgres, startKafkaBroker } from '@itsm/stack';
import {
  CreateEventOutboxAndInbox1763000000000,
  customerRegistered,
  eventOf,
  KafkaTransport,
  OutboxRelay,
  Transactions,
  unsentCount,
} from '../src';

/**
 * Outbox-to-Kafka relay throughput: fills an outbox with EVENTS customer events over 1,000
 * aggregates, then times one relay publishing them all to a real broker, from its start
 * (connecting and creating the topic included) to an empty outbox. Prints one line a script
 * can read.
 */
const EVENTS = Number(process.argv[2] ?? 20_000);
const BATCH = 500;

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'itsm-relay-bench-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(folder, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(folder, 'postgres'),
    port: await freePort(),
    persistent: false,
  });
  const broker = await startKafkaBroker({ dataDir: join(folder, 'kafka') });
  const logger = createLogger('bench', 'warn');
  const databaseUrl = await ensureDatabase(postgres.adminUrl, 'relay_bench');
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: [CreateEventOutboxAndInbox1763000000000],
    extra: { max: 4 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const transactions = new Transactions(dataSource);
  const aggregates = Array.from({ length: 1_000 }, () => randomUUID());
  for (let written = 0; written < EVENTS; written += BATCH) {
    await transactions.run(({ publish }) =>
      publish(
        ...Array.from({ length: Math.min(BATCH, EVENTS - written) }, (_, index) => {
          const customerId = aggregates[(written + index) % aggregates.length]!;
          return eventOf(customerRegistered, customerId, {
            customerId,
            code: `C-${written + index}`,
            name: 'Benchmark customer',
            segment: null,
            tier: 'STANDARD',
            status: 'ACTIVE',
            accountManager: 'bench',
            relationshipLevel: 'BASIC',
            registeredAt: new Date().toISOString(),
          });
        }),
      ),
    );
  }

  const transport = new KafkaTransport(
    {
      brokers: broker.brokers,
      clientId: 'relay-bench',
      topicPrefix: '',
      partitions: 3,
      replicationFactor: 1,
    },
    logger,
  );
  const relay = new OutboxRelay(
    dataSource,
    transport,
    {
      databaseUrl,
      batchSize: BATCH,
      pollIntervalMs: 50,
      retentionHours: 168,
    },
    logger,
  );
  const started = process.hrtime.bigint();
  relay.start();
  while ((await unsentCount(dataSource)) > 0) await sleep(20);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await relay.stop();
  await transport.stop();
  await dataSource.destroy();
  await broker.stop();
  await postgres.stop();
  rmSync(folder, { recursive: true, force: true });

  const cpu = cpus()[0]?.model ?? 'unknown';
  process.stdout.write(
    `relay_throughput events=${EVENTS} batch=${BATCH} seconds=${seconds.toFixed(2)} ` +
      `events_per_second=${Math.round(EVENTS / seconds)} node=${process.version} ` +
      `cpus=${cpus().length} cpu="${cpu}"\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
