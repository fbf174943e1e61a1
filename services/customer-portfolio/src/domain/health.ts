import type { FeedbackSeverity } from './feedback';
import { roundHalfAwayFromZero } from './inputs';

/**
 * The customer health score, 0 to 100: the weighted mean of the components that have
 * data, each floored at 0 and capped at 100.
 * - SATISFACTION (0.4): 100 + 25 × the latest survey's overall SERVQUAL gap, so a customer
 *   whose expectations are met or exceeded scores 100 and a gap of -4 (the worst) scores
 *   0. Without a survey it has no data and the others carry its weight.
 * - COMPLAINTS (0.3): 100 minus a penalty per unresolved (OPEN or ACKNOWLEDGED) complaint.
 * - SLA_BREACHES (0.3): 100 minus 25 per service level breach in the last 90 days.
 */
// Weights in percent, so that the weighted mean is computed in whole numbers.
export const HEALTH_WEIGHTS = { satisfaction: 40, complaints: 30, slaBreaches: 30 } as const;
export const GAP_POINTS = 25;
export const COMPLAINT_PENALTIES: Record<FeedbackSeverity, number> = {
  LOW: 5,
  MEDIUM: 10,
  HIGH: 20,
  CRITICAL: 40,
};
export const BREACH_PENALTY = 25;
export const BREACH_WINDOW_DAYS = 90;

export type HealthRating = 'HEALTHY' | 'AT_RISK' | 'CRITICAL';

export interface HealthInputs {
  latestSurvey: { overallGap: number; conductedAt: Date } | null;
  unresolvedComplaints: { severity: FeedbackSeverity; count: number }[];
  breaches: number;
}

export interface HealthFigures {
  score: number;
  rating: HealthRating;
  satisfaction: { score: number | null; weight: number; explanation: string };
  complaints: {
    score: number;
    weight: number;
    unresolved: number;
    unresolvedBySeverity: { severity: FeedbackSeverity; count: number }[];
    explanation: string;
  };
  slaBreaches: { score: number; weight: number; windowDays: number; explanation: string };
}

const bounded = (score: number) => Math.min(100, Math.max(0, roundHalfAwayFromZero(score)));

export function ratingOf(score: number): HealthRating {
  if (score >= 75) return 'HEALTHY';
  if (score >= 50) return 'AT_RISK';
  return 'CRITICAL';
}

function satisfactionOf(survey: HealthInputs['latestSurvey']) {
  const weight = HEALTH_WEIGHTS.satisfaction;
  if (!survey) {
    return {
      score: null,
      weight,
      explanation: 'No survey yet: not counted, the other components carry its weight.',
    };
  }
  const score = bounded((100 * 100 + GAP_POINTS * Math.round(survey.overallGap * 100)) / 100);
  const day = survey.conductedAt.toISOString().slice(0, 10);
  return {
    score,
    weight,
    explanation:
      `Latest survey on ${day}: overall gap ${survey.overallGap.toFixed(2)}, ` +
      `100 + ${GAP_POINTS} × ${survey.overallGap.toFixed(2)} = ${score}.`,
  };
}

function complaintsOf(complaints: HealthInputs['unresolvedComplaints']) {
  const present = (Object.keys(COMPLAINT_PENALTIES) as FeedbackSeverity[])
    .reverse()
    .map((severity) => ({
      severity,
      count: complaints.find((c) => c.severity === severity)?.count ?? 0,
    }))
    .filter(({ count }) => count > 0);
  const unresolved = present.reduce((sum, { count }) => sum + count, 0);
  const penalty = present.reduce(
    (sum, { severity, count }) => sum + COMPLAINT_PENALTIES[severity] * count,
    0,
  );
  const score = bounded(100 - penalty);
  const parts = present.map(
    ({ severity, count }) => `${count} ${severity} (−${COMPLAINT_PENALTIES[severity] * count})`,
  );
  return {
    score,
    weight: HEALTH_WEIGHTS.complaints,
    unresolved,
    unresolvedBySeverity: present,
    explanation:
      unresolved === 0
        ? 'No unresolved complaints: 100.'
        : `${unresolved} unresolved complaint(s): ${parts.join(', ')}, 100 − ${penalty} = ${score}.`,
  };
}

function slaBreachesOf(breaches: number) {
  const score = bounded(100 - BREACH_PENALTY * breaches);
  return {
    score,
    weight: HEALTH_WEIGHTS.slaBreaches,
    windowDays: BREACH_WINDOW_DAYS,
    explanation:
      breaches === 0
        ? `No SLA breaches in the last ${BREACH_WINDOW_DAYS} days: 100.`
        : `${breaches} SLA breach(es) in the last ${BREACH_WINDOW_DAYS} days, ` +
          `−${BREACH_PENALTY} each: 100 − ${BREACH_PENALTY * breaches} = ${score}.`,
  };
}

export function computeHealth(inputs: HealthInputs): HealthFigures {
  const satisfaction = satisfactionOf(inputs.latestSurvey);
  const complaints = complaintsOf(inputs.unresolvedComplaints);
  const slaBreaches = slaBreachesOf(inputs.breaches);
  const counted = [satisfaction, complaints, slaBreaches].filter(
    (component): component is typeof component & { score: number } => component.score !== null,
  );
  const weight = counted.reduce((sum, component) => sum + component.weight, 0);
  const weighted = counted.reduce((sum, component) => sum + component.score * component.weight, 0);
  const score = bounded(weighted / weight);
  const asFraction = <Component extends { weight: number }>(component: Component) => ({
    ...component,
    weight: component.weight / 100,
  });
  return {
    score,
    rating: ratingOf(score),
    satisfaction: asFraction(satisfaction),
    complaints: asFraction(complaints),
    slaBreaches: asFraction(slaBreaches),
  };
}
