import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { eventOf, feedbackLogged, feedbackTopic, serializeEvent } from '@itsm/events';
import { customerPortfolioSamples } from '@itsm/schema-tools/src/samples/customer-portfolio';
import { freePort } from '@itsm/stack';
import {
  createTestDatabase,
  eventually,
  TEST_SECRETS,
  type TestDatabase,
  testKafkaSettings,
  uniqueTopicPrefix,
} from '@itsm/testkit';
import { DataSource } from 'typeorm';
import { recordFigures } from './figures';

const EVENTS = 3_000;
const MAIN = join(__dirname, '../../../../services/continual-improvement/src/main.ts');

/** A fresh comment on a customer, shaped as the contract's sample of the event. */
function feedbackEvent() {
  const sample = customerPortfolioSamples.find(
    (event) => event.definition.type === feedbackLogged.type,
  )!;
  const feedbackId = randomUUID();
  return serializeEvent(
    eventOf(feedbackLogged, feedbackId, {
      ...(sample.data as Parameters<typeof eventOf<typeof feedbackLogged>>[2]),
      feedbackId,
      type: 'COMMENT',
      severity: 'LOW',
    }),
  );
}

describe('a consumer process killed in the middle of a batch', () => {
  const topicPrefix = uniqueTopicPrefix();
  const brokers = testKafkaSettings('consumer-kill').brokers;
  let database: TestDatabase;
  let reader: DataSource;
  let consumer: ChildProcess | undefined;

  /** continual-improvement in a process of its own, as it runs in production. */
  const startConsumer = async () => {
    consumer = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
        DATABASE_URL: database.url,
        CALLER_SIGNING_SECRET: TEST_SECRETS.callerSigning,
        KAFKA_BROKERS: brokers.join(','),
        KAFKA_TOPIC_PREFIX: topicPrefix,
      },
      stdio: 'ignore',
    });
  };
  const kill = async () => {
    const running = consumer!;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
    consumer = undefined;
  };
  const applied = async () => {
    const [row] = await reader
      .query('SELECT count(*)::int AS count FROM event_inbox WHERE event_type = $1', [
        feedbackLogged.type,
      ])
      .catch(() => [{ count: 0 }]);
    return row.count as number;
  };

  beforeAll(async () => {
    database = await createTestDatabase('consumer-kill');
    reader = new DataSource({ type: 'postgres', url: database.url, extra: { max: 1 } });
    await reader.initialize();
  });
  afterAll(async () => {
    if (consumer) await kill();
    await reader.destroy();
    await database.drop();
  });

  it('applies every event once after a SIGKILL and a restart', async () => {
    const kafka = new Kafka({ brokers, clientId: 'consumer-kill', logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    const topic = topicPrefix + feedbackTopic.name;
    const events = Array.from({ length: EVENTS }, feedbackEvent);
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
    await admin.disconnect();
    await producer.connect();
    for (let from = 0; from < EVENTS; from += 500) {
      await producer.sendBatch({
        acks: -1,
        topicMessages: [
          {
            topic,
            messages: events.slice(from, from + 500).map(({ record }) => ({
              key: record.key,
              value: record.value,
              headers: record.headers,
            })),
          },
        ],
      });
    }
    await producer.disconnect();

    await startConsumer();
    await eventually(async () => expect(await applied()).toBeGreaterThan(EVENTS / 5), 120_000);
    await kill();
    const appliedAtKill = await applied();
    expect(appliedAtKill).toBeLessThan(EVENTS);

    await startConsumer();
    await eventually(async () => expect(await applied()).toBe(EVENTS), 180_000);
    // Anything handled twice would show by now.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const [effects] = await reader.query(
      `SELECT count(*)::int AS rows, count(DISTINCT feedback_id)::int AS feedbacks,
              count(*) FILTER (WHERE feedback_id = ANY($1::uuid[]))::int AS ours
       FROM kpi_feedback`,
      [events.map((event) => event.record.key)],
    );
    const [inbox] = await reader.query('SELECT count(*)::int AS count FROM event_inbox');
    expect(effects).toEqual({ rows: EVENTS, feedbacks: EVENTS, ours: EVENTS });
    expect(inbox.count).toBe(EVENTS);

    recordFigures({
      id: 'consumer-kill',
      title: 'continual-improvement SIGKILLed while consuming 3,000 events, then restarted',
      file: 'packages/e2e/src/reliability/consumer-kill.e2e.spec.ts',
      mutationsRun: null,
      eventsExpected: EVENTS,
      eventsSeen: inbox.count,
      duplicates: effects.rows - effects.feedbacks,
      leaks: null,
      serverErrors: null,
      details: {
        'applied when killed': appliedAtKill,
        'projection rows after the restart': effects.rows,
        'missed events': EVENTS - effects.ours,
      },
    });
  }, 300_000);
});
