import { Kafka, type KafkaMessage, logLevel, type Producer } from 'kafkajs';
import {
  DEAD_LETTER_HEADERS,
  eventOf,
  ingestTopic,
  metricSampled,
  outageObserved,
  type PendingEvent,
  serializeEvent,
  targetTopic,
  ticketTimed,
} from '@itsm/events';
import {
  eventually,
  readTopic,
  startTestSubgraph,
  testEventSettings,
  testKafkaSettings,
  type TestSubgraph,
  type TopicReader,
  uniqueTopicPrefix,
} from '@itsm/testkit';
import { serviceLevel } from './subgraph';
import { ANALYST, ok, serviceLevelClient } from './testing/service-level-client';

/** service-level on the real Kafka broker: measurements arrive on the ingest topic from
 * monitoring tools, the same recorder as the mutations handles them, and at-risk and
 * breached go out once per target, service and period, redelivery or not. */

const prefix = uniqueTopicPrefix();
const brokers = () => process.env.KAFKA_BROKERS!.split(',');
let subgraph: TestSubgraph;
let producer: Producer;
let targets: TopicReader;

beforeAll(async () => {
  // The reader creates the target topic before the subgraph creates its own topics: two
  // admin clients creating topics at once can see each other's half-made metadata.
  targets = await readTopic(brokers(), `${prefix}${targetTopic.name}`);
  subgraph = await startTestSubgraph(serviceLevel, {
    events: testEventSettings(testKafkaSettings('service-level', prefix)),
  });
  producer = new Kafka({ brokers: brokers(), logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
});
afterAll(async () => {
  await Promise.all([targets.stop(), producer.disconnect()]);
  await subgraph.stop();
});

const client = serviceLevelClient((caller, query, variables) =>
  subgraph.query(caller, query, variables),
);

/** Publishes to the ingest topic as a monitoring tool would: a structured CloudEvent. */
async function ingest(...events: PendingEvent[]) {
  await sendRaw(...events.map((event) => serializeEvent(event).record));
}

async function sendRaw(
  ...records: { key: string | null; value: string | Buffer; headers: Record<string, string> }[]
) {
  await producer.send({
    topic: `${prefix}${ingestTopic.name}`,
    messages: records.map(({ key, value, headers }) => ({ key, value, headers })),
  });
}

const decode = (message: KafkaMessage) => JSON.parse(message.value!.toString());

/** Waits until the relay has put every outbox entry of the target topic on the broker and
 * the reader has them all: then nothing more is on its way. */
async function everyTargetEvent(targetId: string) {
  const count = async () => {
    const [row] = await subgraph.running.dataSource.query(
      `SELECT count(*)::int AS all, count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent
       FROM event_outbox WHERE topic = $1`,
      [targetTopic.name],
    );
    return row as { all: number; unsent: number };
  };
  await eventually(async () => expect((await count()).unsent).toBe(0));
  const { all } = await count();
  await targets.waitFor((messages) => messages.length >= all);
  expect(targets.messages.length).toBe(all);
  return targets.messages.filter((message) => message.key!.toString() === targetId).map(decode);
}

it('ingests outages, once each under redelivery, and publishes one at-risk and one breached event', async () => {
  // 99.9% of March's 11,340 office minutes allows 11.34 minutes down.
  const { service, target } = await client.activeTarget({
    metric: 'AVAILABILITY',
    targetValue: 99.9,
  });
  const report = {
    serviceId: service.id,
    reference: 'zabbix-1001',
    startedAt: '2026-03-02T09:00:00+07:00',
    description: 'HTTP probe failing',
    reporter: 'zabbix',
  };
  const opened = eventOf(outageObserved, service.id, { ...report, endedAt: null });
  const closed = eventOf(outageObserved, service.id, {
    ...report,
    endedAt: '2026-03-02T09:30:00+07:00',
  });
  const serializedOpen = serializeEvent(opened).record;
  // The first report, delivered twice (the same CloudEvent id), then the recovery, twice
  // from the tool (two ids), then another outage in the same period.
  await sendRaw(serializedOpen, serializedOpen);
  await ingest(closed, closed);
  await ingest(
    eventOf(outageObserved, service.id, {
      serviceId: service.id,
      reference: 'zabbix-1002',
      startedAt: '2026-03-03T09:00:00+07:00',
      endedAt: '2026-03-03T09:10:00+07:00',
      description: null,
      reporter: 'zabbix',
    }),
  );

  const outages = async () =>
    ok(
      await subgraph.query(
        ANALYST,
        `query ($id: ID!) { service(id: $id) { outages { reference endedAt recordedBy } } }`,
        {
          id: service.id,
        },
      ),
    ).outages;
  await eventually(async () =>
    expect(await outages()).toEqual([
      {
        reference: 'zabbix-1002',
        endedAt: '2026-03-03T02:10:00.000Z',
        recordedBy: 'zabbix (ingest)',
      },
      {
        reference: 'zabbix-1001',
        endedAt: '2026-03-02T02:30:00.000Z',
        recordedBy: 'zabbix (ingest)',
      },
    ]),
  );
  const [standing] = await client.standingsOf(target.id, '2026-03-10T00:00:00Z');
  expect(standing).toMatchObject({ downtimeMinutes: 40, status: 'BREACHED' });

  const events = await everyTargetEvent(target.id);
  const march = (type: string) =>
    events.filter(
      (event) =>
        event.type === `itsm.service-level.target.${type}.v1` &&
        event.data.periodStart === '2026-02-28T17:00:00.000Z',
    );
  expect(march('at-risk')).toHaveLength(1);
  expect(march('breached')).toHaveLength(1);
  expect(march('breached')[0]).toMatchObject({
    source: '/itsm/service-level',
    subject: target.id,
    data: {
      targetId: target.id,
      serviceId: service.id,
      metric: 'AVAILABILITY',
      status: 'BREACHED',
    },
  });
});

it('ingests ticket timings and metric samples through the same recorder as the mutations', async () => {
  const { service, customerId } = await client.activeTarget({
    metric: 'RESOLUTION_TIME',
    targetValue: 240,
    priority: 'P1',
  });
  await ingest(
    eventOf(ticketTimed, service.id, {
      reference: 'INC-KAFKA-1',
      serviceId: service.id,
      customerId,
      priority: 'P1',
      openedAt: '2026-03-02T08:00:00+07:00',
      respondedAt: '2026-03-02T08:10:00+07:00',
      resolvedAt: '2026-03-02T11:00:00+07:00',
      cancelledAt: null,
      pauses: [],
      reporter: 'servicedesk',
    }),
    eventOf(metricSampled, service.id, {
      serviceId: service.id,
      customerId,
      metric: 'CUSTOMER_SATISFACTION',
      value: 4,
      observedAt: '2026-03-02T12:00:00+07:00',
      reporter: 'survey-tool',
    }),
  );
  const timers = await eventually(async () => {
    const response = await subgraph.query(
      ANALYST,
      `{ ticketTiming(reference: "INC-KAFKA-1") { recordedBy timers { metric stage businessElapsedMinutes } } }`,
    );
    return ok(response);
  });
  expect(timers).toEqual({
    recordedBy: 'servicedesk (ingest)',
    timers: [{ metric: 'RESOLUTION_TIME', stage: 'COMPLETED', businessElapsedMinutes: 180 }],
  });
});

it('sends malformed measurements and ones it cannot record to the dead letter topic', async () => {
  const deadLetters = await readTopic(brokers(), `${prefix}${ingestTopic.name}.dlq`);
  try {
    await sendRaw({
      key: 'garbage',
      value: 'not a CloudEvent',
      headers: { 'content-type': 'application/cloudevents+json' },
    });
    // A valid event about a service that does not exist fails the recorder every time.
    await ingest(
      eventOf(outageObserved, '00000000-0000-4000-8000-000000000000', {
        serviceId: '00000000-0000-4000-8000-000000000000',
        reference: 'zabbix-ghost',
        startedAt: '2026-03-02T09:00:00Z',
        endedAt: null,
        description: null,
        reporter: 'zabbix',
      }),
    );
    await deadLetters.waitFor((messages) => messages.length >= 2);
    const header = (message: KafkaMessage, name: string) => message.headers![name]!.toString();
    const [malformed, unrecordable] = deadLetters.messages;
    expect(header(malformed!, DEAD_LETTER_HEADERS.error)).toMatch(/Not a CloudEvent/);
    expect(header(malformed!, DEAD_LETTER_HEADERS.attempts)).toBe('0');
    expect(header(unrecordable!, DEAD_LETTER_HEADERS.error)).toMatch(
      /Service 00000000-0000-4000-8000-000000000000 does not exist/,
    );
    expect(header(unrecordable!, DEAD_LETTER_HEADERS.attempts)).toBe('3');
    expect(header(unrecordable!, DEAD_LETTER_HEADERS.group)).toBe('service-level');
  } finally {
    await deadLetters.stop();
  }
});
