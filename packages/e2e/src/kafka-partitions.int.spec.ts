import { randomUUID } from 'node:crypto';
import { type IncomingRecord, KafkaTransport } from '@itsm/events';
import { createLogger } from '@itsm/platform';
import { eventually, testKafkaSettings } from '@itsm/testkit';

/** A consumer mostly waits on its database, so the partitions of its topics are applied
 * side by side, each in its own order: on the real broker. */

const TOPIC = 'itsm.test.partitions';
const KEYS = 12;
const PER_KEY = 3;

describe('a Kafka consumer', () => {
  const logger = createLogger('partitions-test', 'silent');
  const settings = testKafkaSettings('partitions');
  const transport = new KafkaTransport(settings, logger);
  afterAll(() => transport.stop());

  it('applies the other partitions while one of them is still being applied, each in order', async () => {
    const keys = Array.from({ length: KEYS }, () => randomUUID());
    // A fresh broker may not yet coordinate the producer's ledger group: try again, as the relay does.
    await eventually(() =>
      transport.publish(
        keys.flatMap((key) =>
          Array.from({ length: PER_KEY }, (_, sequence) => ({
            topic: TOPIC,
            key,
            value: JSON.stringify({ key, sequence }),
            headers: {},
          })),
        ),
      ),
    );

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldPartition: number | undefined;
    const applied: IncomingRecord[] = [];
    await transport.subscribe({
      group: `partitions-${randomUUID()}`,
      topics: [TOPIC],
      handle: async (records) => {
        // The first batch to arrive waits until the others have been applied.
        if (heldPartition === undefined) {
          heldPartition = records[0]!.partition;
          await held;
        }
        applied.push(...records);
      },
    });

    // Twelve keys are all on one partition once in 177,000 runs: the others are applied.
    await eventually(async () => {
      expect(applied.length).toBeGreaterThan(0);
      expect(applied.every((record) => record.partition !== heldPartition)).toBe(true);
    });
    release();
    await eventually(async () => expect(applied).toHaveLength(KEYS * PER_KEY));

    for (const key of keys) {
      const sequences = applied
        .filter((record) => record.key?.toString() === key)
        .map((record) => JSON.parse(record.value!.toString()).sequence);
      expect(sequences).toEqual([0, 1, 2]);
    }
  }, 60_000);
});
