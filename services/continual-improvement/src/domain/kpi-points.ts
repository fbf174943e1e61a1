import { SERVQUAL_DIMENSIONS } from '@itsm/events/contracts';
import { percent } from './kpi-window';

/** The measures of one bucket, as the projections aggregate them. */
export type Measures = Record<string, number | null>;

const count = (measures: Measures, name: string) => measures[name] ?? 0;

/** A bucket always holds at least one fact, so its shares are defined. */
export function slaAttainmentPoint(periodStart: Date, measures: Measures) {
  const measured = count(measures, 'targetsMeasured');
  const breached = count(measures, 'targetsBreached');
  return {
    periodStart,
    targetsMeasured: measured,
    targetsMet: measured - breached,
    targetsAtRisk: count(measures, 'targetsAtRisk'),
    targetsBreached: breached,
    attainmentPercent: percent(measured - breached, measured) ?? 0,
  };
}

export function satisfactionPoint(periodStart: Date, measures: Measures) {
  return {
    periodStart,
    surveys: count(measures, 'surveys'),
    meanOverallGap: count(measures, 'meanOverallGap'),
    meanNetPromoterScore: measures.meanNetPromoterScore ?? null,
    dimensions: SERVQUAL_DIMENSIONS.map((dimension) => ({
      dimension,
      meanGap: count(measures, dimension),
    })),
  };
}

export function complaintPoint(periodStart: Date, measures: Measures) {
  return {
    periodStart,
    complaints: count(measures, 'complaints'),
    severeComplaints: count(measures, 'severeComplaints'),
    resolved: count(measures, 'resolved'),
    meanHoursToResolve: measures.meanHoursToResolve ?? null,
    meanHoursToAcknowledge: measures.meanHoursToAcknowledge ?? null,
  };
}

export function changePoint(periodStart: Date, measures: Measures) {
  const finished = count(measures, 'finished');
  const successful = count(measures, 'successful');
  return {
    periodStart,
    finished,
    successful,
    partial: count(measures, 'partial'),
    failed: count(measures, 'failed'),
    successRatePercent: percent(successful, finished) ?? 0,
  };
}
