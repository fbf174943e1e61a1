import {
  agreementDrafted,
  changeRequestRaised,
  customerRegistered,
  DEAD_LETTER_HEADERS,
  EVENT_CATALOGUE,
  eventOf,
  improvementIdentified,
  outageRecorded,
  type PendingEvent,
  serializeEvent,
  serviceRegistered,
} from '@itsm/events';
import { type EventContract, loadEventContract } from './event-contract';

const ids = {
  customer: '0b6f5a52-8d1e-4c3a-9f27-5e1d2c3b4a01',
  service: '1c7a6b63-9e2f-4d4b-8a38-6f2e3d4c5b02',
  agreement: '2d8b7c74-af30-4e5c-9b49-7a3f4e5d6c03',
  outage: '3e9c8d85-b041-4f6d-8c5a-8b4a5f6e7d04',
  changeRequest: '4fad9e96-c152-4a7e-9d6b-9c5b6a7f8e05',
  initiative: '50beafa7-d263-4b8f-8e7c-ad6c7b8a9f06',
  triggeringEvent: '61cfb0b8-e374-4c90-9f8d-be7d8c9ba007',
};
const at = '2026-03-02T09:30:00Z';

/** One event of each type, as its publisher would raise it. */
const SAMPLES: PendingEvent[] = [
  eventOf(customerRegistered, ids.customer, {
    customerId: ids.customer,
    code: 'ACME',
    name: 'Acme Ltd',
    segment: null,
    tier: 'KEY',
    status: 'ACTIVE',
    accountManager: 'account.manager@itsm.local',
    relationshipLevel: 'PROACTIVE',
    registeredAt: at,
  }),
  eventOf(serviceRegistered, ids.service, {
    serviceId: ids.service,
    name: 'Email',
    owner: 'messaging-team',
    lifecycle: 'LIVE',
    registeredAt: at,
  }),
  eventOf(agreementDrafted, ids.agreement, {
    agreementId: ids.agreement,
    name: 'Acme email',
    type: 'CUSTOMER_BASED',
    status: 'DRAFT',
    customerId: ids.customer,
    serviceIds: [ids.service],
    validFrom: '2026-04-01T00:00:00+02:00',
    validTo: null,
    draftedAt: at,
  }),
  eventOf(outageRecorded, ids.outage, {
    outageId: ids.outage,
    serviceId: ids.service,
    startedAt: '2026-03-02T08:00:00Z',
    endedAt: null,
    description: 'The mail queue stalled.',
    recordedBy: 'service.desk@itsm.local',
    recordedAt: at,
  }),
  eventOf(changeRequestRaised, ids.changeRequest, {
    changeRequestId: ids.changeRequest,
    reference: 'RFC-0001',
    title: 'Add a second mail relay',
    type: 'NORMAL',
    state: 'SUBMITTED',
    customerId: null,
    serviceIds: [ids.service],
    requestedBy: 'change.manager@itsm.local',
    raisedAt: at,
  }),
  eventOf(improvementIdentified, ids.initiative, {
    initiativeId: ids.initiative,
    title: 'Stop mail queue stalls',
    source: 'OUTAGE',
    priority: 'HIGH',
    state: 'IDENTIFIED',
    owner: null,
    customerId: null,
    serviceId: ids.service,
    triggeredBy: [ids.triggeringEvent],
    identifiedAt: at,
  }),
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
