import type { EventData, targetBreached } from '@itsm/events';
import type { MeasureDirection, Priority } from '../improvement-initiative';
import { type Evidence, RULE_DEFAULTS, type RuleFinding } from './rule-decision';
import type { RuleThresholds } from './thresholds';

export type TargetStandingData = EventData<typeof targetBreached>;

/** A breach of the target as the projections hold it: one per service and period. */
export interface RecordedBreach {
  eventId: string;
  eventType: string;
  breachedAt: Date;
  serviceId: string;
  agreementId: string;
  customerId: string | null;
  metric: string;
  unit: string;
  targetValue: number;
  measuredValue: number | null;
  periodStart: Date;
  periodEnd: Date;
  /** Already evidence of an earlier initiative for this target. */
  attached: boolean;
}

const DAY_MS = 86_400_000;

/** Times and durations go down to be better; shares and scores go up. */
export function directionOfUnit(unit: string): MeasureDirection {
  return unit === 'MINUTES' || unit === 'MILLISECONDS' ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER';
}

export const slaBreachRuleKey = (targetId: string) => `SLA_BREACH:target:${targetId}`;

/** The most breaches that one window of the given length holds together with the one at
 * `at`. A window anchored on each breach is enough to find the fullest. */
export function breachesInWindow(periodStarts: Date[], at: Date, windowDays: number): number {
  const window = windowDays * DAY_MS;
  const times = periodStarts.map((start) => start.getTime()).sort((a, b) => a - b);
  let most = 0;
  for (const start of times) {
    if (start > at.getTime() || at.getTime() - start > window) continue;
    most = Math.max(most, times.filter((time) => time >= start && time - start <= window).length);
  }
  return most;
}

/** N breaches open at MEDIUM; each further one in the window raises the priority a step. */
export function breachPriority(breaches: number, thresholds: RuleThresholds): Priority | null {
  const beyond = breaches - thresholds.breachCount;
  if (beyond < 0) return null;
  return (['MEDIUM', 'HIGH', 'CRITICAL'] as const)[Math.min(beyond, 2)]!;
}

export function breachSummary(breach: RecordedBreach): string {
  const measured =
    breach.measuredValue === null ? 'no measurement' : `${breach.measuredValue} ${breach.unit}`;
  return (
    `${breach.metric} target ${breach.targetValue} ${breach.unit} breached on service ` +
    `${breach.serviceId}: ${measured} in the period ${breach.periodStart.toISOString()} to ` +
    `${breach.periodEnd.toISOString()}`
  );
}

function evidenceOf(breach: RecordedBreach): Evidence {
  return {
    eventId: breach.eventId,
    eventType: breach.eventType,
    occurredAt: breach.breachedAt,
    summary: breachSummary(breach),
  };
}

/**
 * The repeated-breach rule: when a target has been breached `breachCount` times within a
 * window, one initiative is opened for the target, holding every breach of it that no
 * earlier initiative explains. Each further breach joins it and may escalate it, so N
 * breaches make one initiative, not N. `breaches` are all the recorded breaches of the
 * target, the one at hand included.
 */
export function slaBreachFinding(
  standing: TargetStandingData,
  breaches: RecordedBreach[],
  thresholds: RuleThresholds,
): RuleFinding | null {
  const current = breaches.find(
    (breach) =>
      breach.serviceId === standing.serviceId &&
      breach.periodStart.getTime() === Date.parse(standing.periodStart),
  );
  if (!current) return null;
  const inWindow = breachesInWindow(
    breaches.map((breach) => breach.periodStart),
    current.periodStart,
    thresholds.breachWindowDays,
  );
  const priority = breachPriority(inWindow, thresholds);
  const unexplained = breaches
    .filter((breach) => !breach.attached)
    .sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime());
  const latest = breaches.reduce((newest, breach) =>
    breach.breachedAt > newest.breachedAt ? breach : newest,
  );
  const metric = standing.metric.toLowerCase().replace('_', ' ');
  return {
    opens: priority !== null,
    evidence: unexplained.map(evidenceOf),
    initiative: {
      ...RULE_DEFAULTS,
      title: `Repeated ${metric} target breaches`,
      problemStatement:
        `The ${metric} target ${standing.targetId} of agreement ${standing.agreementId} was ` +
        `breached ${inWindow} times within ${thresholds.breachWindowDays} days. The triggers ` +
        `list each breach.`,
      source: 'SLA_BREACH',
      priority: priority ?? 'LOW',
      customerId: standing.customerId,
      serviceIds: [...new Set(unexplained.map((breach) => breach.serviceId))].sort(),
      agreementIds: [standing.agreementId],
      measure:
        latest.measuredValue === null
          ? null
          : {
              name: `${standing.metric} of target ${standing.targetId}`,
              unit: standing.unit,
              direction: directionOfUnit(standing.unit),
              baseline: latest.measuredValue,
              target: latest.targetValue,
              baselineAt: latest.breachedAt,
            },
      ruleKey: slaBreachRuleKey(standing.targetId),
    },
  };
}
