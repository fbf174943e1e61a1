import {
  availabilityStanding,
  type Downtime,
  isMiss,
  type Observation,
  observationStanding,
  type TargetTerms,
} from './attainment';
import { addServiceTime, type CalendarRules, serviceTimeBetween } from './business-calendar';
import type { Period } from './measurement-period';

/** What operators choose about forecasting (see the service-level README). */
export interface ForecastSettings {
  /** How many days back the recent rates are read. */
  windowDays: number;
  /** Above this breach probability a target is AT_RISK, whatever share of its budget is used. */
  atRiskProbability: number;
}

/** The figures a forecast is made from, so a reader can redo it. */
export interface ForecastFigures {
  window: Period;
  /** Outages that cost service time, or observations, in the window. */
  observed: number;
  /** Availability: outages per service hour in the window. */
  outagesPerServiceHour: number | null;
  /** Availability: their mean downtime inside service hours. */
  meanOutageMinutes: number | null;
  /** Availability: service minutes from now to the end of the period. */
  remainingServiceMinutes: number | null;
  /** Other metrics: the misses among the window's counted observations. */
  observedMisses: number | null;
  /** Other metrics: the share of the window's counted observations that missed. */
  missProportion: number | null;
  /** Other metrics: observations per day in the window. */
  observationsPerDay: number | null;
  /** Other metrics: tickets of the period still open and not yet late, judged later. */
  pendingObservations: number | null;
  /** Other metrics: days from now to the end of the period. */
  remainingDays: number | null;
  /** Availability: downtime minutes left in the error budget; other metrics: misses the
   * target still tolerates at the period's end, at the expected number of observations. */
  remainingBudget: number;
  /** Outages, or observations, expected in the rest of the period. */
  expectedOccurrences: number;
}

export interface BreachForecast {
  period: Period;
  inputs: ForecastFigures;
  /** The probability that the period ends breached. */
  probability: number;
  /** When the expected consumption reaches the whole budget; null if not in this period. */
  expectedBreachAt: Date | null;
  method: string;
  explanation: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The window the recent rates are read from: the `days` before `now`. */
export function recentWindow(now: Date, days: number): Period {
  return { start: new Date(now.getTime() - days * DAY), end: now };
}

export const AVAILABILITY_METHOD =
  'Compound Poisson: outages arrive over the remaining service time at the rate of the ' +
  'window, each down for an exponential time with the mean of the window; the probability ' +
  'is P(their total downtime > remaining budget) = Σn Poisson(n; rate × remaining) × ' +
  'P(Erlang(n, mean) > remaining budget). Expected breach: when the window\u2019s downtime ' +
  'per service minute would use up the remaining budget.';

/**
 * How likely the availability target is to end the period breached, from the outages of
 * the recent window. Only downtime inside service hours counts, as for the standing; an
 * outage still going on counts up to now. `outages` must hold those overlapping the window
 * and the period.
 */
export function forecastAvailability(
  terms: TargetTerms,
  calendar: CalendarRules,
  period: Period,
  window: Period,
  outages: readonly Downtime[],
  now: Date,
): BreachForecast {
  const standing = availabilityStanding(terms, calendar, period, outages, now);
  const windowMinutes = serviceTimeBetween(calendar, window.start, window.end) / MINUTE;
  const recent = outages
    .filter((outage) => outage.startedAt >= window.start && outage.startedAt < window.end)
    .map((outage) => serviceTimeBetween(calendar, outage.startedAt, outage.endedAt ?? now))
    .map((downtime) => downtime / MINUTE)
    .filter((minutes) => minutes > 0);
  const downtime = recent.reduce((sum, minutes) => sum + minutes, 0);
  const ratePerMinute = windowMinutes > 0 ? recent.length / windowMinutes : 0;
  const mean = recent.length > 0 ? downtime / recent.length : null;
  const from = new Date(Math.max(now.getTime(), period.start.getTime()));
  const remaining = serviceTimeBetween(calendar, from, period.end) / MINUTE;
  const budget = standing.allowedDowntimeMinutes - standing.downtimeMinutes;
  const expected = ratePerMinute * remaining;

  let probability: number;
  let expectedBreachAt: Date | null = null;
  if (budget <= 0) probability = 1;
  else if (mean === null) probability = 0;
  else {
    probability = compoundPoissonExponentialTail(expected, budget / mean);
    // The window's downtime per service minute, carried on: when it uses up the budget.
    const minutesToBreach = (budget * windowMinutes) / downtime;
    if (minutesToBreach < remaining) {
      expectedBreachAt = addServiceTime(calendar, from, minutesToBreach * MINUTE);
    }
  }
  const inputs: ForecastFigures = {
    window,
    observed: recent.length,
    outagesPerServiceHour: round(ratePerMinute * 60, 6),
    meanOutageMinutes: mean === null ? null : round(mean, 3),
    remainingServiceMinutes: round(remaining, 3),
    observedMisses: null,
    missProportion: null,
    observationsPerDay: null,
    pendingObservations: null,
    remainingDays: null,
    remainingBudget: round(budget, 3),
    expectedOccurrences: round(expected, 4),
  };
  return {
    period,
    inputs,
    probability: round(probability, 4),
    expectedBreachAt,
    method: AVAILABILITY_METHOD,
    explanation:
      budget <= 0
        ? `the budget of ${standing.allowedDowntimeMinutes} minutes is already used up`
        : `${recent.length} outages in ${round(windowMinutes, 3)} service minutes of the window` +
          (mean === null ? '' : `, ${round(mean, 3)} minutes each on average`) +
          `; ${round(expected, 4)} expected in the ${round(remaining, 3)} service minutes left, ` +
          `against ${round(budget, 3)} minutes of budget left`,
  };
}

export const OBSERVATION_METHOD =
  'Binomial: observations arrive over the rest of the period at the daily rate of the ' +
  'window, plus the open tickets not yet late; each misses with the share of the window\u2019s ' +
  'observations that missed. The probability is P(misses at the end > misses allowed at the ' +
  'end). Expected breach: the first expected arrival at which the expected misses reach the ' +
  'allowed misses plus one. Paused time is left out of ticket timers, so the miss share ' +
  'reflects how tickets are paused.';

/**
 * How likely a target judged observation by observation (ticket timers, samples) is to end
 * the period breached. `current` are the period's observations as of now; `recent` those
 * that arrived in the window.
 */
export function forecastObservations(
  terms: TargetTerms,
  period: Period,
  window: Period,
  current: readonly Observation[],
  recent: readonly Observation[],
  now: Date,
): BreachForecast {
  const standing = observationStanding(terms, current);
  const pending = current.filter((item) => !item.final && !isMiss(terms, item.value)).length;
  const counted = recent.filter((item) => item.final || isMiss(terms, item.value));
  const recentMisses = counted.filter((item) => isMiss(terms, item.value)).length;
  const missShare = counted.length > 0 ? recentMisses / counted.length : 0;
  const windowDays = (window.end.getTime() - window.start.getTime()) / DAY;
  const perDay = windowDays > 0 ? recent.length / windowDays : 0;
  const from = Math.max(now.getTime(), period.start.getTime());
  const remainingDays = Math.max(0, (period.end.getTime() - from) / DAY);
  const arrivals = pending + Math.round(perDay * remainingDays);
  const allowed = (count: number) =>
    count - Math.ceil(((terms.compliancePercent ?? 100) * count) / 100);
  const budget = allowed(standing.observations + arrivals) - standing.misses;
  const probability = budget < 0 ? 1 : binomialTail(arrivals, missShare, budget + 1);

  let expectedBreachAt: Date | null = null;
  for (let arrival = 1; arrival <= arrivals; arrival++) {
    if (standing.misses + missShare * arrival >= allowed(standing.observations + arrival) + 1) {
      // The pending tickets are here already; the others arrive at the window's rate.
      const days = arrival <= pending ? 0 : (arrival - pending) / perDay;
      expectedBreachAt = new Date(from + days * DAY);
      break;
    }
  }
  const inputs: ForecastFigures = {
    window,
    observed: recent.length,
    outagesPerServiceHour: null,
    meanOutageMinutes: null,
    remainingServiceMinutes: null,
    observedMisses: recentMisses,
    missProportion: round(missShare, 4),
    observationsPerDay: round(perDay, 4),
    pendingObservations: pending,
    remainingDays: round(remainingDays, 4),
    remainingBudget: budget,
    expectedOccurrences: arrivals,
  };
  return {
    period,
    inputs,
    probability: round(probability, 4),
    expectedBreachAt,
    method: OBSERVATION_METHOD,
    explanation:
      `${recentMisses} of ${counted.length} observations in the window missed; ` +
      `${arrivals} more expected this period (${pending} open), of which the target ` +
      `tolerates ${Math.max(budget, 0)} more misses`,
  };
}

/**
 * P(X1 + … + XN > threshold) where N is Poisson with the given mean and each X is
 * exponential with mean 1: Σn≥1 Poisson(n; mean) × P(Erlang(n, 1) > threshold), and
 * P(Erlang(n, 1) > x) = Σk<n e^-x x^k / k!. Summed in logs until the Poisson mass left is
 * negligible.
 */
export function compoundPoissonExponentialTail(mean: number, threshold: number): number {
  if (mean <= 0) return 0;
  if (threshold <= 0) return 1 - Math.exp(-mean);
  let logPoisson = -mean;
  let poissonMass = Math.exp(logPoisson);
  let logErlangTerm = -threshold;
  let erlangTail = 0;
  let total = 0;
  for (let n = 1; 1 - poissonMass > 1e-12 && n < 1_000_000; n++) {
    logPoisson += Math.log(mean) - Math.log(n);
    erlangTail += Math.exp(logErlangTerm);
    logErlangTerm += Math.log(threshold) - Math.log(n);
    const poisson = Math.exp(logPoisson);
    poissonMass += poisson;
    total += poisson * Math.min(erlangTail, 1);
    if (n > mean && poisson < 1e-15) break;
  }
  return Math.min(total, 1);
}

/** P(Y ≥ atLeast) for Y binomial with `trials` and `chance`. */
export function binomialTail(trials: number, chance: number, atLeast: number): number {
  if (atLeast <= 0) return 1;
  if (atLeast > trials || chance <= 0) return 0;
  if (chance >= 1) return 1;
  let logTerm = trials * Math.log(1 - chance);
  let tail = 0;
  for (let count = 0; count <= trials; count++) {
    if (count >= atLeast) tail += Math.exp(logTerm);
    logTerm += Math.log((trials - count) / (count + 1)) + Math.log(chance / (1 - chance));
  }
  return Math.min(tail, 1);
}
