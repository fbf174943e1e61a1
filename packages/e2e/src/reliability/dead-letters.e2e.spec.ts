import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { changeTransition } from '@itsm/change-transition';
import { continualImprovement } from '@itsm/continual-improvement';
import { customerPortfolio } from '@itsm/customer-portfolio';
import { DEAD_LETTER_HEADERS, EVENT_CATALOGUE } from '@itsm/events';
import { serviceLevel } from '@itsm/service-level';
import { eventually, readTopic, type TopicReader } from '@itsm/testkit';
import { startTestStack, type TestStack } from '../stack';
import { recordFigures } from './figures';

const brokers = () => process.env.KAFKA_BROKERS!.split(',');
const CONTENT_TYPE = { 'content-type': 'application/cloudevents+json; charset=UTF-8' };

/** Every consumer of the supergraph, with the topics it reads. */
const consumers = [customerPortfolio, serviceLevel, changeTransition, continualImprovement].map(
  (subgraph) => subgraph.consumer!,
);
const consumedTopics = [...new Set(consumers.flatMap((consumer) => consumer.topics))];

/** The four kinds of poison, each for the given topic. */
function poisonFor(topic: string) {
  const definition = EVENT_CATALOGUE.find((event) => event.topic.name === topic)!;
  const envelope = {
    specversion: '1.0',
    id: randomUUID(),
    source: definition.source,
    type: definition.type,
    subject: randomUUID(),
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
  };
  const withoutId = Object.fromEntries(Object.entries(envelope).filter(([name]) => name !== 'id'));
  return {
    'not JSON': 'this is not JSON {',
    'wrong schema': JSON.stringify({ ...envelope, data: { unexpected: true } }),
    'unknown type': JSON.stringify({
      ...envelope,
      type: 'itsm.nobody.thing.happened.v1',
      data: {},
    }),
    'missing id': JSON.stringify({ ...withoutId, data: {} }),
  };
}

describe('malformed messages on every consumed topic', () => {
  let stack: TestStack;
  const readers: TopicReader[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ kafka: true });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(readers.map((reader) => reader.stop()));
    await stack.stop();
  });

  it('go to the dead letter topic of each consumer, which then consumes on', async () => {
    const kafka = new Kafka({ brokers: brokers(), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    const admin = kafka.admin();
    await producer.connect();
    await admin.connect();
    let sent = 0;
    let deadLettered = 0;
    let deadLettersExpected = 0;
    const missing: string[] = [];
    try {
      for (const topic of consumedTopics) {
        const physical = stack.topicPrefix + topic;
        const deadLetters = await readTopic(brokers(), `${physical}.dlq`);
        readers.push(deadLetters);
        const poison = poisonFor(topic);
        await producer.send({
          topic: physical,
          messages: Object.entries(poison).map(([kind, value]) => ({
            key: kind,
            value,
            headers: CONTENT_TYPE,
          })),
        });
        sent += Object.keys(poison).length;
        const groups = consumers
          .filter((consumer) => consumer.topics.includes(topic))
          .map((consumer) => consumer.group);
        const expected = Object.keys(poison).length * groups.length;
        deadLettersExpected += expected;
        await deadLetters
          .waitFor((messages) => messages.length >= expected, 60_000)
          .catch(() => undefined);
        deadLettered += deadLetters.messages.length;
        for (const group of groups) {
          for (const kind of Object.keys(poison)) {
            const found = deadLetters.messages.some(
              (message) =>
                message.key?.toString() === kind &&
                message.headers?.[DEAD_LETTER_HEADERS.group]?.toString() === group &&
                message.headers?.[DEAD_LETTER_HEADERS.topic]?.toString() === topic,
            );
            if (!found) missing.push(`${group} on ${topic}: ${kind}`);
          }
          // The group went on past the poison: it has committed up to the end of the topic.
          await eventually(async () => {
            const ends = await admin.fetchTopicOffsets(physical);
            const [committed] = await admin.fetchOffsets({
              groupId: stack.topicPrefix + group,
              topics: [physical],
            });
            for (const end of ends) {
              const done = committed!.partitions.find((p) => p.partition === end.partition)!;
              if (end.high !== '0') expect(done.offset).toBe(end.high);
            }
          }, 60_000);
        }
      }
    } finally {
      await Promise.all([producer.disconnect(), admin.disconnect()]);
    }
    expect(missing).toEqual([]);
    expect(deadLettered).toBe(deadLettersExpected);

    recordFigures({
      id: 'dead-letters',
      title: 'Malformed messages on every consumed topic, for every consumer group',
      file: 'packages/e2e/src/reliability/dead-letters.e2e.spec.ts',
      mutationsRun: null,
      eventsExpected: deadLettersExpected,
      eventsSeen: deadLettered,
      duplicates: null,
      leaks: null,
      serverErrors: null,
      details: {
        'consumed topics': consumedTopics.length,
        'consumer groups': consumers.length,
        'poison kinds': 'not JSON, wrong schema, unknown type, missing id',
        'events seen': 'dead letters, one per poison message and consumer group',
        'poison messages sent': sent,
        'dead letters missing': missing.length,
      },
    });
  }, 300_000);
});
