import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';

export interface TopicReader {
  messages: KafkaMessage[];
  /** Resolves once `enough(messages)` holds, or rejects after the timeout. */
  waitFor(enough: (messages: KafkaMessage[]) => boolean, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Reads a topic from its beginning in a consumer group of its own, as an analytics team
 * would. */
export async function readTopic(brokers: string[], topic: string): Promise<TopicReader> {
  const kafka = new Kafka({ brokers, clientId: 'test-reader', logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  // The topic may not exist before the first event; create it as the relay would.
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `reader-${randomBytes(4).toString('hex')}` });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      messages.push(message);
    },
  });
  return {
    messages,
    waitFor: (enough, timeoutMs = 30_000) =>
      eventually(async () => {
        if (!enough(messages)) throw new Error(`${topic}: only ${messages.length} message(s)`);
      }, timeoutMs),
    stop: () => consumer.disconnect(),
  };
}

/** Polls until the check passes, for effects that arrive through events. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}
