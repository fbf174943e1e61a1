import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { type KafkaBroker, startKafkaBroker } from './kafka';

const TOPIC = 'broker-check';

// Its own broker rather than the run's KAFKA_BROKERS, because this test stops it.
let folder: string;
let broker: KafkaBroker;
let kafka: Kafka;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'itsm-kafka-'));
  broker = await startKafkaBroker({ dataDir: folder });
  // A fresh broker answers with retriable errors while it loads its coordinators.
  kafka = new Kafka({
    clientId: 'kafka-int-spec',
    brokers: broker.brokers,
    logLevel: logLevel.NOTHING,
  });
});

afterAll(async () => {
  await broker?.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function produce(...values: string[]): Promise<void> {
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  try {
    await producer.send({ topic: TOPIC, messages: values.map((value) => ({ key: 'k', value })) });
  } finally {
    await producer.disconnect();
  }
}

/** Reads `count` messages as consumer group `groupId`, which commits what it read. */
async function consume(groupId: string, count: number): Promise<string[]> {
  const consumer = kafka.consumer({ groupId });
  const values: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [TOPIC], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          eachMessage: async ({ message }) => {
            values.push(String(message.value));
            if (values.length === count) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return values;
}

it('keeps messages and committed offsets when the broker restarts on the same ports', async () => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 1 }], waitForLeaders: true });
  await admin.disconnect();
  await produce('one', 'two');
  expect(await consume('reader', 2)).toEqual(['one', 'two']);

  await broker.stop();
  await broker.start();

  await produce('three');
  expect(await consume('reader', 1)).toEqual(['three']);
  expect(await consume('newcomer', 3)).toEqual(['one', 'two', 'three']);
});
