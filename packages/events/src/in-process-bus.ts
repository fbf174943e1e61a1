import type { Logger } from '@itsm/platform';
import { DEAD_LETTER_SUFFIX } from './catalogue';
import { consecutiveRuns } from './runs';
import {
  type EventTransport,
  type IncomingRecord,
  MAX_BATCH_RECORDS,
  type OutgoingRecord,
  type TransportSubscription,
} from './transport';

/**
 * The embedded default when no Kafka is configured: the subgraphs of one process share this
 * bus. `publish` hands the records to every subscriber of their topic and resolves only
 * once each has committed them, so the outbox keeps a record until every consumer here has
 * it. Nothing outside the process sees these events, and dead letters only reach the log.
 */
export class InProcessEventBus implements EventTransport {
  readonly description = 'in-process';
  private readonly subscriptions: TransportSubscription[] = [];
  private readonly nextOffsets = new Map<string, bigint>();
  private open!: () => void;
  private readonly opened = new Promise<void>((resolve) => (this.open = resolve));

  constructor(private readonly logger: Logger) {}

  /** Starts delivering; call it once every subgraph of the process has subscribed, so that
   * none misses what the others' relays publish at start. */
  start(): void {
    this.open();
  }

  /** Hands over consecutive records of a topic together, at most MAX_BATCH_RECORDS at a
   * time, as a Kafka consumer receives a partition's. */
  async publish(records: OutgoingRecord[]): Promise<void> {
    await this.opened;
    const batches = consecutiveRuns(
      records,
      (batch, record) => batch[0]!.topic === record.topic && batch.length < MAX_BATCH_RECORDS,
    );
    for (const batch of batches) {
      const topic = batch[0]!.topic;
      if (topic.endsWith(DEAD_LETTER_SUFFIX)) {
        for (const record of batch) {
          this.logger.error(
            { topic, headers: record.headers, value: String(record.value) },
            'dead letter (the in-process bus keeps none; use Kafka to keep them)',
          );
        }
      }
      const delivered = batch.map((record) => this.toIncoming(record));
      for (const subscription of this.subscriptions) {
        if (subscription.topics.includes(topic)) await subscription.handle(delivered);
      }
    }
  }

  async subscribe(subscription: TransportSubscription): Promise<void> {
    this.subscriptions.push(subscription);
  }

  async reachable() {
    return { ok: true };
  }

  async stop(): Promise<void> {
    this.subscriptions.length = 0;
  }

  private toIncoming(record: OutgoingRecord): IncomingRecord {
    const offset = this.nextOffsets.get(record.topic) ?? 0n;
    this.nextOffsets.set(record.topic, offset + 1n);
    return {
      topic: record.topic,
      partition: 0,
      offset: offset.toString(),
      key: record.key === null ? null : Buffer.from(record.key),
      value: Buffer.from(record.value),
      headers: record.headers,
    };
  }
}
