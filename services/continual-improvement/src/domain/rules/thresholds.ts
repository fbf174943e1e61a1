import type { FEEDBACK_SEVERITIES } from '@itsm/events/contracts';

export type Severity = (typeof FEEDBACK_SEVERITIES)[number];

/** When the rules open initiatives; configured in environment.ts (see the README). */
export interface RuleThresholds {
  /** This many breaches of one target within the window open an initiative. */
  breachCount: number;
  breachWindowDays: number;
  /** Complaints of this severity or worse open an initiative. */
  complaintSeverity: Severity;
  /** A survey whose overall SERVQUAL gap is below this opens an initiative. */
  surveyGapBelow: number;
}

export const DEFAULT_THRESHOLDS: RuleThresholds = {
  breachCount: 2,
  breachWindowDays: 90,
  complaintSeverity: 'HIGH',
  surveyGapBelow: -1,
};
