import {
  DEAD_LETTER_HEADERS,
  EVENT_CATALOGUE,
  type PendingEvent,
  serializeEvent,
} from '@itsm/events';
import { type EventContract, loadEventContract } from './event-contract';
import { changeTransitionSamples } from './samples/change-transition';
import { continualImprovementSamples } from './samples/continual-improvement';
import { customerPortfolioSamples } from './samples/customer-portfolio';
import { serviceLevelSamples } from './samples/service-level';

/** One event of each type, as its publisher would raise it. */
const SAMPLES: PendingEvent[] = [
  ...customerPortfolioSamples,
  ...serviceLevelSamples,
  ...changeTransitionSamples,
  ...continualImprovementSamples,
];

let contract: EventContract;

beforeAll(async () => {
  contract = await loadEventContract();
});

const asyncapi = () => contract.document();

function messageOf(type: string) {
  const message = asyncapi().messages().get(type);
  if (!message) throw new Error(`${type} has no message in the AsyncAPI document`);
  return message;
}

function serialized(event: PendingEvent) {
  const { record } = serializeEvent(event);
  return { record, value: JSON.parse(String(record.value)) as Record<string, unknown> };
}

test('the committed AsyncAPI document is valid', () => {
  expect(contract.errors).toEqual([]);
});

test.each(EVENT_CATALOGUE.map((definition) => [definition.type, definition] as const))(
  '%s has a message on its topic, sent by an operation',
  (type, { topic }) => {
    const channel = asyncapi().channels().get(topic.name);
    expect(channel?.address()).toBe(topic.name);
    expect(channel?.messages().get(type)?.name()).toBe(type);
    const senders = channel?.operations().filterBy((operation) => operation.isSend()) ?? [];
    expect(senders.map((operation) => operation.messages().has(type))).toEqual([true]);
  },
);

test('the document describes exactly the catalogue, and the dead letters', () => {
  const documented = asyncapi()
    .messages()
    .all()
    .map((message) => message.id());
  expect(documented.sort()).toEqual(
    [...EVENT_CATALOGUE.map(({ type }) => type), 'deadLetter'].sort(),
  );
  expect(messageOf('deadLetter').headers()?.required()).toEqual(Object.values(DEAD_LETTER_HEADERS));
});

test('there is a sample of every event type', () => {
  expect(SAMPLES.map(({ definition }) => definition.type).sort()).toEqual(
    EVENT_CATALOGUE.map(({ type }) => type).sort(),
  );
});

describe.each(SAMPLES.map((sample) => [sample.definition.type, sample] as const))(
  '%s as published',
  (type, sample) => {
    const schemas = () => contract.validatorsOf(type);

    test('validates against its message', () => {
      const { payload, headers, key } = schemas();
      const { record, value } = serialized(sample);
      payload(value);
      expect(payload.errors ?? []).toEqual([]);
      headers(record.headers);
      expect(headers.errors ?? []).toEqual([]);
      key(record.key);
      expect(key.errors ?? []).toEqual([]);
    });

    test('does not validate as another type', () => {
      const { value } = serialized(sample);
      const other = EVENT_CATALOGUE.find((definition) => definition.type !== type)?.type;
      expect(schemas().payload({ ...value, type: other })).toBe(false);
    });

    test('does not validate without a data field', () => {
      const { value } = serialized(sample);
      const data = { ...(value.data as Record<string, unknown>) };
      const [field = ''] = Object.keys(data);
      delete data[field];
      expect(schemas().payload({ ...value, data })).toBe(false);
    });
  },
);
