import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { DEAD_LETTER_HEADERS, improvementIdentified, outageRecorded } from '@itsm/events';
import { loadEventContract } from '@itsm/schema-tools';
import { type KafkaBroker, startKafkaBroker } from '@itsm/stack';
import { eventually, readTopic } from '@itsm/testkit';
import { RECORD_OUTAGE, REGISTER_CUSTOMER, SERVICE_IMPROVEMENTS } from './documents';
import { mutate, registerService } from './seed';
import { startTestStack, type TestStack } from './stack';

const ADMIN = { roles: ['ADMIN' as const] };
const brokers = () => process.env.KAFKA_BROKERS!.split(',');

async function recordOutage(stack: TestStack, serviceId: string, hour: number) {
  return mutate(stack, RECORD_OUTAGE, {
    serviceId,
    startedAt: `2026-11-02T${String(hour).padStart(2, '0')}:00:00Z`,
    endedAt: `2026-11-02T${String(hour).padStart(2, '0')}:30:00Z`,
    description: `Outage ${hour}`,
  });
}

async function improvementsOf(stack: TestStack, serviceId: string) {
  const response = await stack.query(ADMIN, SERVICE_IMPROVEMENTS, { id: serviceId });
  return response.data!.service.improvements as {
    source: string;
    triggers: { eventId: string; eventType: string }[];
  }[];
}

async function unsentEvents(stack: TestStack, subgraph: keyof TestStack['subgraphs']) {
  const [row] = await stack.subgraphs[subgraph].dataSource.query(
    `SELECT count(*)::int AS count FROM event_outbox WHERE sent_at IS NULL`,
  );
  return row.count as number;
}

describe('events on the real Kafka broker', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ kafka: true });
  });
  afterAll(() => stack.stop());

  it('publishes exactly one CloudEvent per mutation, keyed by the aggregate', async () => {
    const reader = await readTopic(
      brokers(),
      `${stack.topicPrefix}itsm.customer-portfolio.customer`,
    );
    try {
      const customer = await mutate(stack, REGISTER_CUSTOMER, {
        code: 'EVT-01',
        name: 'Evented Ltd',
        tier: 'STRATEGIC',
        accountManager: 'rina.brm',
      });
      await reader.waitFor((messages) => messages.length >= 1);
      await eventually(async () => expect(await unsentEvents(stack, 'customer-portfolio')).toBe(0));
      // Anything relayed twice would have arrived by now.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(reader.messages).toHaveLength(1);
      const [message] = reader.messages;
      expect(message!.key!.toString()).toBe(customer.id);
      expect(message!.headers!['content-type']!.toString()).toMatch(
        /^application\/cloudevents\+json/,
      );
      const event = JSON.parse(message!.value!.toString());
      expect(event).toMatchObject({
        specversion: '1.0',
        type: 'itsm.customer-portfolio.customer.registered.v1',
        source: '/itsm/customer-portfolio',
        subject: customer.id,
        datacontenttype: 'application/json',
        data: { customerId: customer.id, code: 'EVT-01', tier: 'STRATEGIC', status: 'PROSPECT' },
      });
      expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(event.time)).not.toBeNaN();

      const { payload, headers, key } = (await loadEventContract()).validatorsOf(event.type);
      expect(payload(event) ? [] : payload.errors).toEqual([]);
      const textHeaders = { 'content-type': message!.headers!['content-type']!.toString() };
      expect(headers(textHeaders) ? [] : headers.errors).toEqual([]);
      expect(key(message!.key!.toString()) ? [] : key.errors).toEqual([]);
    } finally {
      await reader.stop();
    }
  });

  it('writes no event when the mutation fails', async () => {
    await mutate(stack, REGISTER_CUSTOMER, {
      code: 'EVT-02',
      name: 'Once',
      tier: 'KEY',
      accountManager: 'rina.brm',
    });
    const [before] = await stack.subgraphs['customer-portfolio'].dataSource.query(
      `SELECT count(*)::int AS count FROM event_outbox`,
    );
    const duplicate = await stack.query(ADMIN, REGISTER_CUSTOMER, {
      input: { code: 'EVT-02', name: 'Twice', tier: 'KEY', accountManager: 'rina.brm' },
    });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [after] = await stack.subgraphs['customer-portfolio'].dataSource.query(
      `SELECT count(*)::int AS count FROM event_outbox`,
    );
    expect(after.count).toBe(before.count);
  });

  it('opens one improvement initiative from outages recorded in service-level', async () => {
    const service = await registerService(stack, 'Outage-prone payments');
    const first = await recordOutage(stack, service.id!, 8);
    const second = await recordOutage(stack, service.id!, 10);
    const initiatives = await eventually(async () => {
      const found = await improvementsOf(stack, service.id!);
      expect(found).toHaveLength(1);
      expect(found[0]!.triggers).toHaveLength(2);
      return found;
    });
    expect(initiatives[0]!.source).toBe('OUTAGE');
    expect(initiatives[0]!.triggers.every((t) => t.eventType === outageRecorded.type)).toBe(true);
    expect([first.id, second.id]).toHaveLength(2);
  });

  it('applies an event delivered twice only once', async () => {
    const service = await registerService(stack, 'Redelivered payments');
    const outageTopic = `${stack.topicPrefix}${outageRecorded.topic.name}`;
    const reader = await readTopic(brokers(), outageTopic);
    const kafka = new Kafka({ brokers: brokers(), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    const admin = kafka.admin();
    try {
      await recordOutage(stack, service.id!, 9);
      await eventually(async () =>
        expect(await improvementsOf(stack, service.id!)).toHaveLength(1),
      );
      await reader.waitFor((messages) =>
        messages.some((message) => message.value!.toString().includes(service.id!)),
      );
      const original = reader.messages.find((message) =>
        message.value!.toString().includes(service.id!),
      )!;
      await producer.connect();
      const [sent] = await producer.send({
        topic: outageTopic,
        messages: [{ key: original.key, value: original.value, headers: original.headers }],
      });
      // Wait until continual-improvement has consumed past the copy.
      await admin.connect();
      await eventually(async () => {
        const [offsets] = await admin.fetchOffsets({
          groupId: `${stack.topicPrefix}continual-improvement`,
          topics: [outageTopic],
        });
        const partition = offsets!.partitions.find((p) => p.partition === sent!.partition)!;
        expect(BigInt(partition.offset)).toBeGreaterThan(BigInt(sent!.baseOffset!));
      });
      const initiatives = await improvementsOf(stack, service.id!);
      expect(initiatives).toHaveLength(1);
      expect(initiatives[0]!.triggers).toHaveLength(1);
    } finally {
      await Promise.all([reader.stop(), producer.disconnect(), admin.disconnect()]);
    }
  });

  it('sends poison messages to the dead letter topic and keeps consuming', async () => {
    const outageTopic = `${stack.topicPrefix}${outageRecorded.topic.name}`;
    const deadLetters = await readTopic(brokers(), `${outageTopic}.dlq`);
    const kafka = new Kafka({ brokers: brokers(), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    try {
      await producer.connect();
      const [notJson] = await producer.send({
        topic: outageTopic,
        messages: [
          {
            key: 'poison-1',
            value: 'this is not JSON',
            headers: { 'content-type': 'application/cloudevents+json; charset=UTF-8' },
          },
        ],
      });
      const wrongSchema = {
        specversion: '1.0',
        id: '4a6f0f57-7d1e-4d8e-9a35-2d3f8a6f6f01',
        source: outageRecorded.source,
        type: outageRecorded.type,
        subject: 'poison-2',
        time: new Date().toISOString(),
        datacontenttype: 'application/json',
        data: { outageId: 'not-a-uuid', startedAt: 'yesterday' },
      };
      await producer.send({
        topic: outageTopic,
        messages: [
          {
            key: 'poison-2',
            value: JSON.stringify(wrongSchema),
            headers: { 'content-type': 'application/cloudevents+json; charset=UTF-8' },
          },
        ],
      });
      await deadLetters.waitFor((messages) => messages.length >= 2);
      const [first, second] = deadLetters.messages;
      const header = (message: typeof first, name: string) => message!.headers![name]!.toString();
      expect(first!.value!.toString()).toBe('this is not JSON');
      expect(header(first, DEAD_LETTER_HEADERS.error)).toMatch(/Not a CloudEvent/);
      expect(header(first, DEAD_LETTER_HEADERS.topic)).toBe(outageRecorded.topic.name);
      expect(header(first, DEAD_LETTER_HEADERS.partition)).toBe(String(notJson!.partition));
      expect(header(first, DEAD_LETTER_HEADERS.offset)).toBe(notJson!.baseOffset);
      expect(header(first, DEAD_LETTER_HEADERS.group)).toBe('continual-improvement');
      expect(header(second, DEAD_LETTER_HEADERS.error)).toMatch(/does not match its contract/);
      expect(header(second, DEAD_LETTER_HEADERS.error)).toMatch(/outageId/);

      // The consumer moved on: a real outage still opens an initiative.
      const service = await registerService(stack, 'After the poison');
      await recordOutage(stack, service.id!, 11);
      await eventually(async () =>
        expect(await improvementsOf(stack, service.id!)).toHaveLength(1),
      );
    } finally {
      await Promise.all([deadLetters.stop(), producer.disconnect()]);
    }
  });

  it('publishes the events of rules too', async () => {
    const reader = await readTopic(
      brokers(),
      `${stack.topicPrefix}${improvementIdentified.topic.name}`,
    );
    try {
      const service = await registerService(stack, 'Rule-published payments');
      await recordOutage(stack, service.id!, 12);
      await reader.waitFor((messages) =>
        messages.some((message) => {
          const event = JSON.parse(message.value!.toString());
          return event.data.serviceId === service.id && event.data.source === 'OUTAGE';
        }),
      );
      const event = reader.messages
        .map((message) => JSON.parse(message.value!.toString()))
        .find((candidate) => candidate.data.serviceId === service.id);
      const [initiative] = await improvementsOf(stack, service.id!);
      expect(event.data.triggeredBy).toEqual([initiative!.triggers[0]!.eventId]);
    } finally {
      await reader.stop();
    }
  });
});

describe('a Kafka outage', () => {
  let broker: KafkaBroker;
  let folder: string;
  let stack: TestStack;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'itsm-kafka-outage-'));
    broker = await startKafkaBroker({ dataDir: folder });
    stack = await startTestStack({ kafka: { brokers: broker.brokers } });
  }, 120_000);
  afterAll(async () => {
    await stack.stop();
    await broker.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps GraphQL serving, holds events in the outbox, and delivers each once afterwards', async () => {
    const service = await registerService(stack, 'Before the outage');
    await eventually(async () => expect(await unsentEvents(stack, 'service-level')).toBe(0));

    await broker.stop();
    const codes = Array.from({ length: 20 }, (_, index) => `OUT-${index}`);
    const customers = [];
    for (const code of codes) {
      customers.push(
        await mutate(stack, REGISTER_CUSTOMER, {
          code,
          name: `Customer ${code}`,
          tier: 'STANDARD',
          accountManager: 'rina.brm',
        }),
      );
    }
    await recordOutage(stack, service.id!, 7);
    expect(await unsentEvents(stack, 'customer-portfolio')).toBe(20);
    expect(await unsentEvents(stack, 'service-level')).toBe(1);

    await broker.start();
    const reader = await readTopic(
      broker.brokers,
      `${stack.topicPrefix}itsm.customer-portfolio.customer`,
    );
    try {
      await reader.waitFor((messages) => messages.length >= 20, 60_000);
      await eventually(async () => expect(await unsentEvents(stack, 'customer-portfolio')).toBe(0));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const subjects = reader.messages.map((message) => message.key!.toString()).sort();
      expect(subjects).toEqual(customers.map((customer) => customer.id).sort());
      const ids = new Set(reader.messages.map((m) => JSON.parse(m.value!.toString()).id));
      expect(ids.size).toBe(20);
    } finally {
      await reader.stop();
    }
    // The outage recorded during the broker outage still reached continual-improvement.
    await eventually(
      async () => expect(await improvementsOf(stack, service.id!)).toHaveLength(1),
      60_000,
    );
  }, 180_000);
});

describe('the embedded default', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('carries events between subgraphs on the in-process bus', async () => {
    const service = await registerService(stack, 'In-process payments');
    await recordOutage(stack, service.id!, 6);
    await eventually(async () => {
      const [initiative] = await improvementsOf(stack, service.id!);
      expect(initiative?.triggers).toHaveLength(1);
    });
    expect(await unsentEvents(stack, 'service-level')).toBe(0);
  });
});
