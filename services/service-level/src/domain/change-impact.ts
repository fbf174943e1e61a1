import { availabilityStanding, type Downtime, type TargetTerms } from './attainment';
import { type CalendarRules, serviceTimeBetween } from './business-calendar';
import { type MeasurementPeriod, type Period, periodsOverlapping } from './measurement-period';

/** What a planned window would cost an availability target's error budget in one period,
 * were the service down for all of it. */
export interface BudgetImpact {
  period: Period;
  /** The planned window's minutes inside service hours in this period. */
  plannedServiceMinutes: number;
  allowedDowntimeMinutes: number;
  /** Downtime recorded in the period so far. */
  downtimeMinutes: number;
  remainingBudgetMinutes: number;
  consumedPercent: number;
  projectedConsumedPercent: number;
  /** The change takes consumption from below the warning threshold to it or above. */
  wouldCrossAtRisk: boolean;
  /** The change takes consumption from below 100% to 100% or above. */
  wouldBreach: boolean;
  explanation: string;
}

const MINUTE = 60_000;
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * The cost of a planned window to an availability target, per measurement period it
 * touches: its minutes inside the calendar's service hours, added to the downtime recorded
 * so far (as of `now`) against the budget of the whole period. `outages` must hold those
 * of the periods the window touches.
 */
export function budgetImpact(
  terms: TargetTerms,
  measurementPeriod: MeasurementPeriod,
  calendar: CalendarRules,
  window: Period,
  outages: readonly Downtime[],
  now: Date,
): BudgetImpact[] {
  const periods = periodsOverlapping(
    measurementPeriod,
    calendar.timeZone,
    window.start,
    window.end,
  );
  return periods.map((period) => {
    const standing = availabilityStanding(terms, calendar, period, outages, now);
    const planned =
      serviceTimeBetween(
        calendar,
        new Date(Math.max(window.start.getTime(), period.start.getTime())),
        new Date(Math.min(window.end.getTime(), period.end.getTime())),
      ) / MINUTE;
    const allowed = standing.allowedDowntimeMinutes;
    const projectedDowntime = standing.downtimeMinutes + planned;
    const projected =
      allowed > 0 ? (projectedDowntime / allowed) * 100 : projectedDowntime > 0 ? 100 : 0;
    const consumed = standing.errorBudgetConsumedPercent;
    const threshold = terms.warningThresholdPercent;
    return {
      period,
      plannedServiceMinutes: round(planned, 3),
      allowedDowntimeMinutes: allowed,
      downtimeMinutes: standing.downtimeMinutes,
      remainingBudgetMinutes: round(allowed - standing.downtimeMinutes, 3),
      consumedPercent: consumed,
      projectedConsumedPercent: round(projected, 2),
      wouldCrossAtRisk: consumed < threshold && projected >= threshold,
      wouldBreach: consumed < 100 && projected >= 100,
      explanation:
        `${round(planned, 3)} minutes of the window fall in service hours; with the ` +
        `${standing.downtimeMinutes} minutes down so far that is ${round(projectedDowntime, 3)} ` +
        `of the ${allowed} minutes the period allows`,
    };
  });
}
