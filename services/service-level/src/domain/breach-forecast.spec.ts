import type { Observation, TargetTerms } from './attainment';
import {
  binomialTail,
  compoundPoissonExponentialTail,
  forecastAvailability,
  forecastObservations,
  recentWindow,
} from './breach-forecast';
import { ROUND_THE_CLOCK } from './business-calendar';

/**
 * Every case runs round the clock in UTC, in June 2026 (30 days, 43,200 minutes), as of
 * Tuesday 16 June 00:00: 15 days (21,600 minutes, 360 hours) are left. The window is the
 * 30 days before: 17 May to 16 June, 720 hours.
 */
const june = { start: new Date('2026-06-01T00:00:00Z'), end: new Date('2026-07-01T00:00:00Z') };
const now = new Date('2026-06-16T00:00:00Z');
const window = recentWindow(now, 30);

/** 99.5% of 43,200 minutes: 216 minutes of downtime allowed. */
const availability: TargetTerms = {
  metric: 'AVAILABILITY',
  targetValue: 99.5,
  compliancePercent: null,
  warningThresholdPercent: 75,
};

const outage = (start: string, minutes: number) => ({
  startedAt: new Date(start),
  endedAt: new Date(new Date(start).getTime() + minutes * 60_000),
});

/*
 * Poisson(n; m) = e^-m m^n / n!, and the Erlang tail Q_n(x) = e^-x Σk<n x^k / k!: the chance
 * that n outages of mean 1 last more than x in total. By hand, to six places:
 *   x = 1: Q1 .367879, Q2 .735759, Q3 .919699, Q4 .981012, Q5 .996340, Q6 .999406, Q7 .999917
 *   x = 2: Q1 .135335, Q2 .406006, Q3 .676676, Q4 .857123, Q5 .947347, Q6 .983436,
 *          Q7 .995466, Q8 .998903, Q9 .999763, Q10 .999954
 */
describe('compound Poisson tail', () => {
  it('m = 0.5, x = 1: .303265·Q1 + .075816·Q2 + .012636·Q3 + .001580·Q4 + .000158·Q5 + … = .1807', () => {
    expect(compoundPoissonExponentialTail(0.5, 1)).toBeCloseTo(0.1807, 4);
  });

  it('m = 1, x = 2: .367879·Q1 + .183940·Q2 + .061313·Q3 + .015328·Q4 + .003066·Q5 + … = .1826', () => {
    expect(compoundPoissonExponentialTail(1, 2)).toBeCloseTo(0.1826, 4);
  });

  it('m = 4, x = 2: .073263·Q1 + .146525·Q2 + .195367·Q3 + .195367·Q4 + .156294·Q5 + … = .7300', () => {
    // Products .009915 .059490 .132200 .167453 .148064 .102470 .059270 .029738 .013228
    // .005292 .001924 .000642 and .000274 beyond: .7300.
    expect(compoundPoissonExponentialTail(4, 2)).toBeCloseTo(0.73, 4);
  });

  it('is 0 without outages expected', () => {
    expect(compoundPoissonExponentialTail(0, 1)).toBe(0);
  });
});

describe('binomial tail', () => {
  it('P(Y ≥ 2), Y ~ B(10, 0.2) = 1 - 0.8^10 - 10 · 0.2 · 0.8^9 = 1 - .107374 - .268435 = .624190', () => {
    expect(binomialTail(10, 0.2, 2)).toBeCloseTo(0.62419, 5);
  });

  it('is 1 for at least none and 0 for more than the trials', () => {
    expect(binomialTail(10, 0.2, 0)).toBe(1);
    expect(binomialTail(10, 0.2, 11)).toBe(0);
  });
});

describe('availability forecast', () => {
  it('one 108-minute outage: half the budget used, 18% chance of breaching, no breach expected', () => {
    // Rate 1 per 720 h, so m = 360 h / 720 h = 0.5 outages expected; mean 108 min; budget
    // left 216 - 108 = 108 min, x = 1: P = .1807. The window's downtime, 108 min per
    // 43,200 service minutes, would take 43,200 minutes to use 108 more: after the period.
    const forecast = forecastAvailability(
      availability,
      ROUND_THE_CLOCK,
      june,
      window,
      [outage('2026-06-10T10:00:00Z', 108)],
      now,
    );
    expect(forecast.inputs).toMatchObject({
      observed: 1,
      outagesPerServiceHour: Number((1 / 720).toFixed(6)),
      meanOutageMinutes: 108,
      remainingServiceMinutes: 21_600,
      remainingBudget: 108,
      expectedOccurrences: 0.5,
    });
    expect(forecast.probability).toBeCloseTo(0.1807, 4);
    expect(forecast.expectedBreachAt).toBeNull();
  });

  it('four 54-minute outages, three in June: 61% chance, breach expected on 23 June at noon', () => {
    // m = 4 × 360 / 720 = 2; budget left 216 - 162 = 54 min = one mean outage, x = 1:
    // P = Σ Poisson(n; 2) Q_n(1) = .270671·.367879 + .270671·.735759 + .180447·.919699 +
    // .090224·.981012 + .036089·.996340 + .012030·.999406 + .003437 + .000859 + .000191 +
    // .000046 = .6057. The window lost 216 min in 43,200: 54 more take 10,800 minutes,
    // 180 hours after 16 June 00:00.
    const forecast = forecastAvailability(
      availability,
      ROUND_THE_CLOCK,
      june,
      window,
      [
        outage('2026-05-20T10:00:00Z', 54),
        outage('2026-06-02T10:00:00Z', 54),
        outage('2026-06-05T10:00:00Z', 54),
        outage('2026-06-09T10:00:00Z', 54),
      ],
      now,
    );
    expect(forecast.inputs.remainingBudget).toBe(54);
    expect(forecast.inputs.expectedOccurrences).toBe(2);
    expect(forecast.probability).toBeCloseTo(0.6057, 4);
    expect(forecast.expectedBreachAt).toEqual(new Date('2026-06-23T12:00:00Z'));
  });

  it('leaves out outages before the window and outside service hours', () => {
    // The April outage is before the window; weekdays 08:00-17:00 leave the Saturday one
    // out. No outage counts, so nothing is expected.
    const weekdays = {
      timeZone: 'UTC',
      workingHours: (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const).map(
        (weekday) => ({ weekday, start: '08:00', end: '17:00' }),
      ),
      holidays: [],
    };
    const forecast = forecastAvailability(
      availability,
      weekdays,
      june,
      window,
      [outage('2026-04-20T10:00:00Z', 300), outage('2026-06-06T10:00:00Z', 300)],
      now,
    );
    expect(forecast.inputs.observed).toBe(0);
    expect(forecast.probability).toBe(0);
    expect(forecast.expectedBreachAt).toBeNull();
  });

  it('is certain once the budget is used up', () => {
    const forecast = forecastAvailability(
      availability,
      ROUND_THE_CLOCK,
      june,
      window,
      [outage('2026-06-10T10:00:00Z', 216)],
      now,
    );
    expect(forecast.inputs.remainingBudget).toBe(0);
    expect(forecast.probability).toBe(1);
  });
});

describe('observation forecast', () => {
  /** 90% of P1 tickets resolved within 240 business minutes. */
  const resolution: TargetTerms = {
    metric: 'RESOLUTION_TIME',
    targetValue: 240,
    compliancePercent: 90,
    warningThresholdPercent: 75,
  };
  const tickets = (met: number, missed: number): Observation[] => [
    ...Array.from({ length: met }, () => ({ value: 100, final: true })),
    ...Array.from({ length: missed }, () => ({ value: 300, final: true })),
  ];

  it('a 20% miss rate against 10% tolerated: 62% chance, breach expected on 23 June at noon', () => {
    // June so far: 10 tickets, 1 late; 10 - ceil(9) = 1 may miss, so half the budget is
    // used. The window: 20 tickets in 30 days (2/3 a day), 4 late (q = 0.2). 15 days left:
    // 10 more tickets, 20 in all, of which 20 - ceil(18) = 2 may miss: one more miss is
    // tolerated, so the period breaks with 2 or more: P(B(10, 0.2) ≥ 2) = .624190.
    // Expected breach: after j more tickets, 1 + 0.2 j misses reach allowed(10 + j) + 1 = 2
    // first at j = 5 (allowed(15) = 15 - ceil(13.5) = 1), 5 × 1.5 days after now.
    const forecast = forecastObservations(
      resolution,
      june,
      window,
      tickets(9, 1),
      tickets(16, 4),
      now,
    );
    expect(forecast.inputs).toMatchObject({
      observed: 20,
      observedMisses: 4,
      missProportion: 0.2,
      observationsPerDay: 0.6667,
      pendingObservations: 0,
      remainingDays: 15,
      remainingBudget: 1,
      expectedOccurrences: 10,
    });
    expect(forecast.probability).toBeCloseTo(0.6242, 4);
    expect(forecast.expectedBreachAt).toEqual(new Date('2026-06-23T12:00:00Z'));
  });

  it('counts open tickets not yet late as arriving now', () => {
    // Two open tickets at 100 minutes, not late yet, join the 10 expected: 10 + 12 = 22 in
    // all, allowed(22) = 22 - ceil(19.8) = 2, so the budget left is 2 - 1 = 1 and
    // P(B(12, 0.2) ≥ 2) = 1 - 0.8^12 - 12 · 0.2 · 0.8^11 = 1 - .068719 - .206158 = .725123.
    const forecast = forecastObservations(
      resolution,
      june,
      window,
      [...tickets(9, 1), { value: 100, final: false }, { value: 100, final: false }],
      tickets(16, 4),
      now,
    );
    expect(forecast.inputs.pendingObservations).toBe(2);
    expect(forecast.inputs.expectedOccurrences).toBe(12);
    expect(forecast.probability).toBeCloseTo(0.7251, 4);
  });

  it('expects no breach without misses in the window', () => {
    const forecast = forecastObservations(
      resolution,
      june,
      window,
      tickets(10, 0),
      tickets(20, 0),
      now,
    );
    expect(forecast.probability).toBe(0);
    expect(forecast.expectedBreachAt).toBeNull();
  });
});
