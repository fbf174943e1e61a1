import type { Logger } from '@itsm/platform';
import { DEAD_LETTER_SUFFIX } from './catalogue';
import type {
  EventTransport,
  IncomingRecord,
  OutgoingRecord,
  TransportSubscription,
} from './transport';

/**
 * The embedded default when no Kafka is configured: the subgraphs of one process share this
 * bus. `publish` hands each record to every subscriber and resolves only once each has
 * committed it, so the outbox keeps a record until every consumer here has it. Nothing
 * outside the process sees these events, and dead letters only reach the log.
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

  async publish(records: OutgoingRecord[]): Promise<void> {
    await this.opened;
    for (const record of records) {
      const delivered = this.toIncoming(record);
      if (record.topic.endsWith(DEAD_LETTER_SUFFIX)) {
        this.logger.error(
          { topic: record.topic, headers: record.headers, value: String(record.value) },
          'dead letter (the in-process bus keeps none; use Kafka to keep them)',
        );
      }
      for (const subscription of this.subscriptions) {
        if (subscription.topics.includes(record.topic)) await subscription.handle([delivered]);
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
