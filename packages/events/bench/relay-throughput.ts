import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createLogger } from '@itsm/platform';
import { ensureDatabase, freePort, startEmbeddedPostgres, startKafkaBroker } from '@itsm/stack';
import { z } from 'zod';
import {
  anyUnsent,
  CreateEventOutboxAndInbox1763000000000,
  customerRegistered,
  eventEnvironmentShape,
  eventOf,
  eventSettingsOf,
  KafkaTransport,
  OutboxRelay,
  Transactions,
} from '../src';

/**
 * Outbox-to-Kafka relay throughput: one relay, with the relay's default limits, connected
 * and warmed by a first event, then a backlog of EVENTS customer events over 1,000
 * aggregates committed at once, timed from that commit to an empty outbox. Prints one
 * line a script can read.
 */
const EVENTS = Number(process.argv[2] ?? 20_000);
const AGGREGATES = 1_000;
const RELAY_DEFAULTS = eventSettingsOf(z.object(eventEnvironmentShape).parse({}), 'bench').relay;

function registration(customerId: string, sequence: number) {
  return eventOf(customerRegistered, customerId, {
    customerId,
    code: `C-${sequence}`,
    name: 'Benchmark customer',
    segment: null,
    tier: 'STANDARD',
    status: 'ACTIVE',
    accountManager: 'bench',
    relationshipLevel: 'BASIC',
    registeredAt: new Date().toISOString(),
  });
}

async function drained(dataSource: DataSource) {
  while (await anyUnsent(dataSource)) await sleep(10);
}

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
  const relay = new OutboxRelay(dataSource, transport, { databaseUrl, ...RELAY_DEFAULTS }, logger);
  const transactions = new Transactions(dataSource);
  relay.start();
  await transactions.run(({ publish }) => publish(registration(randomUUID(), 0)));
  await drained(dataSource);

  const aggregates = Array.from({ length: AGGREGATES }, () => randomUUID());
  await transactions.run(({ publish }) =>
    publish(
      ...Array.from({ length: EVENTS }, (_, index) =>
        registration(aggregates[index % AGGREGATES]!, index),
      ),
    ),
  );
  const started = process.hrtime.bigint();
  await drained(dataSource);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await relay.stop();
  await transport.stop();
  await dataSource.destroy();
  await broker.stop();
  await postgres.stop();
  rmSync(folder, { recursive: true, force: true });

  const cpu = cpus()[0]?.model ?? 'unknown';
  process.stdout.write(
    `relay_throughput events=${EVENTS} batch=${RELAY_DEFAULTS.batchSize} seconds=${seconds.toFixed(2)} ` +
      `events_per_second=${Math.round(EVENTS / seconds)} node=${process.version} ` +
      `cpus=${cpus().length} cpu="${cpu}"\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
