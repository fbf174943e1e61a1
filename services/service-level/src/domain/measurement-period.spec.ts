import { earlierPeriods, periodContaining, periodsOverlapping } from './measurement-period';

const iso = (period: { start: Date; end: Date }) => [
  period.start.toISOString(),
  period.end.toISOString(),
];

describe('periodContaining: boundaries at local midnight in the calendar zone', () => {
  it.each([
    [
      'a Jakarta month',
      'MONTHLY',
      'Asia/Jakarta',
      '2026-03-31T20:00:00Z',
      ['2026-03-31T17:00:00.000Z', '2026-04-30T17:00:00.000Z'],
    ],
    [
      'a Jakarta month, early on its first day in UTC',
      'MONTHLY',
      'Asia/Jakarta',
      '2026-02-28T18:00:00Z',
      ['2026-02-28T17:00:00.000Z', '2026-03-31T17:00:00.000Z'],
    ],
    [
      'the Amsterdam month clocks spring forward in',
      'MONTHLY',
      'Europe/Amsterdam',
      '2026-03-15T12:00:00Z',
      ['2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z'],
    ],
    [
      'the Amsterdam day clocks fall back on',
      'DAILY',
      'Europe/Amsterdam',
      '2026-10-25T12:00:00Z',
      ['2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    ],
    [
      'a week, from Monday',
      'WEEKLY',
      'Asia/Jakarta',
      '2026-03-19T03:00:00Z',
      ['2026-03-15T17:00:00.000Z', '2026-03-22T17:00:00.000Z'],
    ],
    [
      'a quarter',
      'QUARTERLY',
      'UTC',
      '2026-05-20T00:00:00Z',
      ['2026-04-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z'],
    ],
    [
      'a year',
      'YEARLY',
      'America/New_York',
      '2026-06-01T00:00:00Z',
      ['2026-01-01T05:00:00.000Z', '2027-01-01T05:00:00.000Z'],
    ],
  ] as const)('%s', (_case, kind, zone, moment, expected) => {
    expect(iso(periodContaining(kind, zone, new Date(moment)))).toEqual(expected);
  });

  it('makes March in Amsterdam 743 hours long', () => {
    const march = periodContaining('MONTHLY', 'Europe/Amsterdam', new Date('2026-03-15T12:00:00Z'));
    expect((march.end.getTime() - march.start.getTime()) / 3_600_000).toBe(743);
  });
});

it('earlierPeriods lists the periods before, latest first', () => {
  expect(
    earlierPeriods('MONTHLY', 'Asia/Jakarta', new Date('2026-03-10T00:00:00Z'), 2).map(iso),
  ).toEqual([
    ['2026-01-31T17:00:00.000Z', '2026-02-28T17:00:00.000Z'],
    ['2025-12-31T17:00:00.000Z', '2026-01-31T17:00:00.000Z'],
  ]);
});

it('periodsOverlapping lists every period a span touches', () => {
  expect(
    periodsOverlapping(
      'MONTHLY',
      'UTC',
      new Date('2026-01-31T23:00:00Z'),
      new Date('2026-03-01T01:00:00Z'),
    ).map((period) => period.start.toISOString()),
  ).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z']);
});
