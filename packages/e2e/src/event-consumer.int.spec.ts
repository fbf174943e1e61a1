import { randomUUID } from 'node:crypto';
import {
  customerRegistered,
  customerRelationshipLevelChanged,
  DEAD_LETTER_SUFFIX,
  eventOf,
  EventConsumer,
  type IncomingRecord,
  InProcessEventBus,
  on,
  serializeEvent,
  Transactions,
} from '@itsm/events';
import { createLogger } from '@itsm/platform';
import { createEventsTestDatabase, type EventsTestDatabase } from '@itsm/testkit';
import type { DataSource, EntityManager } from 'typeorm';

/** The consumer applies a partition's records in one transaction, and isolates the one a
 * handler cannot apply: on real PostgreSQL, with the in-process bus taking dead letters. */

const TOPIC = customerRegistered.topic.name;

function registered(name: string, offset: number): IncomingRecord {
  return incoming(
    eventOf(customerRegistered, randomUUID(), {
      customerId: randomUUID(),
      code: name.toUpperCase(),
      name,
      segment: null,
      tier: 'KEY',
      status: 'PROSPECT',
      accountManager: 'rina',
      relationshipLevel: 'BASIC',
      registeredAt: new Date().toISOString(),
    }),
    offset,
  );
}

/** A relationship level change whose reason is `name`. */
function levelChanged(name: string, offset: number): IncomingRecord {
  return incoming(
    eventOf(customerRelationshipLevelChanged, randomUUID(), {
      customerId: randomUUID(),
      fromLevel: 'BASIC',
      toLevel: 'REACTIVE',
      reason: name,
      actor: 'rina',
      occurredAt: new Date().toISOString(),
    }),
    offset,
  );
}

function incoming(event: Parameters<typeof serializeEvent>[0], offset: number): IncomingRecord {
  const { record } = serializeEvent(event);
  return {
    topic: TOPIC,
    partition: 0,
    offset: String(offset),
    key: Buffer.from(record.key!),
    value: Buffer.from(record.value),
    headers: record.headers,
  };
}

describe('an event consumer given a batch', () => {
  let database: EventsTestDatabase;
  let dataSource: DataSource;
  let bus: InProcessEventBus;
  let consumer: EventConsumer;
  const deadLetters: IncomingRecord[] = [];
  const logger = createLogger('consumer-test', 'silent');

  beforeAll(async () => {
    database = await createEventsTestDatabase('consumer-batch');
    dataSource = database.dataSource;
    await dataSource.query('CREATE TABLE applied (position serial, name text NOT NULL)');
    bus = new InProcessEventBus(logger);
    await bus.subscribe({
      group: 'dead-letter-probe',
      topics: [TOPIC + DEAD_LETTER_SUFFIX],
      handle: async (records) => void deadLetters.push(...records),
    });
    bus.start();
    consumer = new EventConsumer(
      {
        group: 'batch-test',
        topics: [TOPIC],
        handlers: [
          on(customerRegistered, async (event, transaction) => {
            if (event.data.name.startsWith('poison'))
              throw new Error(`cannot apply ${event.data.name}`);
            await transaction.manager.query('INSERT INTO applied (name) VALUES ($1)', [
              event.data.name,
            ]);
          }),
        ],
      },
      new Transactions(dataSource),
      bus,
      { attempts: 2, initialDelayMs: 1 },
      logger,
    );
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    deadLetters.length = 0;
    await dataSource.query('TRUNCATE applied, event_inbox');
  });

  const appliedNames = async () =>
    (
      (await dataSource.query('SELECT name FROM applied ORDER BY position')) as { name: string }[]
    ).map(({ name }) => name);

  it('applies every event of the batch once, in order, and nothing again on redelivery', async () => {
    const records = Array.from({ length: 300 }, (_, index) => registered(`c${index}`, index));
    await consumer.process(records);
    await consumer.process(records.slice(100, 200));
    const names = await appliedNames();
    expect(names).toEqual(records.map((_, index) => `c${index}`));
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM event_inbox');
    expect(count).toBe(300);
  });

  it('dead-letters the event a handler fails on and the malformed message, and applies the rest', async () => {
    const malformed: IncomingRecord = { ...registered('m', 3), value: Buffer.from('not json') };
    const records = [
      registered('a', 0),
      registered('b', 1),
      registered('poison-1', 2),
      malformed,
      registered('c', 4),
    ];
    await consumer.process(records);
    expect(await appliedNames()).toEqual(['a', 'b', 'c']);
    expect(deadLetters.map((record) => record.headers['dlq-original-offset']).sort()).toEqual([
      '2',
      '3',
    ]);
    expect(deadLetters).toHaveLength(2);
    const reasons = deadLetters.map((record) => record.headers['dlq-error']);
    expect(reasons).toEqual(
      expect.arrayContaining(['cannot apply poison-1', expect.stringMatching(/Not a CloudEvent/)]),
    );
  });

  describe('with a handler that applies a run of events at once', () => {
    const runs: string[][] = [];
    const insert = (manager: EntityManager, names: string[]) =>
      manager.query('INSERT INTO applied (name) SELECT unnest($1::text[])', [names]);
    let runner: EventConsumer;

    beforeAll(() => {
      runner = new EventConsumer(
        {
          group: 'runs-test',
          topics: [TOPIC],
          handlers: [
            on(
              customerRegistered,
              async (event, transaction) => {
                if (event.data.name.startsWith('poison'))
                  throw new Error(`cannot apply ${event.data.name}`);
                await insert(transaction.manager, [event.data.name]);
              },
              async (events, transaction) => {
                const names = events.map((event) => event.data.name);
                runs.push(names);
                if (names.some((name) => name.startsWith('poison')))
                  throw new Error('cannot apply the run');
                await insert(transaction.manager, names);
              },
            ),
            on(customerRelationshipLevelChanged, (event, transaction) =>
              insert(transaction.manager, [event.data.reason]),
            ),
          ],
        },
        new Transactions(dataSource),
        bus,
        { attempts: 2, initialDelayMs: 1 },
        logger,
      );
    });
    beforeEach(() => {
      runs.length = 0;
    });

    it('hands it each run of consecutive events of its type, and keeps the order of all', async () => {
      await runner.process([
        registered('a', 0),
        registered('b', 1),
        levelChanged('x', 2),
        registered('c', 3),
        registered('d', 4),
        registered('e', 5),
      ]);
      expect(runs).toEqual([
        ['a', 'b'],
        ['c', 'd', 'e'],
      ]);
      expect(await appliedNames()).toEqual(['a', 'b', 'x', 'c', 'd', 'e']);
    });

    it('applies the events of a run it fails on one by one, and dead-letters only the failing one', async () => {
      await runner.process([registered('a', 0), registered('poison-2', 1), registered('b', 2)]);
      expect(runs).toEqual([['a', 'poison-2', 'b']]);
      expect(await appliedNames()).toEqual(['a', 'b']);
      expect(deadLetters.map((record) => record.headers['dlq-original-offset'])).toEqual(['1']);
    });
  });
});
