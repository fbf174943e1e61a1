import { DateTime, type DateTimeUnit } from 'luxon';
import { MEASUREMENT_PERIODS } from '@itsm/events/contracts';

export type MeasurementPeriod = (typeof MEASUREMENT_PERIODS)[number];

/** A measurement period: [start, end), both local midnights in the calendar's zone. */
export interface Period {
  start: Date;
  end: Date;
}

const UNITS: Record<MeasurementPeriod, DateTimeUnit> = {
  DAILY: 'day',
  WEEKLY: 'week',
  MONTHLY: 'month',
  QUARTERLY: 'quarter',
  YEARLY: 'year',
};

/** The period that contains `at`, with its boundaries at local midnight in `timeZone`:
 * March in Europe/Amsterdam is 744 hours minus the one its clocks skip. Weeks start on
 * Monday. */
export function periodContaining(kind: MeasurementPeriod, timeZone: string, at: Date): Period {
  const key = `${kind} ${timeZone}`;
  const known = knownPeriods.get(key) ?? [];
  const instant = at.getTime();
  const found = known.find(
    (period) => period.start.getTime() <= instant && instant < period.end.getTime(),
  );
  if (found) return { start: new Date(found.start), end: new Date(found.end) };
  const start = DateTime.fromJSDate(at, { zone: timeZone }).startOf(UNITS[kind]);
  const period = { start: start.toJSDate(), end: start.plus({ [UNITS[kind]]: 1 }).toJSDate() };
  knownPeriods.set(key, [period, ...known].slice(0, PERIODS_KEPT));
  return { start: new Date(period.start), end: new Date(period.end) };
}

/** Laying a period out in its zone with luxon costs far more than finding it among those
 * laid out before: every judgement of a target asks for the current one. */
const knownPeriods = new Map<string, Period[]>();
const PERIODS_KEPT = 32;

/** The `count` periods before the one containing `at`, latest first. */
export function earlierPeriods(
  kind: MeasurementPeriod,
  timeZone: string,
  at: Date,
  count: number,
): Period[] {
  const periods: Period[] = [];
  let current = periodContaining(kind, timeZone, at);
  for (let index = 0; index < count; index++) {
    current = periodContaining(kind, timeZone, new Date(current.start.getTime() - 1));
    periods.push(current);
  }
  return periods;
}

/** Every period that overlaps [from, to), earliest first. */
export function periodsOverlapping(
  kind: MeasurementPeriod,
  timeZone: string,
  from: Date,
  to: Date,
): Period[] {
  const periods: Period[] = [];
  let current = periodContaining(kind, timeZone, from);
  periods.push(current);
  while (current.end < to) {
    current = periodContaining(kind, timeZone, current.end);
    periods.push(current);
  }
  return periods;
}
