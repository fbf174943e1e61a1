import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { TOPICS } from '@itsm/events';
import { eventually } from '@itsm/testkit';

export interface LoggedEvent {
  id: string;
  type: string;
  subject: string;
  topic: string;
  partition: number;
  offset: string;
}

/** Every committed event on the stack's topics, read from the beginning as a downstream
 * team would read them (read_committed, kafkajs's default), until `expected` have come and
 * a quiet second has passed, so duplicates arriving late are counted too. */
export async function readEventLog(
  brokers: string[],
  topicPrefix: string,
  expected: number,
  timeoutMs = 120_000,
): Promise<LoggedEvent[]> {
  const kafka = new Kafka({ brokers, clientId: 'event-log', logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `event-log-${randomBytes(4).toString('hex')}` });
  const events: LoggedEvent[] = [];
  await consumer.connect();
  try {
    const admin = kafka.admin();
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    await admin.disconnect();
    const topics = TOPICS.map((topic) => topicPrefix + topic.name).filter((name) =>
      existing.has(name),
    );
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const event = JSON.parse(message.value!.toString());
        events.push({
          id: event.id,
          type: event.type,
          subject: event.subject,
          topic: topic.slice(topicPrefix.length),
          partition,
          offset: message.offset,
        });
      },
    });
    await eventually(async () => {
      if (events.length < expected) throw new Error(`${events.length} of ${expected} events`);
    }, timeoutMs);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return [...events];
  } finally {
    await consumer.disconnect();
  }
}

/** How many events arrived more than once. */
export function duplicatesIn(events: LoggedEvent[]): number {
  return events.length - new Set(events.map((event) => event.id)).size;
}
