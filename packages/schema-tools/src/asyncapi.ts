import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document } from 'yaml';
import { z } from 'zod';
import {
  DEAD_LETTER_HEADERS,
  DEAD_LETTER_SUFFIX,
  EVENT_CATALOGUE,
  TOPICS,
  eventIdSchema,
  timestampSchema,
  type EventDefinition,
} from '@itsm/events';

/** Builds schema/events/asyncapi.yaml, the AsyncAPI 3 contract of every Kafka event, from
 * the event catalogue of @itsm/events. With --check, fails instead of writing when the
 * committed document is stale. */
const root = join(__dirname, '../../..');
const output = join(root, 'schema/events/asyncapi.yaml');
const check = process.argv.includes('--check');

type JsonSchema = Record<string, unknown>;

const KAFKA_BINDING_VERSION = '0.5.0';

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const jsonSchema: JsonSchema = {
    ...z.toJSONSchema(schema, { target: 'draft-07', io: 'output' }),
  };
  // Nested inside the envelope, a $schema keyword would only be noise.
  delete jsonSchema.$schema;
  return jsonSchema;
}

// Ids and timestamps recur in every payload; zod inlines them, with long patterns.
const shared = {
  Uuid: jsonSchemaOf(eventIdSchema),
  Timestamp: jsonSchemaOf(timestampSchema),
};

function withSharedRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withSharedRefs);
  if (typeof schema !== 'object' || schema === null) return schema;
  const json = JSON.stringify(schema);
  for (const [name, definition] of Object.entries(shared)) {
    if (JSON.stringify(definition) === json) return { $ref: `#/components/schemas/${name}` };
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, withSharedRefs(value)]),
  );
}

const ref = (...path: string[]) => ({ $ref: `#/${path.join('/')}` });

const DEAD_LETTER_HEADER_SCHEMAS: Record<keyof typeof DEAD_LETTER_HEADERS, JsonSchema> = {
  error: { type: 'string', maxLength: 2000, description: 'Why the message failed.' },
  group: { type: 'string', description: 'The consumer group that gave up on the message.' },
  topic: {
    type: 'string',
    description: 'The topic the message came from, without any `KAFKA_TOPIC_PREFIX`.',
  },
  partition: { type: 'string', pattern: '^\\d+$', description: 'Its partition.' },
  offset: { type: 'string', pattern: '^\\d+$', description: 'Its offset in that partition.' },
  attempts: {
    type: 'string',
    pattern: '^\\d+$',
    description: 'How often the handler ran; 0 when the message was malformed.',
  },
  failedAt: { type: 'string', format: 'date-time', description: 'When it was dead-lettered.' },
};

const description = `Every event the ITSM subgraphs publish to Kafka, and the measurements outside
tools publish for service-level on its ingest topic (with the source \`/itsm/monitoring\`).

- **Binding**: each message is a CloudEvents 1.0 event in the Kafka protocol binding's
  **structured content mode**. The message value is the whole CloudEvent as JSON, with its
  \`data\` as JSON, and the \`content-type\` header is \`application/cloudevents+json\`.
- **Key**: the Kafka key is the id of the aggregate the event is about, also the
  CloudEvents \`subject\` and \`partitionkey\`. Events about one aggregate are therefore in
  order; there is no order across aggregates or topics.
- **Delivery** is at least once: a subgraph writes each event in the transaction of its
  state change and a relay publishes it, so an event may arrive twice. Consumers
  deduplicate on the CloudEvents \`id\`.
- **Topic prefix**: a deployment may set \`KAFKA_TOPIC_PREFIX\`, which is prepended to every
  address in this document (and to consumer groups), so that environments can share a
  cluster.
- **Versioning**: the type ends in \`.v<major>\`. A breaking change to an event is never
  made in place: it makes a new type with the next major version, \`.v2\` and so on.
- **Dead letters**: a message that a consumer cannot process goes, unchanged, to
  \`<topic>${DEAD_LETTER_SUFFIX}\` with headers that say why; see the \`deadLetter\` channel.
`;

function messageOf(event: EventDefinition) {
  return {
    name: event.type,
    title: event.type,
    summary: event.summary,
    contentType: 'application/cloudevents+json',
    headers: ref('components', 'schemas', 'StructuredModeHeaders'),
    payload: {
      allOf: [
        ref('components', 'schemas', 'CloudEvent'),
        {
          type: 'object',
          properties: {
            type: { const: event.type },
            source: { const: event.source },
            data: withSharedRefs(jsonSchemaOf(event.data)),
          },
        },
      ],
    },
    bindings: {
      kafka: {
        key: { type: 'string', description: event.topic.key },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

const deadLetterMessage = {
  name: 'deadLetter',
  title: 'Dead letter',
  summary: 'A message that a consumer could not process, with the reason in its headers.',
  description:
    'The original key, value and headers, unchanged, plus the `dlq-` headers. The value is ' +
    'normally one of the events of the topic, but may be anything when the message was ' +
    'malformed, which is one reason it is here.',
  headers: {
    type: 'object',
    required: Object.values(DEAD_LETTER_HEADERS),
    properties: Object.fromEntries(
      Object.entries(DEAD_LETTER_HEADERS).map(([key, header]) => [
        header,
        DEAD_LETTER_HEADER_SCHEMAS[key as keyof typeof DEAD_LETTER_HEADERS],
      ]),
    ),
  },
  payload: { description: 'The original message value, byte for byte.' },
  bindings: {
    kafka: {
      key: { type: 'string', description: 'The original key, unchanged.' },
      bindingVersion: KAFKA_BINDING_VERSION,
    },
  },
};

const eventsOn = (topic: string) => EVENT_CATALOGUE.filter((event) => event.topic.name === topic);

const asyncapi = {
  asyncapi: '3.0.0',
  info: {
    title: 'ITSM supergraph events',
    version: (
      JSON.parse(readFileSync(join(root, 'packages/events/package.json'), 'utf8')) as {
        version: string;
      }
    ).version,
    description,
  },
  channels: {
    ...Object.fromEntries(
      TOPICS.map((topic) => [
        topic.name,
        {
          address: topic.name,
          description: topic.description,
          messages: Object.fromEntries(
            eventsOn(topic.name).map(({ type }) => [type, ref('components', 'messages', type)]),
          ),
        },
      ]),
    ),
    deadLetter: {
      address: `{topic}${DEAD_LETTER_SUFFIX}`,
      title: 'Dead letters',
      description:
        'Each consumed topic has a dead letter topic. A consumer sends a message there when ' +
        'it is malformed, or when its handler still fails after the retries, and moves on.',
      parameters: {
        topic: {
          description: 'The topic the message was consumed from.',
          enum: TOPICS.map((topic) => topic.name),
        },
      },
      messages: { deadLetter: ref('components', 'messages', 'deadLetter') },
    },
  },
  operations: {
    ...Object.fromEntries(
      TOPICS.map((topic) => [
        `send.${topic.name}`,
        {
          action: 'send',
          summary: `${topic.sender ?? 'The owning subgraph'} publish${topic.sender ? '' : 'es'} to ${topic.name}.`,
          channel: ref('channels', topic.name),
          messages: eventsOn(topic.name).map(({ type }) =>
            ref('channels', topic.name, 'messages', type),
          ),
        },
      ]),
    ),
    'send.deadLetter': {
      action: 'send',
      summary: 'A consumer dead-letters a message it cannot process.',
      channel: ref('channels', 'deadLetter'),
      messages: [ref('channels', 'deadLetter', 'messages', 'deadLetter')],
    },
  },
  components: {
    schemas: {
      CloudEvent: {
        type: 'object',
        description:
          'A CloudEvents 1.0 event in structured content mode: the whole Kafka message value.',
        required: [
          'specversion',
          'id',
          'source',
          'type',
          'subject',
          'time',
          'datacontenttype',
          'partitionkey',
          'data',
        ],
        properties: {
          specversion: { const: '1.0' },
          id: { type: 'string', format: 'uuid', description: 'Unique per event; dedup on it.' },
          source: { type: 'string', description: 'The publishing subgraph, `/itsm/<subgraph>`.' },
          type: {
            type: 'string',
            description: '`itsm.<subgraph>.<aggregate>.<past-tense verb>.v<major>`.',
          },
          subject: { type: 'string', description: 'The aggregate id, as in the Kafka key.' },
          time: { type: 'string', format: 'date-time', description: 'When it happened.' },
          datacontenttype: { const: 'application/json' },
          partitionkey: { type: 'string', description: 'The Kafka key: the aggregate id.' },
          data: { description: 'The event payload; its schema depends on the type.' },
        },
      },
      StructuredModeHeaders: {
        type: 'object',
        required: ['content-type'],
        properties: {
          'content-type': {
            type: 'string',
            // The charset parameter's case is the SDK's choice; it is case-insensitive anyway.
            pattern: '^application/cloudevents\\+json',
            examples: ['application/cloudevents+json; charset=utf-8'],
          },
        },
      },
      Uuid: shared.Uuid,
      Timestamp: { ...shared.Timestamp, description: 'RFC 3339, with an offset.' },
    },
    messages: {
      ...Object.fromEntries(EVENT_CATALOGUE.map((event) => [event.type, messageOf(event)])),
      deadLetter: deadLetterMessage,
    },
  },
};

const document = new Document(asyncapi);
document.commentBefore =
  ' Generated by `pnpm events:contract` from the event catalogue of @itsm/events\n' +
  ' (packages/events/src/catalogue.ts); do not edit by hand.';
const content = document.toString({ lineWidth: 0, singleQuote: true });

const stale = !existsSync(output) || readFileSync(output, 'utf8') !== content;
if (check) {
  if (stale) {
    process.stderr.write(`stale: ${output}\n`);
    process.stderr.write(
      'The committed AsyncAPI document is stale: run `pnpm events:contract` and commit.\n',
    );
    process.exit(1);
  }
  process.stdout.write('The committed AsyncAPI document is up to date.\n');
} else {
  mkdirSync(dirname(output), { recursive: true });
  if (stale) writeFileSync(output, content);
  process.stdout.write(
    `Described ${EVENT_CATALOGUE.length} event types on ${TOPICS.length} topics; ` +
      `${stale ? 1 : 0} file(s) written.\n`,
  );
}
