import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { PubSub } from 'graphql-subscriptions';
import { Counter, Gauge, type Registry } from 'prom-client';
import { type EventTransport, type IncomingRecord, parseEventRecord } from '@itsm/events';
import type { Logger, ReadinessCheck } from '@itsm/platform';
import { type LiveUpdate, STREAM_TOPICS, type StreamName, updateOf } from './streams';

/** What the live updates expose at /metrics. */
export interface LiveMetrics {
  connections: Gauge;
  subscriptions: Gauge<'stream'>;
  received: Counter<'stream'>;
  pushed: Counter<'stream'>;
  invalid: Counter;
}

export function createLiveMetrics(registry: Registry): LiveMetrics {
  const registers = [registry];
  return {
    connections: new Gauge({
      name: 'itsm_live_connections',
      help: 'Open WebSocket connections of live updates that passed authentication',
      registers,
    }),
    subscriptions: new Gauge({
      name: 'itsm_live_subscriptions',
      help: 'Active live update subscriptions, by stream',
      labelNames: ['stream'],
      registers,
    }),
    received: new Counter({
      name: 'itsm_live_events_received_total',
      help: 'Domain events taken off the topics for a live stream, by stream',
      labelNames: ['stream'],
      registers,
    }),
    pushed: new Counter({
      name: 'itsm_live_updates_pushed_total',
      help: 'Live updates sent to subscribers, by stream',
      labelNames: ['stream'],
      registers,
    }),
    invalid: new Counter({
      name: 'itsm_live_events_invalid_total',
      help: 'Messages on the live topics that were not valid events of their contract, skipped',
      registers,
    }),
  };
}

/**
 * The gateway's own reading of the topics behind the live streams. On Kafka each replica
 * has a consumer group of its own, so every replica sees every event, and starts where the
 * topics stood when it started: live updates are for what happens from now on. Without
 * Kafka it listens on the in-process bus of `pnpm start`. Each event is checked against
 * its contract, becomes an update, and is handed to the subscriptions in this process.
 */
export class LiveFeed {
  private readonly pubsub = new PubSub();
  private stopped = false;

  constructor(
    private readonly transport: EventTransport,
    private readonly metrics: LiveMetrics,
    private readonly logger: Logger,
  ) {}

  start(): Promise<void> {
    const group = `gateway-live-${hostname()}-${randomBytes(4).toString('hex')}`;
    this.logger.info({ group, topics: STREAM_TOPICS }, 'live updates: reading the topics');
    return this.transport.subscribe({
      group,
      topics: STREAM_TOPICS,
      startAt: new Date(),
      handle: async (records) => {
        for (const record of records) await this.receive(record);
      },
    });
  }

  /** Never throws: a message no stream can use is logged and skipped, not redelivered. */
  private async receive(record: IncomingRecord): Promise<void> {
    if (this.stopped) return;
    let update: LiveUpdate | null;
    try {
      update = updateOf(parseEventRecord(record));
    } catch (error) {
      this.metrics.invalid.inc();
      this.logger.warn(
        { topic: record.topic, offset: record.offset, reason: (error as Error).message },
        'live updates: skipped a message that is not a valid event',
      );
      return;
    }
    if (!update) return;
    this.metrics.received.inc({ stream: update.stream });
    await this.pubsub.publish(update.stream, update);
  }

  /** The updates of a stream from now on, until the iterator is returned. */
  updates(stream: StreamName): AsyncIterableIterator<LiveUpdate> {
    return this.pubsub.asyncIterableIterator<LiveUpdate>(stream);
  }

  /** Informational: without the broker, queries and mutations still work. */
  async readiness(): Promise<ReadinessCheck> {
    const { ok, detail } = await this.transport.reachable();
    const { description } = this.transport;
    return { ok, detail: detail ? `${description}: ${detail}` : description, informational: true };
  }

  /** Stops handing out updates; the transport is stopped by whoever made it. */
  stop(): void {
    this.stopped = true;
  }
}
