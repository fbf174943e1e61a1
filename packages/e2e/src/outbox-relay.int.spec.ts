import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CreateEventOutboxAndInbox1763000000000,
  customerRegistered,
  eventOf,
  KafkaTransport,
  OutboxRelay,
  Transactions,
  unsentCount,
} from '@itsm/events';
import { createLogger } from '@itsm/platform';
import {
  createTestDatabase,
  eventually,
  readTopic,
  type TestDatabase,
  testKafkaSettings,
  uniqueTopicPrefix,
} from '@itsm/testkit';

const logger = createLogger('relay-test', 'silent');

function registration(customerId: string, sequence: number) {
  return eventOf(customerRegistered, customerId, {
    customerId,
    code: `SEQ-${sequence}`,
    name: 'Ordered customer',
    segment: null,
    tier: 'STANDARD',
    status: 'ACTIVE',
    accountManager: 'rina.brm',
    relationshipLevel: 'BASIC',
    registeredAt: new Date().toISOString(),
  });
}

describe('two outbox relays on one database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('relay');
    dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [CreateEventOutboxAndInbox1763000000000],
      extra: { max: 6 },
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('publish every event once, in order per aggregate', async () => {
    const aggregates = Array.from({ length: 6 }, () => randomUUID());
    const transactions = new Transactions(dataSource);
    const total = 600;
    // Each transaction writes ten events, spread over the aggregates.
    for (let sequence = 0; sequence < total; sequence += 10) {
      await transactions.run(({ publish }) =>
        publish(
          ...Array.from({ length: 10 }, (_, offset) =>
            registration(aggregates[(sequence + offset) % aggregates.length]!, sequence + offset),
          ),
        ),
      );
    }

    const topicPrefix = uniqueTopicPrefix();
    const replicas = [1, 2].map((replica) => {
      const transport = new KafkaTransport(
        testKafkaSettings(`relay-${replica}`, topicPrefix),
        logger,
      );
      const relay = new OutboxRelay(
        dataSource,
        transport,
        { databaseUrl: database.url, batchSize: 7, pollIntervalMs: 20, retentionHours: 168 },
        logger,
      );
      return { transport, relay };
    });
    const reader = await readTopic(
      testKafkaSettings('reader').brokers,
      `${topicPrefix}${customerRegistered.topic.name}`,
    );
    try {
      replicas.forEach(({ relay }) => relay.start());
      await eventually(async () => expect(await unsentCount(dataSource)).toBe(0), 60_000);
      await reader.waitFor((messages) => messages.length >= total);
      await new Promise((resolve) => setTimeout(resolve, 1_000));

      // Both replicas took part, and together they sent each event once.
      expect(replicas.every(({ relay }) => relay.publishedCount > 0)).toBe(true);
      expect(replicas[0]!.relay.publishedCount + replicas[1]!.relay.publishedCount).toBe(total);
      const events = reader.messages.map((message) => JSON.parse(message.value!.toString()));
      expect(new Set(events.map((event) => event.id)).size).toBe(total);
      expect(reader.messages).toHaveLength(total);

      for (const aggregate of aggregates) {
        const sequences = events
          .filter((event) => event.subject === aggregate)
          .map((event) => Number(event.data.code.slice('SEQ-'.length)));
        expect(sequences).toHaveLength(total / aggregates.length);
        expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
      }
    } finally {
      await Promise.all(replicas.map(({ relay }) => relay.stop()));
      await Promise.all(replicas.map(({ transport }) => transport.stop()));
      await reader.stop();
    }
  }, 120_000);
});
