import { setTimeout as sleep } from 'node:timers/promises';
import {
  extractTraceContext,
  inSpan,
  isConnectionError,
  type Logger,
  SpanKind,
} from '@itsm/platform';
import { DEAD_LETTER_SUFFIX } from './catalogue';
import type { EventDefinition } from './contract';
import { MalformedEventError, parseEventRecord, type ReceivedEvent } from './envelope';
import type { Transaction, Transactions } from './outbox';
import type { EventTransport, IncomingRecord } from './transport';

export interface EventHandler<Definition extends EventDefinition = EventDefinition> {
  definition: Definition;
  /** Applies the event inside the transaction that also records it in the inbox. */
  handle(event: ReceivedEvent<Definition>, transaction: Transaction): Promise<void>;
}

export function on<Definition extends EventDefinition>(
  definition: Definition,
  handle: EventHandler<Definition>['handle'],
): EventHandler {
  return { definition, handle } as EventHandler;
}

export interface ConsumerDefinition {
  /** The consumer group; one per subscribing subgraph. */
  group: string;
  /** Whole topics are consumed; events without a handler are acknowledged and skipped. */
  topics: string[];
  handlers: EventHandler[];
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
 * Applies each event once: the inbox row and the effect commit together, so a redelivered
 * event finds its id and changes nothing. A failing handler is retried with backoff, then
 * its message goes to `<topic>.dlq` and consumption continues. A lost database connection
 * is not the message's fault: it is handed back to the transport for redelivery.
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
      handle: (record) => this.process(record),
    });
  }

  async process(record: IncomingRecord): Promise<void> {
    let event: ReceivedEvent;
    try {
      event = parseEventRecord(record);
    } catch (error) {
      if (error instanceof MalformedEventError) return this.deadLetter(record, error, 0);
      throw error;
    }
    const handler = this.handlers.get(event.type);
    if (!handler) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.apply(handler, event, record);
        return;
      } catch (error) {
        if (isConnectionError(error)) throw error;
        if (attempt >= this.retry.attempts) return this.deadLetter(record, error, attempt);
        this.logger.warn({ err: error, eventId: event.id, attempt }, 'event handler failed');
        await sleep(this.retry.initialDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  /** The handler runs in a span continuing the trace the event carries, so the events it
   * publishes carry the same trace id. */
  private apply(
    handler: EventHandler,
    event: ReceivedEvent,
    record: IncomingRecord,
  ): Promise<void> {
    const parent = extractTraceContext(record.headers);
    const attributes = {
      'messaging.consumer.group.name': this.definition.group,
      'cloudevents.event_type': event.type,
    };
    return inSpan(
      `process ${event.type}`,
      { parent, kind: SpanKind.CONSUMER, attributes },
      async () => {
        const applied = await this.transactions.run(async (transaction) => {
          const inserted: unknown[] = await transaction.manager.query(
            `INSERT INTO event_inbox (consumer_group, event_id, event_type, topic, partition, "offset")
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING event_id`,
            [
              this.definition.group,
              event.id,
              event.type,
              event.topic,
              event.partition,
              event.offset,
            ],
          );
          if (inserted.length === 0) return false;
          await handler.handle(event, transaction);
          return true;
        });
        if (applied)
          this.logger.info({ eventId: event.id, eventType: event.type }, 'event processed');
        else this.logger.debug({ eventId: event.id }, 'event already processed');
      },
    );
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
