import { randomUUID } from 'node:crypto';
import { CloudEvent, Kafka, type KafkaMessage } from 'cloudevents';
import type { z } from 'zod';
import { eventDefinitionOf } from './catalogue';
import type { EventData, EventDefinition } from './contract';
import type { IncomingRecord, OutgoingRecord } from './transport';

/** An event a service decided to publish, not yet in the outbox. */
export interface PendingEvent {
  definition: EventDefinition;
  subject: string;
  data: unknown;
}

export function eventOf<Definition extends EventDefinition>(
  definition: Definition,
  subject: string,
  data: z.input<Definition['data']>,
): PendingEvent {
  return { definition, subject, data };
}

/** An event serialised for the outbox: a CloudEvent in the Kafka binding's structured mode. */
export interface SerializedEvent {
  id: string;
  type: string;
  record: OutgoingRecord;
}

/** A bug in the publishing code, caught before the event reaches the outbox. */
export class EventContractViolation extends Error {}

export function serializeEvent(event: PendingEvent, now = new Date()): SerializedEvent {
  const { definition, subject } = event;
  const parsed = definition.data.safeParse(event.data);
  if (!parsed.success) {
    throw new EventContractViolation(contractMismatch(definition.type, parsed.error));
  }
  const cloudEvent = new CloudEvent({
    id: randomUUID(),
    source: definition.source,
    type: definition.type,
    subject,
    time: now.toISOString(),
    datacontenttype: 'application/json',
    data: parsed.data,
    partitionkey: subject,
  });
  const message = Kafka.structured(cloudEvent);
  return {
    id: cloudEvent.id,
    type: definition.type,
    record: {
      topic: definition.topic.name,
      key: subject,
      value: message.value,
      headers: { 'content-type': String(message.headers['content-type']) },
    },
  };
}

/** An event taken off a topic, checked against the envelope and its contract. */
export interface ReceivedEvent<Definition extends EventDefinition = EventDefinition> {
  id: string;
  type: Definition['type'];
  source: string;
  subject: string;
  time: Date;
  data: EventData<Definition>;
  topic: string;
  partition: number;
  offset: string;
}

/** A message no consumer can ever process; it belongs in the dead letter topic. */
export class MalformedEventError extends Error {}

export function parseEventRecord(record: IncomingRecord): ReceivedEvent {
  if (record.value === null) throw new MalformedEventError('The message has no value');
  let cloudEvent: CloudEvent<unknown>;
  try {
    const value = record.value.toString('utf8');
    const message: KafkaMessage<string> = {
      headers: record.headers,
      key: record.key ?? '',
      value,
      body: value,
    };
    const parsed = Kafka.toEvent(message);
    if (Array.isArray(parsed)) throw new Error('batched CloudEvents are not accepted');
    cloudEvent = parsed as CloudEvent<unknown>;
    cloudEvent.validate();
  } catch (error) {
    throw new MalformedEventError(`Not a CloudEvent: ${describe(error)}`);
  }
  const definition = eventDefinitionOf(cloudEvent.type);
  if (!definition) throw new MalformedEventError(`Unknown event type ${cloudEvent.type}`);
  if (definition.topic.name !== record.topic || definition.source !== cloudEvent.source) {
    throw new MalformedEventError(
      `${cloudEvent.type} must come from ${definition.source} on ${definition.topic.name}`,
    );
  }
  if (!cloudEvent.subject || !cloudEvent.time) {
    throw new MalformedEventError('The event has no subject or no time');
  }
  const data = definition.data.safeParse(cloudEvent.data);
  if (!data.success) {
    throw new MalformedEventError(contractMismatch(cloudEvent.type, data.error));
  }
  return {
    id: cloudEvent.id,
    type: cloudEvent.type,
    source: cloudEvent.source,
    subject: cloudEvent.subject,
    time: new Date(cloudEvent.time),
    data: data.data,
    topic: record.topic,
    partition: record.partition,
    offset: record.offset,
  };
}

function contractMismatch(type: string, error: z.ZodError): string {
  const issues = error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  return `${type} does not match its contract: ${issues.join('; ')}`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error && 'errors' in error) return JSON.stringify(error.errors);
  return String(error);
}
