import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { settings as environment } from './environment';

/**
 * `pnpm events:tail <topic> [--from-beginning]`: prints each event of a topic as one JSON
 * line, the CloudEvent itself with its Kafka coordinates, for piping into jq or a file.
 */
async function main() {
  const [topic, ...flags] = process.argv.slice(2);
  if (!topic || flags.some((flag) => flag !== '--from-beginning')) {
    process.stderr.write('Usage: pnpm events:tail <topic> [--from-beginning]\n');
    process.exit(2);
  }
  const kafka = new Kafka({
    clientId: 'itsm-events-tail',
    brokers: environment.KAFKA_BROKERS.split(','),
    logLevel: logLevel.ERROR,
  });
  // A throwaway group: tailing never moves the offsets of a real consumer.
  const consumer = kafka.consumer({
    groupId: `itsm-events-tail-${randomBytes(4).toString('hex')}`,
  });
  await consumer.connect();
  await consumer.subscribe({
    topic: environment.KAFKA_TOPIC_PREFIX + topic,
    fromBeginning: flags.includes('--from-beginning'),
  });
  const stop = () => void consumer.disconnect().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await consumer.run({
    eachMessage: async ({ topic: from, partition, message }) => {
      const value = message.value?.toString('utf8') ?? null;
      let event: unknown = value;
      try {
        event = value === null ? null : JSON.parse(value);
      } catch {
        // Not JSON, as in a dead letter topic: print the text as it is.
      }
      const line = {
        topic: from,
        partition,
        offset: message.offset,
        key: message.key?.toString('utf8') ?? null,
        headers: Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([name, header]) => [name, String(header)]),
        ),
        event,
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    },
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
