/** How a change is rated: priority from impact × urgency, risk from impact × likelihood. The
 * matrices are written out in full so that the README can quote them cell for cell. */

export const LEVELS = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Level = (typeof LEVELS)[number];

export const PRIORITIES = ['CRITICAL', 'HIGH', 'MODERATE', 'LOW', 'PLANNING'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const RISKS = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Risk = (typeof RISKS)[number];

/** Rows are impact, columns urgency (ITIL's 3 × 3 priority matrix). */
const PRIORITY_MATRIX: Record<Level, Record<Level, Priority>> = {
  HIGH: { HIGH: 'CRITICAL', MEDIUM: 'HIGH', LOW: 'MODERATE' },
  MEDIUM: { HIGH: 'HIGH', MEDIUM: 'MODERATE', LOW: 'LOW' },
  LOW: { HIGH: 'MODERATE', MEDIUM: 'LOW', LOW: 'PLANNING' },
};

/** Rows are impact, columns likelihood: a high-impact change is never LOW risk, and a
 * low-impact one is at worst MEDIUM. */
const RISK_MATRIX: Record<Level, Record<Level, Risk>> = {
  HIGH: { HIGH: 'HIGH', MEDIUM: 'HIGH', LOW: 'MEDIUM' },
  MEDIUM: { HIGH: 'HIGH', MEDIUM: 'MEDIUM', LOW: 'LOW' },
  LOW: { HIGH: 'MEDIUM', MEDIUM: 'LOW', LOW: 'LOW' },
};

/** Null until both ratings are known. */
export function priorityOf(impact: Level | null, urgency: Level | null): Priority | null {
  return impact && urgency ? PRIORITY_MATRIX[impact][urgency] : null;
}

/** Null until both ratings are known. */
export function riskOf(impact: Level | null, likelihood: Level | null): Risk | null {
  return impact && likelihood ? RISK_MATRIX[impact][likelihood] : null;
}
