import { randomUUID } from 'node:crypto';
import { targetBreached } from '@itsm/events';
import { RegisterSimulation, permutations } from '../../testing/register-simulation';
import { received, targetBreachedEvent } from '../../testing/event-builders';
import {
  breachesInWindow,
  breachPriority,
  directionOfUnit,
  type RecordedBreach,
  slaBreachFinding,
} from './sla-breach-rule';
import { DEFAULT_THRESHOLDS, type RuleThresholds } from './thresholds';

const thresholds: RuleThresholds = { ...DEFAULT_THRESHOLDS, breachCount: 3, breachWindowDays: 90 };
const day = (date: string) => new Date(`${date}T00:00:00Z`);

describe('breachesInWindow', () => {
  it.each([
    ['one breach alone', ['2026-01-01'], '2026-01-01', 90, 1],
    ['three within 90 days', ['2026-01-01', '2026-02-01', '2026-03-01'], '2026-02-01', 90, 3],
    ['the window ends on its last day', ['2026-01-01', '2026-04-01'], '2026-01-01', 90, 2],
    ['one day too far', ['2026-01-01', '2026-04-02'], '2026-04-02', 90, 1],
    // Windows before and after the breach: the fuller one counts.
    [
      'the fullest window holding the breach',
      ['2025-10-01', '2026-01-01', '2026-03-01', '2026-03-15'],
      '2026-01-01',
      90,
      3,
    ],
    [
      'breaches far from this one do not count',
      ['2025-01-01', '2025-02-01', '2026-06-01'],
      '2026-06-01',
      90,
      1,
    ],
  ])('counts %s', (_case, starts, at, windowDays, expected) => {
    expect(breachesInWindow(starts.map(day), day(at), windowDays)).toBe(expected);
  });
});

describe('breachPriority', () => {
  it.each([
    [1, null],
    [2, null],
    [3, 'MEDIUM'],
    [4, 'HIGH'],
    [5, 'CRITICAL'],
    [9, 'CRITICAL'],
  ])('%i breaches against a threshold of 3 give %s', (breaches, priority) => {
    expect(breachPriority(breaches, thresholds)).toBe(priority);
  });
});

it.each([
  ['PERCENT', 'HIGHER_IS_BETTER'],
  ['SCORE', 'HIGHER_IS_BETTER'],
  ['MINUTES', 'LOWER_IS_BETTER'],
  ['MILLISECONDS', 'LOWER_IS_BETTER'],
])('a measure in %s is %s', (unit, direction) => {
  expect(directionOfUnit(unit)).toBe(direction);
});

/** Breaches of one target on one service, one a month, as service-level publishes them. */
function breachesOf(months: string[], overrides: { serviceId?: string } = {}) {
  const targetId = randomUUID();
  const agreementId = randomUUID();
  const customerId = randomUUID();
  const serviceId = overrides.serviceId ?? randomUUID();
  return months.map((month, index) =>
    received(
      targetBreachedEvent({
        targetId,
        agreementId,
        customerId,
        serviceId,
        month,
        measuredValue: 99 - index / 10,
      }),
      { time: new Date(`${month}-28T12:00:00Z`) },
    ),
  );
}

type Breach = ReturnType<typeof breachesOf>[number];

/** The projection and the rule as the applying layer runs them: a breach of a period
 * already recorded is not recorded again, and the rule sees every recorded breach. */
function replay(events: Breach[], settings = thresholds) {
  const register = new RegisterSimulation();
  const recorded: RecordedBreach[] = [];
  for (const event of events) {
    const { data } = event;
    const known = recorded.some(
      (breach) =>
        breach.serviceId === data.serviceId &&
        breach.periodStart.getTime() === Date.parse(data.periodStart),
    );
    if (!known) {
      recorded.push({
        eventId: event.id,
        eventType: targetBreached.type,
        breachedAt: event.time,
        serviceId: data.serviceId,
        agreementId: data.agreementId,
        customerId: data.customerId,
        metric: data.metric,
        unit: data.unit,
        targetValue: data.targetValue,
        measuredValue: data.measuredValue,
        periodStart: new Date(data.periodStart),
        periodEnd: new Date(data.periodEnd),
        attached: false,
      });
    }
    const attached = new Set(
      [...register.initiatives.values()].flatMap((initiative) => [...initiative.triggerEventIds]),
    );
    register.apply(
      slaBreachFinding(
        data,
        recorded.map((breach) => ({ ...breach, attached: attached.has(breach.eventId) })),
        settings,
      ),
    );
  }
  return register;
}

describe('the repeated breach rule', () => {
  it('opens nothing below the threshold', () => {
    expect(replay(breachesOf(['2026-01', '2026-02'])).outcome()).toEqual([]);
  });

  it('opens nothing when the breaches are spread wider than the window', () => {
    expect(replay(breachesOf(['2026-01', '2026-05', '2026-09'])).outcome()).toEqual([]);
  });

  it('opens one initiative at the Nth breach, with every breach as a trigger', () => {
    const events = breachesOf(['2026-01', '2026-02', '2026-03']);
    const [outcome] = replay(events).outcome();
    expect(outcome).toEqual({
      ruleKey: `SLA_BREACH:target:${events[0]!.data.targetId}`,
      source: 'SLA_BREACH',
      priority: 'MEDIUM',
      baseline: events[2]!.data.measuredValue,
      serviceIds: [events[0]!.data.serviceId],
      triggers: events.map((event) => event.id).sort(),
    });
  });

  it('escalates the same initiative with each further breach, up to CRITICAL', () => {
    const events = breachesOf(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    const wide = { ...thresholds, breachWindowDays: 150 };
    expect(replay(events.slice(0, 3), wide).outcome()).toMatchObject([{ priority: 'MEDIUM' }]);
    expect(replay(events.slice(0, 4), wide).outcome()).toMatchObject([{ priority: 'HIGH' }]);
    const all = replay(events, wide).outcome();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      priority: 'CRITICAL',
      triggers: events.map((e) => e.id).sort(),
    });
  });

  it('describes the target, its agreement, customer and measure', () => {
    const events = breachesOf(['2026-01', '2026-02', '2026-03']);
    const { data } = events[2]!;
    const recorded = events.map((event) => ({
      eventId: event.id,
      eventType: event.type,
      breachedAt: event.time,
      ...event.data,
      periodStart: new Date(event.data.periodStart),
      periodEnd: new Date(event.data.periodEnd),
      attached: false,
    }));
    const finding = slaBreachFinding(data, recorded, thresholds)!;
    expect(finding.opens).toBe(true);
    expect(finding.initiative).toMatchObject({
      title: 'Repeated availability target breaches',
      source: 'SLA_BREACH',
      customerId: data.customerId,
      serviceIds: [data.serviceId],
      agreementIds: [data.agreementId],
      measure: {
        unit: 'PERCENT',
        direction: 'HIGHER_IS_BETTER',
        baseline: data.measuredValue,
        target: 99.5,
        baselineAt: events[2]!.time,
      },
    });
    expect(finding.initiative.problemStatement).toContain('breached 3 times within 90 days');
    expect(finding.evidence.map((item) => item.summary)).toEqual(
      events.map((event) =>
        expect.stringContaining(`in the period ${new Date(event.data.periodStart).toISOString()}`),
      ),
    );
  });

  it('gives the same initiative whatever order the breaches arrive in', () => {
    const events = breachesOf(['2026-01', '2026-02', '2026-03', '2026-04']);
    const inOrder = replay(events).outcome();
    expect(inOrder).toMatchObject([{ priority: 'HIGH' }]);
    for (const order of permutations(events)) {
      expect(replay(order).outcome()).toEqual(inOrder);
    }
  });

  it('joins a lone later breach to the open initiative in any order', () => {
    const events = breachesOf(['2026-01', '2026-02', '2026-03', '2026-11']);
    const inOrder = replay(events).outcome();
    expect(inOrder).toMatchObject([
      { priority: 'MEDIUM', triggers: events.map((e) => e.id).sort() },
    ]);
    for (const order of permutations(events)) {
      expect(replay(order).outcome()).toEqual(inOrder);
    }
  });

  it('ignores a redelivered breach and a second breach event of the same period', () => {
    const events = breachesOf(['2026-01', '2026-02', '2026-03']);
    const samePeriodAgain = { ...events[1]!, id: randomUUID() };
    const once = replay(events).outcome();
    expect(replay([...events, events[0]!, samePeriodAgain, events[2]!]).outcome()).toEqual(once);
  });

  it('names every service of a service-based target that breached', () => {
    const [first, second, third] = breachesOf(['2026-01', '2026-02', '2026-03']);
    const otherService = { ...third!, data: { ...third!.data, serviceId: randomUUID() } };
    const [outcome] = replay([first!, second!, otherService]).outcome();
    expect(outcome!.serviceIds).toEqual(
      [first!.data.serviceId, otherService.data.serviceId].sort(),
    );
  });
});
