import { parseInput, ValidationError } from '@itsm/platform';
import { recordMetricSampleSchema, recordTicketTimingSchema } from './measurement';

const NOW = new Date('2026-03-20T00:00:00Z');
const SERVICE = '7d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a';
const at = (iso: string) => new Date(iso);

function faultyField(schema: Parameters<typeof parseInput>[0], input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.extensions.field as string;
    throw error;
  }
  return undefined;
}

const ticket = {
  reference: 'INC-1',
  serviceId: SERVICE,
  priority: 'P2',
  openedAt: at('2026-03-16T01:00:00Z'),
  respondedAt: at('2026-03-16T01:20:00Z'),
  resolvedAt: at('2026-03-17T03:00:00Z'),
  pauses: [{ from: at('2026-03-16T08:00:00Z'), to: at('2026-03-17T02:00:00Z') }],
};

describe('recordTicketTimingSchema', () => {
  it('accepts a ticket paused and resumed', () => {
    expect(faultyField(recordTicketTimingSchema(NOW), ticket)).toBeUndefined();
  });

  it('accepts an open ticket still on hold', () => {
    const open = { ...ticket, resolvedAt: null, pauses: [{ from: at('2026-03-16T08:00:00Z') }] };
    expect(faultyField(recordTicketTimingSchema(NOW), open)).toBeUndefined();
  });

  it.each([
    ['an empty reference', { ...ticket, reference: ' ' }, 'input.reference'],
    ['an unknown priority', { ...ticket, priority: 'URGENT' }, 'input.priority'],
    [
      'an opening in the future',
      { ...ticket, openedAt: at('2026-03-21T00:00:00Z') },
      'input.openedAt',
    ],
    [
      'a response before the opening',
      { ...ticket, respondedAt: at('2026-03-16T00:00:00Z') },
      'input.respondedAt',
    ],
    [
      'a response after the resolution',
      { ...ticket, respondedAt: at('2026-03-18T00:00:00Z') },
      'input.respondedAt',
    ],
    [
      'resolved and cancelled',
      { ...ticket, cancelledAt: at('2026-03-17T04:00:00Z') },
      'input.cancelledAt',
    ],
    [
      'a pause before the opening',
      { ...ticket, pauses: [{ from: at('2026-03-15T00:00:00Z'), to: at('2026-03-16T02:00:00Z') }] },
      'input.pauses.0.from',
    ],
    [
      'a pause ending before it starts',
      { ...ticket, pauses: [{ from: at('2026-03-16T08:00:00Z'), to: at('2026-03-16T07:00:00Z') }] },
      'input.pauses.0.to',
    ],
    [
      'overlapping pauses',
      {
        ...ticket,
        pauses: [
          { from: at('2026-03-16T08:00:00Z'), to: at('2026-03-16T10:00:00Z') },
          { from: at('2026-03-16T09:00:00Z'), to: at('2026-03-16T11:00:00Z') },
        ],
      },
      'input.pauses.1.from',
    ],
    [
      'a pause still going on after the resolution',
      { ...ticket, pauses: [{ from: at('2026-03-16T08:00:00Z') }] },
      'input.pauses.0.to',
    ],
    [
      'a pause ending after the resolution',
      { ...ticket, pauses: [{ from: at('2026-03-16T08:00:00Z'), to: at('2026-03-18T00:00:00Z') }] },
      'input.pauses.0.to',
    ],
  ])('rejects %s, naming the field', (_case, input, field) => {
    expect(faultyField(recordTicketTimingSchema(NOW), input)).toBe(field);
  });
});

describe('recordMetricSampleSchema', () => {
  const sample = {
    serviceId: SERVICE,
    metric: 'PERFORMANCE',
    value: 420,
    observedAt: at('2026-03-19T00:00:00Z'),
  };
  it.each([
    ['availability, which outages measure', { ...sample, metric: 'AVAILABILITY' }, 'input.metric'],
    ['a negative latency', { ...sample, value: -1 }, 'input.value'],
    ['a score of 11', { ...sample, metric: 'CUSTOMER_SATISFACTION', value: 11 }, 'input.value'],
    [
      'a sample from the future',
      { ...sample, observedAt: at('2026-03-21T00:00:00Z') },
      'input.observedAt',
    ],
  ])('rejects %s, naming the field', (_case, input, field) => {
    expect(faultyField(recordMetricSampleSchema(NOW), input)).toBe(field);
  });
});
