import {
  availabilityStanding,
  observationStanding,
  type Observation,
  statusOf,
  type TargetTerms,
} from './attainment';
import { type CalendarRules, ROUND_THE_CLOCK, WEEKDAYS } from './business-calendar';
import { periodContaining } from './measurement-period';

const at = (iso: string) => new Date(iso);

/** Jakarta office hours; March 2026 has 22 working days less Nyepi (19th): 21 x 9 h =
 * 189 h = 11,340 service minutes. */
const OFFICE: CalendarRules = {
  timeZone: 'Asia/Jakarta',
  workingHours: WEEKDAYS.slice(0, 5).map((weekday) => ({ weekday, start: '08:00', end: '17:00' })),
  holidays: [{ date: '2026-03-19', name: 'Nyepi' }],
};
const MARCH = periodContaining('MONTHLY', 'Asia/Jakarta', at('2026-03-10T00:00:00Z'));
const AFTER_MARCH = at('2026-04-10T00:00:00Z');

/** 99% of 11,340 minutes: 113.4 minutes of downtime allowed. */
const AVAILABILITY_99: TargetTerms = {
  metric: 'AVAILABILITY',
  targetValue: 99,
  compliancePercent: null,
  warningThresholdPercent: 75,
};

const outage = (from: string, to: string | null) => ({
  startedAt: at(from),
  endedAt: to ? at(to) : null,
});

describe('availabilityStanding in March 2026, Jakarta office hours, 99%', () => {
  it.each([
    // [case, outages, asOf, downtime minutes, measured %, budget %, status]
    ['no outage', [], AFTER_MARCH, 0, 100, 0, 'MET'],
    [
      'an outage across a weekend: Fri 16:00 to Mon 09:00 is 2 service hours',
      [outage('2026-03-13T16:00+07:00', '2026-03-16T09:00+07:00')],
      AFTER_MARCH,
      120,
      98.9418, // (11340 - 120) / 11340
      105.82, // 120 / 113.4
      'BREACHED',
    ],
    [
      'an outage across Nyepi: Wed 16:30 to Fri 08:30 is one hour',
      [outage('2026-03-18T16:30+07:00', '2026-03-20T08:30+07:00')],
      AFTER_MARCH,
      60,
      99.4709,
      52.91,
      'MET',
    ],
    [
      'overlapping outages count once: 09:00-10:00 and 09:30-10:30 are 90 minutes',
      [
        outage('2026-03-02T09:00+07:00', '2026-03-02T10:00+07:00'),
        outage('2026-03-02T09:30+07:00', '2026-03-02T10:30+07:00'),
      ],
      AFTER_MARCH,
      90,
      99.2063,
      79.37,
      'AT_RISK',
    ],
    [
      'an outage still open at the end of the period counts to the period end',
      [outage('2026-03-31T16:00+07:00', null)],
      AFTER_MARCH,
      60,
      99.4709,
      52.91,
      'MET',
    ],
    [
      'an outage outside service hours costs nothing',
      [outage('2026-03-07T00:00+07:00', '2026-03-08T23:00+07:00')],
      AFTER_MARCH,
      0,
      100,
      0,
      'MET',
    ],
    [
      'mid-period, an open outage counts to the moment of evaluation',
      [outage('2026-03-02T08:00+07:00', null)],
      at('2026-03-02T09:00+07:00'),
      60,
      0, // the only service hour so far was down
      52.91,
      'MET',
    ],
  ] as const)('%s', (_case, outages, asOf, downtime, measured, consumed, status) => {
    const standing = availabilityStanding(AVAILABILITY_99, OFFICE, MARCH, outages, asOf);
    expect(standing.serviceMinutes).toBe(11_340);
    expect(standing.allowedDowntimeMinutes).toBe(113.4);
    expect(standing.downtimeMinutes).toBe(downtime);
    expect(standing.measuredValue).toBe(measured);
    expect(standing.errorBudgetConsumedPercent).toBe(consumed);
    expect(standing.status).toBe(status);
  });

  it('has no measured value before the first service hour of the period', () => {
    const standing = availabilityStanding(
      AVAILABILITY_99,
      OFFICE,
      MARCH,
      [],
      at('2026-03-01T10:00+07:00'),
    );
    expect(standing.measuredValue).toBeNull();
    expect(standing.status).toBe('MET');
  });

  it('counts the hour clocks skip in Amsterdam as no time at all', () => {
    const calendar = { ...ROUND_THE_CLOCK, timeZone: 'Europe/Amsterdam' };
    const march = periodContaining('MONTHLY', 'Europe/Amsterdam', at('2026-03-10T00:00:00Z'));
    const standing = availabilityStanding(
      { ...AVAILABILITY_99, targetValue: 99.9 },
      calendar,
      march,
      [outage('2026-03-29T01:30+01:00', '2026-03-29T03:30+02:00')],
      AFTER_MARCH,
    );
    // 743 hours of service, of which the outage took 01:30-02:00 and 03:00-03:30.
    expect(standing.serviceMinutes).toBe(743 * 60);
    expect(standing.downtimeMinutes).toBe(60);
    expect(standing.allowedDowntimeMinutes).toBe(44.58);
    expect(standing.status).toBe('BREACHED');
  });

  it('treats any downtime against a 100% target as a breach', () => {
    const standing = availabilityStanding(
      { ...AVAILABILITY_99, targetValue: 100 },
      OFFICE,
      MARCH,
      [outage('2026-03-02T09:00+07:00', '2026-03-02T09:01+07:00')],
      AFTER_MARCH,
    );
    expect(standing.errorBudgetConsumedPercent).toBe(100);
    expect(standing.status).toBe('BREACHED');
  });
});

/** 90% of P2 incidents resolved within 240 business minutes. */
const RESOLUTION_240: TargetTerms = {
  metric: 'RESOLUTION_TIME',
  targetValue: 240,
  compliancePercent: 90,
  warningThresholdPercent: 75,
};

const finals = (...values: number[]): Observation[] =>
  values.map((value) => ({ value, final: true }));

describe('observationStanding', () => {
  it.each([
    // [case, terms, observations, measured, misses, allowed, budget %, status]
    ['no observation', RESOLUTION_240, [], null, 0, 0, 0, 'MET'],
    [
      'ten on time',
      RESOLUTION_240,
      finals(10, 20, 30, 40, 50, 60, 70, 80, 90, 100),
      90,
      0,
      1,
      0,
      'MET',
    ],
    // 10 observations at 90% tolerate one miss; the budget is the miss that breaks it: 2.
    [
      'one late in ten',
      RESOLUTION_240,
      finals(10, 20, 30, 40, 50, 60, 70, 80, 90, 300),
      90,
      1,
      1,
      50,
      'MET',
    ],
    [
      'two late in ten',
      RESOLUTION_240,
      finals(10, 20, 30, 40, 50, 60, 70, 80, 250, 300),
      250,
      2,
      1,
      100,
      'BREACHED',
    ],
    [
      'one late in five: five at 90% tolerate none',
      RESOLUTION_240,
      finals(10, 20, 30, 40, 241),
      241,
      1,
      0,
      100,
      'BREACHED',
    ],
    [
      'an open ticket counts once it is already late',
      RESOLUTION_240,
      [...finals(10, 20, 30), { value: 100, final: false }, { value: 500, final: false }],
      500,
      1,
      0,
      100,
      'BREACHED',
    ],
    [
      'satisfaction: 80% of scores at 4 or more',
      {
        metric: 'CUSTOMER_SATISFACTION',
        targetValue: 4,
        compliancePercent: 80,
        warningThresholdPercent: 50,
      },
      finals(5, 4, 4, 3, 5, 4, 5, 4, 5, 4),
      4,
      1,
      2,
      33.33,
      'MET',
    ],
    [
      'performance: 95% of samples within 800 ms, warning at 40%',
      {
        metric: 'PERFORMANCE',
        targetValue: 800,
        compliancePercent: 95,
        warningThresholdPercent: 40,
      },
      finals(...Array.from({ length: 38 }, () => 300), 900, 950),
      300,
      2,
      2,
      66.67,
      'AT_RISK',
    ],
  ] as const)('%s', (_case, terms, observations, measured, misses, allowed, consumed, status) => {
    const standing = observationStanding(terms, observations);
    expect(standing.measuredValue).toBe(measured);
    expect(standing.misses).toBe(misses);
    expect(standing.allowedMisses).toBe(allowed);
    expect(standing.errorBudgetConsumedPercent).toBe(consumed);
    expect(standing.status).toBe(status);
  });
});

describe('statusOf', () => {
  it.each([
    [0, 75, 'MET'],
    [74.99, 75, 'MET'],
    [75, 75, 'AT_RISK'],
    [99.99, 75, 'AT_RISK'],
    [100, 75, 'BREACHED'],
    [50, 50, 'AT_RISK'],
  ] as const)('%d%% consumed with a warning at %d%% is %s', (consumed, warning, status) => {
    expect(statusOf(consumed, warning)).toBe(status);
  });
});
