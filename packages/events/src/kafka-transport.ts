import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type Consumer,
  type IHeaders,
  Kafka,
  type logCreator,
  logLevel,
  type Producer,
} from 'kafkajs';
import type { Logger } from '@itsm/platform';
import { DEAD_LETTER_SUFFIX } from './catalogue';
import {
  type EventTransport,
  type IncomingRecord,
  MAX_BATCH_RECORDS,
  type OutgoingRecord,
  type PartitionLag,
  type TransportSubscription,
} from './transport';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic and consumer group, so environments can share a cluster. */
  topicPrefix: string;
  partitions: number;
  replicationFactor: number;
}

const MAX_RECONNECT_DELAY_MS = 5_000;
/** An open transaction of a producer that died is aborted after this, so read_committed
 * consumers wait at most this long behind it. */
const TRANSACTION_TIMEOUT_MS = 10_000;
/** Where each producer's transactions also commit a consumer-group offset: the count of
 * batches it committed, which tells afterwards whether a commit whose answer was lost
 * went through. */
const LEDGER_TOPIC = 'outbox-ledger';

/** Publishes each batch in one Kafka transaction and consumes through consumer groups that
 * read committed records only, so a batch is on the topics once or not at all. Topics are
 * created on first use with the configured partitions and replication. */
export class KafkaTransport implements EventTransport {
  readonly description: string;
  private readonly kafka: Kafka;
  /** One per transport: two replicas must never fence each other. */
  private readonly transactionalId: string;
  private producer: Producer | undefined;
  /** Batches committed by this transactional id, as its ledger offset says. */
  private committedBatches = 0;
  /** Transactions run one at a time: the relay's batches and the consumers' dead letters. */
  private publishing: Promise<unknown> = Promise.resolve();
  private readonly consumers: Consumer[] = [];
  private readonly knownTopics = new Set<string>();
  private stopped = false;

  constructor(
    private readonly settings: KafkaSettings,
    private readonly logger: Logger,
  ) {
    this.description = `kafka ${settings.brokers.join(',')}`;
    this.kafka = new Kafka({
      clientId: settings.clientId,
      brokers: settings.brokers,
      connectionTimeout: 3_000,
      retry: { initialRetryTime: 200, retries: 5 },
      logCreator: kafkaLogCreator(logger),
    });
    this.transactionalId = `${settings.clientId}.${randomUUID()}`;
  }

  publish(records: OutgoingRecord[]): Promise<void> {
    const turn = this.publishing.then(() => this.publishInTransaction(records));
    this.publishing = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Sends the records and the next ledger offset in one transaction. A failure before the
   * commit leaves nothing visible: the transaction is aborted, by us or when a fresh
   * producer of the same id fences it. A failed commit is uncertain, so it is settled here,
   * while the caller still holds its outbox rows: a fresh producer completes or aborts the
   * old transaction, and the ledger offset tells which.
   */
  private async publishInTransaction(records: OutgoingRecord[]): Promise<void> {
    await this.ensureTopics([...records.map((record) => record.topic), LEDGER_TOPIC]);
    const producer = await this.connectedProducer();
    const batch = this.committedBatches + 1;
    const transaction = await producer.transaction();
    try {
      await transaction.sendBatch({
        acks: -1,
        topicMessages: this.byTopic(records),
      });
      await transaction.sendOffsets({
        consumerGroupId: this.ledgerGroup(),
        topics: [
          {
            topic: this.physical(LEDGER_TOPIC),
            partitions: [{ partition: 0, offset: String(batch) }],
          },
        ],
      });
    } catch (error) {
      await transaction.abort().catch(() => undefined);
      await this.dropProducer();
      throw error;
    }
    try {
      await transaction.commit();
      this.committedBatches = batch;
    } catch (error) {
      await this.dropProducer();
      if (!(await this.settleCommit(batch))) throw error;
      this.logger.warn({ err: error, batch }, 'a commit whose answer was lost went through');
    }
  }

  /** Whether the batch's transaction committed; retries until the broker answers. */
  private async settleCommit(batch: number): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.connectedProducer();
        return this.committedBatches === batch;
      } catch (error) {
        if (this.stopped) throw error;
        const delay = Math.min(MAX_RECONNECT_DELAY_MS, 250 * 2 ** attempt);
        this.logger.warn({ err: error, delay }, 'cannot settle a lost commit yet; retrying');
        await this.dropProducer();
        await sleep(delay);
      }
    }
  }

  /** A producer whose id is initialised, which fences any earlier producer of this id and
   * settles its open transaction; then the ledger says how many batches committed. */
  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.kafka.producer({
      // A transaction's first send is refused with CONCURRENT_TRANSACTIONS while the broker
      // still writes the previous one's markers, for a few milliseconds: retry it as soon,
      // as the Java client does, not after the client's 200 ms. The relay backs off on its
      // own when the broker is really gone.
      retry: { initialRetryTime: 5, retries: 10 },
      transactionalId: this.transactionalId,
      transactionTimeout: TRANSACTION_TIMEOUT_MS,
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    this.producer = producer;
    try {
      await producer.connect();
      // The first transaction initialises the producer id; an empty one costs one round trip.
      await (await producer.transaction()).abort();
      this.committedBatches = await this.ledgerOffset();
    } catch (error) {
      await this.dropProducer();
      throw error;
    }
    return producer;
  }

  private async dropProducer() {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private async ledgerOffset(): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const [ledger] = await admin.fetchOffsets({
        groupId: this.ledgerGroup(),
        topics: [this.physical(LEDGER_TOPIC)],
      });
      const offset = Number(ledger?.partitions[0]?.offset ?? -1);
      return Math.max(0, offset);
    } finally {
      await admin.disconnect();
    }
  }

  private ledgerGroup(): string {
    return this.physical(`${LEDGER_TOPIC}.${this.transactionalId}`);
  }

  private byTopic(records: OutgoingRecord[]) {
    const byTopic = new Map<string, OutgoingRecord[]>();
    for (const record of records) {
      const messages = byTopic.get(record.topic) ?? [];
      messages.push(record);
      byTopic.set(record.topic, messages);
    }
    return [...byTopic].map(([topic, messages]) => ({
      topic: this.physical(topic),
      messages: messages.map(({ key, value, headers }) => ({ key, value, headers })),
    }));
  }

  async subscribe(subscription: TransportSubscription): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.physical(subscription.group),
      allowAutoTopicCreation: false,
    });
    this.consumers.push(consumer);
    // A group that starts at an instant is positioned there once; after a crash it goes on
    // from what it committed.
    let position = subscription.startAt
      ? () => this.commitOffsetsAt(subscription.group, subscription.topics, subscription.startAt!)
      : undefined;
    const run = async () => {
      await position?.();
      position = undefined;
    };
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      // kafkajs restarts by itself after retriable errors; the others need a fresh start.
      if (payload.restart || this.stopped) return;
      this.logger.error({ err: payload.error, group: subscription.group }, 'consumer crashed');
      void this.runConsumer(consumer, subscription, run);
    });
    // In the background, so that a broker down at start never stops the subgraph.
    void this.runConsumer(consumer, subscription, run);
  }

  /** Commits, for a group with no member yet, the offset of the first record at or after
   * `instant` on every partition (the end where there is none yet). */
  private async commitOffsetsAt(group: string, topics: string[], instant: Date) {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      for (const topic of topics) {
        const partitions = await admin.fetchTopicOffsetsByTimestamp(
          this.physical(topic),
          instant.getTime(),
        );
        await admin.setOffsets({
          groupId: this.physical(group),
          topic: this.physical(topic),
          partitions,
        });
      }
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * Reads the topics from their earliest offset up to where they ended when the replay
   * began, in order within each partition, under a consumer group of its own that it
   * deletes afterwards; the live consumer groups are untouched. Resolves with the number of
   * records handled, or rejects with the first error `handle` throws. For rebuilding a
   * projection from the event log.
   */
  async replay(
    topics: string[],
    handle: (record: IncomingRecord) => Promise<void>,
  ): Promise<number> {
    await this.ensureTopics(topics);
    const remaining = new Map<string, bigint>();
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      for (const topic of topics) {
        for (const { partition, high, low } of await admin.fetchTopicOffsets(
          this.physical(topic),
        )) {
          if (BigInt(high) > BigInt(low)) remaining.set(`${topic}/${partition}`, BigInt(high));
        }
      }
    } finally {
      await admin.disconnect();
    }
    if (remaining.size === 0) return 0;
    const groupId = this.physical(`replay-${randomUUID()}`);
    const consumer = this.kafka.consumer({ groupId, allowAutoTopicCreation: false });
    let handled = 0;
    let done = false;
    let finish!: (error?: unknown) => void;
    const finished = new Promise<void>((resolve, reject) => {
      finish = (error) => {
        done = true;
        if (error === undefined) resolve();
        else reject(error);
      };
    });
    try {
      // A partition is read to its end when a batch reaches it. The batch's last offset counts
      // control records too: the commit marker of a transaction takes the partition's last
      // offset, and kafkajs hands no message for it (a batch of only markers still ends).
      consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
        const key = `${payload.topic.slice(this.settings.topicPrefix.length)}/${payload.partition}`;
        const end = remaining.get(key);
        if (done || end === undefined || BigInt(payload.lastOffset) + 1n < end) return;
        remaining.delete(key);
        if (remaining.size === 0) finish();
      });
      await consumer.connect();
      await consumer.subscribe({
        topics: topics.map((topic) => this.physical(topic)),
        fromBeginning: true,
      });
      await consumer.run({
        eachMessage: async ({ topic: physical, partition, message }) => {
          const topic = physical.slice(this.settings.topicPrefix.length);
          const end = remaining.get(`${topic}/${partition}`);
          if (done || end === undefined || BigInt(message.offset) >= end) return;
          try {
            await handle({
              topic,
              partition,
              offset: message.offset,
              key: message.key,
              value: message.value,
              headers: textHeaders(message.headers),
            });
          } catch (error) {
            return finish(error);
          }
          handled += 1;
        },
      });
      await finished;
      return handled;
    } finally {
      await consumer.disconnect();
      const cleanup = this.kafka.admin();
      await cleanup.connect();
      await cleanup.deleteGroups([groupId]).catch(() => undefined);
      await cleanup.disconnect();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.consumers.map((consumer) => consumer.disconnect()));
    await this.publishing;
    await this.dropProducer();
  }

  async reachable(): Promise<{ ok: boolean; detail?: string }> {
    // No retries: a readiness probe wants an answer now.
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      return { ok: true, detail: `${cluster.brokers.length} broker(s) reachable` };
    } catch (error) {
      return { ok: false, detail: `unreachable (${(error as Error).message})` };
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  async consumerLag(group: string, topics: string[]): Promise<PartitionLag[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const committed = await admin.fetchOffsets({
        groupId: this.physical(group),
        topics: topics.map((topic) => this.physical(topic)),
      });
      const lags: PartitionLag[] = [];
      for (const topic of topics) {
        const ends = await admin.fetchTopicOffsets(this.physical(topic));
        const offsets = committed.find((entry) => entry.topic === this.physical(topic));
        for (const end of ends) {
          const done = offsets?.partitions.find((entry) => entry.partition === end.partition);
          // A partition the group never committed on lags by all it still holds.
          const from = done && Number(done.offset) >= 0 ? Number(done.offset) : Number(end.low);
          lags.push({ topic, partition: end.partition, lag: Math.max(0, Number(end.high) - from) });
        }
      }
      return lags;
    } finally {
      await admin.disconnect();
    }
  }

  private async runConsumer(
    consumer: Consumer,
    subscription: TransportSubscription,
    beforeJoining: () => Promise<void>,
  ) {
    const { group, topics, handle } = subscription;
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        await consumer.disconnect();
        await this.ensureTopics([...topics, ...topics.map((topic) => topic + DEAD_LETTER_SUFFIX)]);
        await beforeJoining();
        await consumer.connect();
        // A new group starts from the beginning, so it sees what was published before it
        // (unless it was positioned at an instant).
        await consumer.subscribe({
          topics: topics.map((topic) => this.physical(topic)),
          fromBeginning: true,
        });
        await consumer.run({
          // Each partition in its own transaction, side by side: a consumer mostly waits
          // on the database, and keys, hence each aggregate's order, stay in one partition.
          partitionsConsumedConcurrently: this.settings.partitions,
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
            const topic = batch.topic.slice(this.settings.topicPrefix.length);
            for (let start = 0; start < batch.messages.length; start += MAX_BATCH_RECORDS) {
              if (!isRunning() || isStale()) return;
              const messages = batch.messages.slice(start, start + MAX_BATCH_RECORDS);
              await handle(
                messages.map((message) => ({
                  topic,
                  partition: batch.partition,
                  offset: message.offset,
                  key: message.key,
                  value: message.value,
                  headers: textHeaders(message.headers),
                })),
              );
              resolveOffset(messages.at(-1)!.offset);
              await heartbeat();
            }
          },
        });
        this.logger.info({ group, topics }, 'consuming');
        return;
      } catch (error) {
        const delay = Math.min(MAX_RECONNECT_DELAY_MS, 500 * 2 ** attempt);
        this.logger.warn({ err: error, group, delay }, 'cannot consume yet; retrying');
        await sleep(delay);
      }
    }
  }

  private async ensureTopics(topics: string[]) {
    const missing = [...new Set(topics)].filter((topic) => !this.knownTopics.has(topic));
    if (missing.length === 0) return;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic: this.physical(topic),
          numPartitions: this.settings.partitions,
          replicationFactor: this.settings.replicationFactor,
        })),
      });
    } finally {
      await admin.disconnect();
    }
    for (const topic of missing) this.knownTopics.add(topic);
  }

  private physical(name: string): string {
    return this.settings.topicPrefix + name;
  }
}

function textHeaders(headers: IHeaders | undefined): Record<string, string | undefined> {
  const text: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    text[name] = first?.toString();
  }
  return text;
}

/** kafkajs logs retriable broker answers at ERROR and then recovers, so its errors arrive
 * as warnings; real failures are logged by the relay and the consumers. */
function kafkaLogCreator(logger: Logger): logCreator {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return () =>
    ({ namespace, level, log }) => {
      const { message, ...extra } = log;
      const entry = { namespace, ...extra };
      if (level <= logLevel.WARN) kafkaLogger.warn(entry, message);
      else if (level === logLevel.INFO) kafkaLogger.debug(entry, message);
      else kafkaLogger.trace(entry, message);
    };
}
