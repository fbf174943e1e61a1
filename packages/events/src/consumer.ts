import { setTimeout as sleep } from 'node:timers/promises';
import {
  activeTraceIds,
  extractTraceContext,
  inSpan,
  isConnectionError,
  type Logger,
  SpanKind,
  traceLinkOf,
} from '@itsm/platform';
import { DEAD_LETTER_SUFFIX } from './catalogue';
import type { EventDefinition } from './contract';
import { MalformedEventError, parseEventRecord, type ReceivedEvent } from './envelope';
import type { Transaction, Transactions } from './outbox';
import { consecutiveRuns } from './runs';
import type { EventTransport, IncomingRecord } from './transport';

export interface EventHandler<Definition extends EventDefinition = EventDefinition> {
  definition: Definition;
  /** Applies the event inside the transaction that also records it in the inbox. */
  handle(event: ReceivedEvent<Definition>, transaction: Transaction): Promise<void>;
  /** Applies consecutive events of the type at once, leaving what `handle` would one by
   * one, in fewer round trips; for handlers that publish no events of their own. */
  handleAll?(events: ReceivedEvent<Definition>[], transaction: Transaction): Promise<void>;
}

export function on<Definition extends EventDefinition>(
  definition: Definition,
  handle: EventHandler<Definition>['handle'],
  handleAll?: EventHandler<Definition>['handleAll'],
): EventHandler {
  return { definition, handle, ...(handleAll && { handleAll }) } as EventHandler;
}

export interface ConsumerDefinition {
  /** The consumer group; one per subscribing subgraph. */
  group: string;
  /** Whole topics are consumed; events without a handler are acknowledged and skipped. */
  topics: string[];
  handlers: EventHandler[];
}

/** A record whose event has a handler here. */
interface Delivery {
  record: IncomingRecord;
  event: ReceivedEvent;
  handler: EventHandler;
}

export interface RetrySettings {
  attempts: number;
  initialDelayMs: number;
}

/** Dead letter headers: why the message failed, and where it came from. */
export const DEAD_LETTER_HEADERS = {
  error: 'dlq-error',
  group: 'dlq-consumer-group',
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;

/**
 * Applies each event once: the inbox rows and the effects of a batch of events commit
 * together, so a redelivered event finds its id and changes nothing, and a batch costs one
 * transaction instead of one per event. When a handler fails, the batch rolls back and its
 * events are applied one by one: a failing one is retried with backoff, then its message
 * goes to `<topic>.dlq` and consumption continues. A lost database connection is not the
 * messages' fault: the batch is handed back to the transport for redelivery.
 */
export class EventConsumer {
  private readonly handlers: Map<string, EventHandler>;

  constructor(
    private readonly definition: ConsumerDefinition,
    private readonly transactions: Transactions,
    private readonly transport: EventTransport,
    private readonly retry: RetrySettings,
    private readonly logger: Logger,
  ) {
    this.handlers = new Map(
      definition.handlers.map((handler) => [handler.definition.type, handler]),
    );
  }

  start(): Promise<void> {
    return this.transport.subscribe({
      group: this.definition.group,
      topics: this.definition.topics,
      handle: (records) => this.process(records),
    });
  }

  /** Applies the records of one partition, in order. */
  async process(records: IncomingRecord[]): Promise<void> {
    const deliveries: Delivery[] = [];
    for (const record of records) {
      let event: ReceivedEvent;
      try {
        event = parseEventRecord(record);
      } catch (error) {
        if (error instanceof MalformedEventError) {
          await this.deadLetter(record, error, 0);
          continue;
        }
        throw error;
      }
      const handler = this.handlers.get(event.type);
      if (handler) deliveries.push({ record, event, handler });
    }
    if (deliveries.length > 1) {
      try {
        await this.apply(deliveries);
        return;
      } catch (error) {
        if (isConnectionError(error)) throw error;
        this.logger.warn({ err: error, events: deliveries.length }, 'batch failed; one by one');
      }
    }
    for (const delivery of deliveries) await this.applyAlone(delivery);
  }

  /** One event in a transaction of its own, retried with backoff, then dead-lettered. */
  private async applyAlone(delivery: Delivery): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.apply([delivery]);
        return;
      } catch (error) {
        if (isConnectionError(error)) throw error;
        if (attempt >= this.retry.attempts) {
          return this.deadLetter(delivery.record, error, attempt);
        }
        this.logger.warn(
          { err: error, eventId: delivery.event.id, attempt },
          'event handler failed',
        );
        await sleep(this.retry.initialDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  /** Records the events in the inbox and applies those it did not hold yet, in one
   * transaction. Each handler runs in a span continuing the trace its event carries, so
   * the events it publishes carry the same trace id; a run of events applied at once has
   * one span, linked to each event's trace. */
  private async apply(deliveries: Delivery[]): Promise<void> {
    const applied = await this.transactions.run(async (transaction) => {
      const inserted: { event_id: string }[] = await transaction.manager.query(
        `INSERT INTO event_inbox (consumer_group, event_id, event_type, topic, partition, "offset")
         SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::bigint[])
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [
          this.definition.group,
          deliveries.map(({ event }) => event.id),
          deliveries.map(({ event }) => event.type),
          deliveries.map(({ event }) => event.topic),
          deliveries.map(({ event }) => event.partition),
          deliveries.map(({ event }) => event.offset),
        ],
      );
      const fresh = new Set(inserted.map((row) => row.event_id));
      const applying: Delivery[] = [];
      // An id once only, should the batch hold the same event twice.
      for (const delivery of deliveries) {
        if (fresh.delete(delivery.event.id)) applying.push(delivery);
      }
      const processed: { event: ReceivedEvent; trace: ReturnType<typeof activeTraceIds> }[] = [];
      // A run of consecutive events whose handler applies them together is one unit.
      const units = consecutiveRuns(
        applying,
        (run, delivery) =>
          delivery.handler.handleAll !== undefined && run[0]!.handler === delivery.handler,
      );
      for (const unit of units) {
        const { handler, record, event } = unit[0]!;
        const events = unit.map((delivery) => delivery.event);
        await inSpan(
          `process ${event.type}`,
          {
            ...(unit.length > 1
              ? { links: unit.flatMap((delivery) => traceLinkOf(delivery.record.headers)) }
              : { parent: extractTraceContext(record.headers) }),
            kind: SpanKind.CONSUMER,
            attributes: {
              'messaging.consumer.group.name': this.definition.group,
              'messaging.batch.message_count': String(unit.length),
              'cloudevents.event_type': event.type,
            },
          },
          async () => {
            if (unit.length > 1) await handler.handleAll!(events, transaction);
            else await handler.handle(event, transaction);
            const trace = activeTraceIds();
            for (const done of events) processed.push({ event: done, trace });
          },
        );
      }
      return processed;
    });
    // Logged once committed, each with the trace of the span that applied it.
    for (const { event, trace } of applied) {
      this.logger.info({ eventId: event.id, eventType: event.type, ...trace }, 'event processed');
    }
  }

  private async deadLetter(record: IncomingRecord, error: unknown, attempts: number) {
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.error(
      { topic: record.topic, partition: record.partition, offset: record.offset, reason },
      'message sent to the dead letter topic',
    );
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(record.headers)) {
      if (value !== undefined) headers[name] = value;
    }
    await this.transport.publish([
      {
        topic: record.topic + DEAD_LETTER_SUFFIX,
        key: record.key?.toString('utf8') ?? null,
        value: record.value ?? '',
        headers: {
          ...headers,
          [DEAD_LETTER_HEADERS.error]: reason.slice(0, 2000),
          [DEAD_LETTER_HEADERS.group]: this.definition.group,
          [DEAD_LETTER_HEADERS.topic]: record.topic,
          [DEAD_LETTER_HEADERS.partition]: String(record.partition),
          [DEAD_LETTER_HEADERS.offset]: record.offset,
          [DEAD_LETTER_HEADERS.attempts]: String(attempts),
          [DEAD_LETTER_HEADERS.failedAt]: new Date().toISOString(),
        },
      },
    ]);
  }
}
