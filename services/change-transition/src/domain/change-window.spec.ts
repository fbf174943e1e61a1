import { blackoutsHit, conflictsAmong, overlaps, type Window } from './change-window';
import { scheduleChangeSchema } from './schedule';

const window = (start: string, end: string): Window => ({
  start: new Date(start),
  end: new Date(end),
});

describe('overlaps', () => {
  it.each([
    ['the same window', ['10:00Z', '12:00Z'], ['10:00Z', '12:00Z'], true],
    ['one inside the other', ['10:00Z', '12:00Z'], ['10:30Z', '11:00Z'], true],
    ['a partial overlap', ['10:00Z', '12:00Z'], ['11:59Z', '13:00Z'], true],
    ['windows that touch', ['10:00Z', '12:00Z'], ['12:00Z', '13:00Z'], false],
    ['windows that touch, the other way round', ['12:00Z', '13:00Z'], ['10:00Z', '12:00Z'], false],
    ['disjoint windows', ['10:00Z', '11:00Z'], ['12:00Z', '13:00Z'], false],
    // 17:00 in Jakarta is 10:00 UTC: these touch, though their wall clocks differ.
    ['touching across time zones', ['08:00+07:00', '17:00+07:00'], ['10:00Z', '11:00Z'], false],
    // 16:00 in Jakarta is 09:00 UTC, and 04:30 in New York (EDT) is 08:30 UTC.
    [
      'overlapping across time zones',
      ['10:00+07:00', '16:00+07:00'],
      ['04:30-04:00', '07:00-04:00'],
      true,
    ],
    // 18:00 in New York is 07:00 in Jakarta the next day: far apart by the wall clock only.
    [
      'apart in wall clock, the same instants',
      ['18:00-04:00', '19:00-04:00'],
      ['22:00Z', '23:00Z'],
      true,
    ],
  ])('%s: %s', (_case, [aStart, aEnd], [bStart, bEnd], expected) => {
    const day = '2026-06-15T';
    const a = window(day + aStart, day + aEnd);
    const b = window(day + bStart, day + bEnd);
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('blackoutsHit', () => {
  const SERVICE_A = 'a';
  const SERVICE_B = 'b';
  const blackout = (id: string, serviceId: string | null, startsAt: string, endsAt: string) => ({
    id,
    serviceId,
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
  });
  const blackouts = [
    blackout('global', null, '2026-12-24T00:00Z', '2026-12-27T00:00Z'),
    blackout('a-only', SERVICE_A, '2026-12-01T00:00Z', '2026-12-02T00:00Z'),
    // Month-end close in Jakarta: 1 January 00:00 local is 31 December 17:00 UTC.
    blackout('b-close', SERVICE_B, '2026-12-31T00:00+07:00', '2027-01-01T00:00+07:00'),
  ];

  it.each([
    [
      'a global blackout hits every service',
      ['2026-12-25T10:00Z', '2026-12-25T11:00Z'],
      [SERVICE_B],
      ['global'],
    ],
    [
      'a service blackout hits its service',
      ['2026-12-01T10:00Z', '2026-12-01T11:00Z'],
      [SERVICE_A],
      ['a-only'],
    ],
    [
      'a service blackout spares other services',
      ['2026-12-01T10:00Z', '2026-12-01T11:00Z'],
      [SERVICE_B],
      [],
    ],
    [
      'any affected service counts',
      ['2026-12-01T10:00Z', '2026-12-01T11:00Z'],
      [SERVICE_B, SERVICE_A],
      ['a-only'],
    ],
    [
      'a window ending as a blackout starts',
      ['2026-12-23T22:00Z', '2026-12-24T00:00Z'],
      [SERVICE_A],
      [],
    ],
    [
      'a window starting as a blackout ends',
      ['2026-12-27T00:00Z', '2026-12-27T02:00Z'],
      [SERVICE_A],
      [],
    ],
    [
      'a window spanning two blackouts',
      ['2026-11-30T00:00Z', '2026-12-25T00:00Z'],
      [SERVICE_A],
      ['global', 'a-only'],
    ],
    [
      'a window just after a blackout in its own zone',
      ['2026-12-31T17:00Z', '2026-12-31T19:00Z'],
      [SERVICE_B],
      [],
    ],
    [
      'a window just before it ends, written in UTC',
      ['2026-12-31T16:00Z', '2026-12-31T17:00Z'],
      [SERVICE_B],
      ['b-close'],
    ],
  ])('%s', (_case, [start, end], serviceIds, hit) => {
    const found = blackoutsHit(window(start!, end!), serviceIds, blackouts);
    expect(found.map(({ id }) => id)).toEqual(hit);
  });
});

describe('conflictsAmong', () => {
  const change = (id: string, serviceIds: string[], start: string, end: string) => ({
    id,
    serviceIds,
    ...window(start, end),
  });

  it('reports two changes on one service whose windows overlap, with the overlap', () => {
    const conflicts = conflictsAmong([
      change('late', ['s1'], '2026-06-15T11:00Z', '2026-06-15T13:00Z'),
      change('early', ['s1', 's2'], '2026-06-15T10:00Z', '2026-06-15T12:00Z'),
    ]);
    expect(conflicts).toEqual([
      {
        serviceId: 's1',
        changeRequestIds: ['early', 'late'],
        overlap: window('2026-06-15T11:00Z', '2026-06-15T12:00Z'),
      },
    ]);
  });

  it('reports one conflict per shared service', () => {
    const conflicts = conflictsAmong([
      change('x', ['s1', 's2', 's3'], '2026-06-15T10:00Z', '2026-06-15T12:00Z'),
      change('y', ['s2', 's1'], '2026-06-15T10:00Z', '2026-06-15T11:00Z'),
    ]);
    expect(
      conflicts.map(({ serviceId, changeRequestIds }) => [serviceId, changeRequestIds]),
    ).toEqual([
      ['s1', ['x', 'y']],
      ['s2', ['x', 'y']],
    ]);
  });

  it.each([
    ['windows that touch', ['s1'], '2026-06-15T12:00Z', '2026-06-15T13:00Z'],
    ['windows that touch across zones', ['s1'], '2026-06-15T19:00+07:00', '2026-06-15T20:00+07:00'],
    ['overlapping windows on different services', ['s2'], '2026-06-15T11:00Z', '2026-06-15T13:00Z'],
  ])('finds none for %s', (_case, serviceIds, start, end) => {
    expect(
      conflictsAmong([
        change('x', ['s1'], '2026-06-15T10:00Z', '2026-06-15T12:00Z'),
        change('y', serviceIds, start, end),
      ]),
    ).toEqual([]);
  });

  it('finds a long change overlapping later ones past a short one in between', () => {
    const conflicts = conflictsAmong([
      change('long', ['s1'], '2026-06-15T08:00Z', '2026-06-15T18:00Z'),
      change('short', ['s2'], '2026-06-15T09:00Z', '2026-06-15T09:30Z'),
      change('later', ['s1'], '2026-06-15T17:00Z', '2026-06-15T19:00Z'),
    ]);
    expect(conflicts.map(({ changeRequestIds }) => changeRequestIds)).toEqual([['long', 'later']]);
  });
});

describe('scheduleChangeSchema', () => {
  it('accepts an end later as an instant, whatever the offsets', () => {
    const parsed = scheduleChangeSchema.safeParse({
      plannedStart: new Date('2026-06-15T23:00+07:00'),
      plannedEnd: new Date('2026-06-15T17:00Z'),
    });
    expect(parsed.success).toBe(true);
  });

  // Berlin moves from +01:00 to +02:00 at 02:00 on 29 March 2026: 03:30+02:00 is 01:30 UTC,
  // before 02:45+01:00 (01:45 UTC), though its wall clock reads later.
  it('refuses an end that reads later on the wall clock but comes earlier', () => {
    const parsed = scheduleChangeSchema.safeParse({
      plannedStart: new Date('2026-03-29T02:45+01:00'),
      plannedEnd: new Date('2026-03-29T03:30+02:00'),
    });
    expect(parsed.error?.issues[0]?.path).toEqual(['plannedEnd']);
  });

  it.each([
    [
      'an end equal to the start',
      '2026-06-15T10:00Z',
      '2026-06-15T10:00Z',
      'must be after plannedStart',
    ],
    [
      'an end before the start',
      '2026-06-15T10:00Z',
      '2026-06-15T09:00Z',
      'must be after plannedStart',
    ],
    [
      'a window over 31 days',
      '2026-06-01T00:00Z',
      '2026-07-02T00:00:01Z',
      'must be at most 31 days after plannedStart',
    ],
  ])('refuses %s on plannedEnd', (_case, start, end, message) => {
    const parsed = scheduleChangeSchema.safeParse({
      plannedStart: new Date(start),
      plannedEnd: new Date(end),
    });
    expect(parsed.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['plannedEnd', message],
    ]);
  });
});
