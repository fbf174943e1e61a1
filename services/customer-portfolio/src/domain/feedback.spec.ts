import {
  acknowledgementDeadline,
  DEFAULT_ACKNOWLEDGEMENT_MINUTES,
  isAcknowledgementLate,
  secondsBetween,
} from './feedback';

const receivedAt = new Date('2026-03-02T09:00:00Z');

describe('acknowledgement deadlines', () => {
  it.each([
    ['CRITICAL', '2026-03-02T10:00:00.000Z'],
    ['HIGH', '2026-03-02T13:00:00.000Z'],
    ['MEDIUM', '2026-03-03T09:00:00.000Z'],
    ['LOW', '2026-03-05T09:00:00.000Z'],
  ] as const)('a %s one is due by %s with the defaults', (severity, due) => {
    expect(
      acknowledgementDeadline(receivedAt, severity, DEFAULT_ACKNOWLEDGEMENT_MINUTES).toISOString(),
    ).toBe(due);
  });

  it('follows configured minutes', () => {
    const deadlines = { ...DEFAULT_ACKNOWLEDGEMENT_MINUTES, HIGH: 15 };
    expect(acknowledgementDeadline(receivedAt, 'HIGH', deadlines).toISOString()).toBe(
      '2026-03-02T09:15:00.000Z',
    );
  });

  const acknowledgeBy = new Date('2026-03-02T10:00:00Z');
  it.each([
    ['acknowledged before the deadline', '2026-03-02T09:59:59Z', '2026-03-09T00:00:00Z', false],
    ['acknowledged at the deadline', '2026-03-02T10:00:00Z', '2026-03-09T00:00:00Z', false],
    ['acknowledged after the deadline', '2026-03-02T10:00:01Z', '2026-03-02T10:00:01Z', true],
    ['open before the deadline', null, '2026-03-02T09:30:00Z', false],
    ['open past the deadline', null, '2026-03-02T10:00:01Z', true],
  ])('is late when %s: %s', (_case, acknowledgedAt, now, late) => {
    const feedback = {
      acknowledgeBy,
      acknowledgedAt: acknowledgedAt ? new Date(acknowledgedAt) : null,
    };
    expect(isAcknowledgementLate(feedback, new Date(now))).toBe(late);
  });
});

describe('response times', () => {
  it.each([
    ['2026-03-02T09:00:00Z', null, null],
    ['2026-03-02T09:00:00Z', '2026-03-02T09:00:00Z', 0],
    ['2026-03-02T09:00:00Z', '2026-03-02T09:45:30.999Z', 2730],
    ['2026-03-02T09:00:00Z', '2026-03-03T09:00:00Z', 86400],
  ])('from %s to %s is %s seconds', (from, to, seconds) => {
    expect(secondsBetween(new Date(from), to ? new Date(to) : null)).toBe(seconds);
  });
});
