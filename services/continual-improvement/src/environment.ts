import { z } from 'zod';
import { FEEDBACK_SEVERITIES } from '@itsm/events/contracts';
import { parseEnvironment } from '@itsm/platform';
import { readSubgraphSettings, type SubgraphSettings } from '@itsm/subgraph-kit';
import { isTimeZone } from './domain/kpi-window';
import type { RuleThresholds } from './domain/rules/thresholds';
import { DEFAULT_THRESHOLDS } from './domain/rules/thresholds';

/** What this subgraph adds to every subgraph's settings: the rules' thresholds and the
 * time zone KPI periods are cut in by default. */
export interface ImprovementSettings {
  thresholds: RuleThresholds;
  kpiTimeZone: string;
}

const improvementShape = {
  IMPROVEMENT_BREACH_COUNT: z.coerce.number().int().min(1).default(DEFAULT_THRESHOLDS.breachCount),
  IMPROVEMENT_BREACH_WINDOW_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .default(DEFAULT_THRESHOLDS.breachWindowDays),
  IMPROVEMENT_COMPLAINT_SEVERITY: z
    .enum(FEEDBACK_SEVERITIES)
    .default(DEFAULT_THRESHOLDS.complaintSeverity),
  IMPROVEMENT_SURVEY_GAP_BELOW: z.coerce
    .number()
    .min(-4)
    .max(4)
    .default(DEFAULT_THRESHOLDS.surveyGapBelow),
  KPI_TIME_ZONE: z.string().refine(isTimeZone, 'must be an IANA time zone').default('UTC'),
};

/** Read when the subgraph is loaded: every variable has a default, so this never needs the
 * database settings that only a running process has. */
const parsed = parseEnvironment(improvementShape, process.env);

export const improvementSettings: ImprovementSettings = {
  thresholds: {
    breachCount: parsed.IMPROVEMENT_BREACH_COUNT,
    breachWindowDays: parsed.IMPROVEMENT_BREACH_WINDOW_DAYS,
    complaintSeverity: parsed.IMPROVEMENT_COMPLAINT_SEVERITY,
    surveyGapBelow: parsed.IMPROVEMENT_SURVEY_GAP_BELOW,
  },
  kpiTimeZone: parsed.KPI_TIME_ZONE,
};

/** The settings of a process running this subgraph; the default port, 4004, comes from the
 * subgraph registry in @itsm/platform. */
export function readSettings(): SubgraphSettings {
  return readSubgraphSettings(process.env, 'continual-improvement');
}
