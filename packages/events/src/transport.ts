/** A message on its way to a topic. */
export interface OutgoingRecord {
  topic: string;
  key: string | null;
  value: string | Buffer;
  headers: Record<string, string>;
}

/** A message as a consumer receives it; `topic` is the logical name, without any prefix. */
export interface IncomingRecord {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string | undefined>;
}

/** The most records a subscription handles at once: one database transaction each. */
export const MAX_BATCH_RECORDS = 100;

export interface TransportSubscription {
  /** The consumer group: each subscribing subgraph has its own. */
  group: string;
  topics: string[];
  /** Takes records of one partition, in order, at most MAX_BATCH_RECORDS at a time.
   * Resolves once their effects are committed; a rejection means "deliver them again". */
  handle(records: IncomingRecord[]): Promise<void>;
  /** For a group of one process's own that wants only what is new, such as the gateway's
   * live updates: the group starts at the first record published at or after this instant,
   * instead of at the beginning of each topic. Once it has committed offsets, it goes on
   * from those, as any group does. */
  startAt?: Date;
}

/** Where the outbox relay publishes and consumers subscribe: Kafka, or the in-process bus
 * of the embedded default. */
export interface EventTransport {
  readonly description: string;
  /** Publishes in order; resolves once every record is durably accepted. */
  publish(records: OutgoingRecord[]): Promise<void>;
  /** Starts delivering in the background; delivery survives broker outages. */
  subscribe(subscription: TransportSubscription): Promise<void>;
  stop(): Promise<void>;
  /** Whether the transport can reach its broker now, quickly, for readiness reports. */
  reachable(): Promise<{ ok: boolean; detail?: string }>;
  /** Messages on each partition that the group has not committed yet; absent where every
   * message is handed over as it is published, as on the in-process bus. */
  consumerLag?(group: string, topics: string[]): Promise<PartitionLag[]>;
}

export interface PartitionLag {
  topic: string;
  partition: number;
  lag: number;
}
