import { MEASUREMENT_UNITS, TARGET_METRICS, TARGET_STATUSES } from '@itsm/events/contracts';
import {
  type CalendarRules,
  mergeSpans,
  serviceTimeBetween,
  serviceTimeWithin,
  type Span,
} from './business-calendar';
import type { Period } from './measurement-period';

export type TargetMetric = (typeof TARGET_METRICS)[number];
export type TargetStatus = (typeof TARGET_STATUSES)[number];
export type MeasurementUnit = (typeof MEASUREMENT_UNITS)[number];

export const UNIT_OF: Record<TargetMetric, MeasurementUnit> = {
  AVAILABILITY: 'PERCENT',
  RESPONSE_TIME: 'MINUTES',
  RESOLUTION_TIME: 'MINUTES',
  PERFORMANCE: 'MILLISECONDS',
  CUSTOMER_SATISFACTION: 'SCORE',
};

/** Availability and satisfaction are better when higher; times are better when lower. */
export function higherIsBetter(metric: TargetMetric): boolean {
  return metric === 'AVAILABILITY' || metric === 'CUSTOMER_SATISFACTION';
}

/** What a target promises. Every metric but availability judges observations one by one:
 * `compliancePercent` of them must be on the good side of `targetValue` (95% of P1 incidents
 * resolved within 240 business minutes). */
export interface TargetTerms {
  metric: TargetMetric;
  targetValue: number;
  /** Null for AVAILABILITY, which is one ratio per period. */
  compliancePercent: number | null;
  /** The share of the error budget at which the target is AT_RISK. */
  warningThresholdPercent: number;
}

/** How a target stands in a period, with the figures that explain it. */
export interface Standing {
  /** Availability in percent, or the observation at the compliance percentile; null while
   * the period has nothing to judge. */
  measuredValue: number | null;
  status: TargetStatus;
  /** Share of the allowed shortfall used; reaching 100 breaks the target. */
  errorBudgetConsumedPercent: number;
  explanation: string;
}

export function statusOf(consumedPercent: number, warningThresholdPercent: number): TargetStatus {
  if (consumedPercent >= 100) return 'BREACHED';
  if (consumedPercent >= warningThresholdPercent) return 'AT_RISK';
  return 'MET';
}

const MINUTE = 60_000;
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** An outage as availability sees it: open outages last until the moment of evaluation. */
export interface Downtime {
  startedAt: Date;
  endedAt: Date | null;
}

export interface AvailabilityFigures extends Standing {
  serviceMinutes: number;
  elapsedServiceMinutes: number;
  downtimeMinutes: number;
  allowedDowntimeMinutes: number;
}

/**
 * Availability over the service hours of a period, as of `asOf`. Only downtime inside
 * service hours counts, and overlapping outages count once. The error budget is the
 * downtime the whole period allows: (100 - target)% of its service hours.
 */
export function availabilityStanding(
  terms: TargetTerms,
  calendar: CalendarRules,
  period: Period,
  outages: readonly Downtime[],
  asOf: Date,
): AvailabilityFigures {
  const until = new Date(Math.min(asOf.getTime(), period.end.getTime()));
  const service = serviceTimeBetween(calendar, period.start, period.end);
  const elapsed = serviceTimeBetween(calendar, period.start, until);
  const spans: Span[] = outages.map((outage) => ({
    start: outage.startedAt.getTime(),
    end: (outage.endedAt ?? until).getTime(),
  }));
  const downtime = serviceTimeWithin(calendar, mergeSpans(spans), period.start, until);
  const allowed = (service * (100 - terms.targetValue)) / 100;
  const consumed = allowed > 0 ? (downtime / allowed) * 100 : downtime > 0 ? 100 : 0;
  const measured = elapsed > 0 ? ((elapsed - downtime) / elapsed) * 100 : null;
  const minutes = (value: number) => round(value / MINUTE, 3);
  return {
    measuredValue: measured === null ? null : round(measured, 4),
    status: statusOf(consumed, terms.warningThresholdPercent),
    errorBudgetConsumedPercent: round(consumed, 2),
    serviceMinutes: minutes(service),
    elapsedServiceMinutes: minutes(elapsed),
    downtimeMinutes: minutes(downtime),
    allowedDowntimeMinutes: minutes(allowed),
    explanation:
      `${minutes(downtime)} of ${minutes(elapsed)} service minutes so far were down ` +
      `(${minutes(service)} in the period); the target allows ${minutes(allowed)} ` +
      `minutes of downtime in the period`,
  };
}

/** One observation: a ticket timer's business minutes, a latency, a satisfaction score.
 * A pending observation (a ticket still open) counts only once it is already a miss. */
export interface Observation {
  value: number;
  final: boolean;
}

export interface ObservationFigures extends Standing {
  observations: number;
  misses: number;
  /** How many misses the target tolerates among these observations. */
  allowedMisses: number;
}

export function isMiss(terms: TargetTerms, value: number): boolean {
  return higherIsBetter(terms.metric) ? value < terms.targetValue : value > terms.targetValue;
}

/**
 * A target judged observation by observation. With n observations and compliance p, the
 * target tolerates n - ceil(p n / 100) misses; the next one breaks it, so the error budget
 * is that number plus one. The measured value is the observation at the compliance
 * percentile (nearest rank), which is on the good side of the target exactly when the
 * target is met.
 */
export function observationStanding(
  terms: TargetTerms,
  observations: readonly Observation[],
): ObservationFigures {
  const counted = observations.filter((item) => item.final || isMiss(terms, item.value));
  const compliance = terms.compliancePercent ?? 100;
  const n = counted.length;
  const misses = counted.filter((item) => isMiss(terms, item.value)).length;
  const allowedMisses = n - Math.ceil((compliance * n) / 100);
  const consumed = (misses / (allowedMisses + 1)) * 100;
  const ranked = counted
    .map((item) => item.value)
    .sort((a, b) => (higherIsBetter(terms.metric) ? b - a : a - b));
  const measured = n > 0 ? ranked[Math.max(1, Math.ceil((compliance * n) / 100)) - 1]! : null;
  return {
    measuredValue: measured === null ? null : round(measured, 3),
    status: statusOf(consumed, terms.warningThresholdPercent),
    errorBudgetConsumedPercent: round(consumed, 2),
    observations: n,
    misses,
    allowedMisses,
    explanation:
      `${misses} of ${n} observations missed ${terms.targetValue}; ` +
      `${compliance}% must meet it, so ${allowedMisses} may miss`,
  };
}
