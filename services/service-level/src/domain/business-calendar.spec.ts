import { parseInput, ValidationError } from '@itsm/platform';
import {
  addServiceTime,
  type CalendarRules,
  defineCalendarSchema,
  isServiceTime,
  nextServiceMoment,
  ROUND_THE_CLOCK,
  serviceSpans,
  serviceTimeBetween,
  serviceTimeWithin,
  WEEKDAYS,
} from './business-calendar';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

const weekdays = (start: string, end: string) =>
  WEEKDAYS.slice(0, 5).map((weekday) => ({ weekday, start, end }));

/** Office hours in Jakarta (UTC+7 all year), with Nyepi on Thursday 2026-03-19. */
const JAKARTA_OFFICE: CalendarRules = {
  timeZone: 'Asia/Jakarta',
  workingHours: weekdays('08:00', '17:00'),
  holidays: [{ date: '2026-03-19', name: 'Nyepi' }],
};

/** Round the clock in Amsterdam, where clocks skip 02:00-03:00 on 2026-03-29 and repeat
 * 02:00-03:00 on 2026-10-25. */
const AMSTERDAM_24x7: CalendarRules = { ...ROUND_THE_CLOCK, timeZone: 'Europe/Amsterdam' };

/** Office hours in New York, whose clocks move on Sunday 2026-03-08 and 2026-11-01, plus a
 * Sunday shift that straddles the change. */
const NEW_YORK: CalendarRules = {
  timeZone: 'America/New_York',
  workingHours: [
    ...weekdays('09:00', '17:00'),
    { weekday: 'SUNDAY', start: '00:00', end: '06:00' },
  ],
  holidays: [],
};

describe('serviceTimeBetween: how much of a window falls inside service hours', () => {
  it.each([
    // [case, calendar, from, to, hours]
    [
      'a window inside one working day',
      JAKARTA_OFFICE,
      '2026-03-16T09:00+07:00',
      '2026-03-16T12:30+07:00',
      3.5,
    ],
    [
      'a window starting before opening',
      JAKARTA_OFFICE,
      '2026-03-16T06:00+07:00',
      '2026-03-16T09:00+07:00',
      1,
    ],
    [
      'a window in the night',
      JAKARTA_OFFICE,
      '2026-03-16T18:00+07:00',
      '2026-03-17T07:59+07:00',
      0,
    ],
    [
      'an outage across a weekend',
      JAKARTA_OFFICE,
      '2026-03-13T16:00+07:00',
      '2026-03-16T10:00+07:00',
      3,
    ],
    [
      'an outage across a holiday',
      JAKARTA_OFFICE,
      '2026-03-18T16:00+07:00',
      '2026-03-20T09:00+07:00',
      2,
    ],
    [
      'a whole working week with a holiday',
      JAKARTA_OFFICE,
      '2026-03-16T00:00+07:00',
      '2026-03-23T00:00+07:00',
      36,
    ],
    [
      'the day clocks spring forward (23 h)',
      AMSTERDAM_24x7,
      '2026-03-29T00:00+01:00',
      '2026-03-30T00:00+02:00',
      23,
    ],
    [
      'the day clocks fall back (25 h)',
      AMSTERDAM_24x7,
      '2026-10-25T00:00+02:00',
      '2026-10-26T00:00+01:00',
      25,
    ],
    [
      'an outage across the spring change',
      AMSTERDAM_24x7,
      '2026-03-28T22:00+01:00',
      '2026-03-29T04:00+02:00',
      5,
    ],
    [
      'an outage across the autumn change',
      AMSTERDAM_24x7,
      '2026-10-24T22:00+02:00',
      '2026-10-25T04:00+01:00',
      7,
    ],
    [
      'a Sunday shift across the spring change',
      NEW_YORK,
      '2026-03-08T00:00-05:00',
      '2026-03-08T12:00-04:00',
      5,
    ],
    [
      'a Sunday shift across the autumn change',
      NEW_YORK,
      '2026-11-01T00:00-04:00',
      '2026-11-01T12:00-05:00',
      7,
    ],
    [
      'working hours after the spring change keep their wall clock',
      NEW_YORK,
      '2026-03-09T00:00-04:00',
      '2026-03-10T00:00-04:00',
      8,
    ],
    ['an empty window', JAKARTA_OFFICE, '2026-03-16T10:00+07:00', '2026-03-16T10:00+07:00', 0],
    ['a reversed window', JAKARTA_OFFICE, '2026-03-16T12:00+07:00', '2026-03-16T10:00+07:00', 0],
  ] as const)('%s', (_case, calendar, from, to, hours) => {
    expect(serviceTimeBetween(calendar, at(from), at(to))).toBe(hours * HOUR);
  });

  it('lays the New York Monday out at 09:00 local both sides of the change', () => {
    const spans = serviceSpans(
      NEW_YORK,
      at('2026-03-06T00:00-05:00'),
      at('2026-03-10T00:00-04:00'),
    );
    expect(spans.map((span) => new Date(span.start).toISOString())).toEqual([
      '2026-03-06T14:00:00.000Z', // Friday 09:00 EST
      '2026-03-08T05:00:00.000Z', // Sunday 00:00 EST
      '2026-03-09T13:00:00.000Z', // Monday 09:00 EDT
    ]);
    // The Sunday shift 00:00-06:00 lasts five hours: 02:00-03:00 does not exist.
    expect(spans[1]!.end - spans[1]!.start).toBe(5 * HOUR);
  });
});

describe('serviceTimeWithin: overlapping spans count once', () => {
  it.each([
    [
      'two overlapping outages',
      [
        ['09:00', '11:00'],
        ['10:00', '12:00'],
      ],
      3,
    ],
    [
      'one outage inside another',
      [
        ['09:00', '13:00'],
        ['10:00', '11:00'],
      ],
      4,
    ],
    [
      'touching outages',
      [
        ['09:00', '10:00'],
        ['10:00', '11:30'],
      ],
      2.5,
    ],
    [
      'disjoint outages, one after closing',
      [
        ['09:00', '10:00'],
        ['16:30', '19:00'],
      ],
      1.5,
    ],
  ] as const)('%s', (_case, outages, hours) => {
    const spans = outages.map(([from, to]) => ({
      start: at(`2026-03-16T${from}+07:00`).getTime(),
      end: at(`2026-03-16T${to}+07:00`).getTime(),
    }));
    const day = [at('2026-03-16T00:00+07:00'), at('2026-03-17T00:00+07:00')] as const;
    expect(serviceTimeWithin(JAKARTA_OFFICE, spans, ...day)).toBe(hours * HOUR);
  });
});

describe('addServiceTime: when a business duration runs out', () => {
  it.each([
    [
      'within the day',
      JAKARTA_OFFICE,
      '2026-03-16T09:00+07:00',
      2 * HOUR,
      '2026-03-16T11:00+07:00',
    ],
    [
      'over the night',
      JAKARTA_OFFICE,
      '2026-03-16T16:00+07:00',
      2 * HOUR,
      '2026-03-17T09:00+07:00',
    ],
    [
      'from the night',
      JAKARTA_OFFICE,
      '2026-03-16T21:00+07:00',
      30 * MINUTE,
      '2026-03-17T08:30+07:00',
    ],
    [
      'over a weekend',
      JAKARTA_OFFICE,
      '2026-03-13T15:00+07:00',
      8 * HOUR,
      '2026-03-16T14:00+07:00',
    ],
    [
      'over a holiday',
      JAKARTA_OFFICE,
      '2026-03-18T16:00+07:00',
      2 * HOUR,
      '2026-03-20T09:00+07:00',
    ],
    [
      'to the closing minute',
      JAKARTA_OFFICE,
      '2026-03-16T08:00+07:00',
      9 * HOUR,
      '2026-03-16T17:00+07:00',
    ],
    [
      'over the spring change',
      AMSTERDAM_24x7,
      '2026-03-29T01:00+01:00',
      2 * HOUR,
      '2026-03-29T04:00+02:00',
    ],
    [
      'over the autumn change',
      AMSTERDAM_24x7,
      '2026-10-25T01:00+02:00',
      3 * HOUR,
      '2026-10-25T03:00+01:00',
    ],
  ] as const)('%s', (_case, calendar, from, amount, expected) => {
    expect(addServiceTime(calendar, at(from), amount)).toEqual(at(expected));
    expect(serviceTimeBetween(calendar, at(from), at(expected))).toBe(amount);
  });
});

describe('service hours at a moment', () => {
  it.each([
    ['Monday 08:00, the opening minute', '2026-03-16T08:00+07:00', true, '2026-03-16T08:00+07:00'],
    ['Monday 17:00, the closing minute', '2026-03-16T17:00+07:00', false, '2026-03-17T08:00+07:00'],
    ['a Saturday', '2026-03-14T10:00+07:00', false, '2026-03-16T08:00+07:00'],
    ['the holiday', '2026-03-19T10:00+07:00', false, '2026-03-20T08:00+07:00'],
  ] as const)('%s', (_case, moment, inside, next) => {
    expect(isServiceTime(JAKARTA_OFFICE, at(moment))).toBe(inside);
    expect(nextServiceMoment(JAKARTA_OFFICE, at(moment))).toEqual(at(next));
  });
});

describe('defineCalendarSchema', () => {
  const office = {
    name: 'Jakarta office',
    timeZone: 'Asia/Jakarta',
    workingHours: weekdays('08:00', '17:00'),
    holidays: [{ date: '2026-03-19', name: 'Nyepi' }],
  };

  function faultyField(input: unknown): string | undefined {
    try {
      parseInput(defineCalendarSchema, input);
    } catch (error) {
      if (error instanceof ValidationError) return error.extensions.field as string;
      throw error;
    }
    return undefined;
  }

  it.each([
    ['office hours', office],
    [
      'hours to the end of the day',
      { ...office, workingHours: [{ weekday: 'SUNDAY', start: '00:00', end: '24:00' }] },
    ],
    [
      'a split shift',
      {
        ...office,
        workingHours: [
          { weekday: 'MONDAY', start: '08:00', end: '12:00' },
          { weekday: 'MONDAY', start: '13:00', end: '17:00' },
        ],
      },
    ],
  ])('accepts %s', (_case, input) => {
    expect(faultyField(input)).toBeUndefined();
  });

  it.each([
    ['an empty name', { ...office, name: ' ' }, 'input.name'],
    ['an unknown time zone', { ...office, timeZone: 'Mars/Olympus' }, 'input.timeZone'],
    ['an offset instead of a zone', { ...office, timeZone: '+07:00' }, 'input.timeZone'],
    ['no service hours', { ...office, workingHours: [] }, 'input.workingHours'],
    [
      'an unknown weekday',
      { ...office, workingHours: [{ weekday: 'FUNDAY', start: '08:00', end: '17:00' }] },
      'input.workingHours.0.weekday',
    ],
    [
      'a start of 25:00',
      { ...office, workingHours: [{ weekday: 'MONDAY', start: '25:00', end: '26:00' }] },
      'input.workingHours.0.start',
    ],
    [
      'an end before the start',
      { ...office, workingHours: [{ weekday: 'MONDAY', start: '17:00', end: '08:00' }] },
      'input.workingHours.0.end',
    ],
    [
      'overlapping hours on a day',
      {
        ...office,
        workingHours: [
          { weekday: 'MONDAY', start: '08:00', end: '12:00' },
          { weekday: 'MONDAY', start: '11:00', end: '17:00' },
        ],
      },
      'input.workingHours.1',
    ],
    [
      'an impossible holiday',
      { ...office, holidays: [{ date: '2026-02-30', name: 'x' }] },
      'input.holidays.0.date',
    ],
    [
      'a holiday twice',
      { ...office, holidays: [office.holidays[0], office.holidays[0]] },
      'input.holidays',
    ],
    [
      'a holiday without a name',
      { ...office, holidays: [{ date: '2026-03-19', name: '' }] },
      'input.holidays.0.name',
    ],
  ])('rejects %s, naming the field', (_case, input, field) => {
    expect(faultyField(input)).toBe(field);
  });
});
