import type { EventData, surveyRecorded } from '@itsm/events';
import { evidenceOf, RULE_DEFAULTS, type RuleFinding } from './rule-decision';
import type { RuleThresholds } from './thresholds';

export type SurveyData = EventData<typeof surveyRecorded>;

export const SURVEY_MEASURE = 'SERVQUAL overall gap';

/** The dimension where perception fell furthest short of expectation. */
export function weakestDimension(survey: SurveyData) {
  return survey.dimensions.reduce((worst, dimension) =>
    dimension.gap < worst.gap ? dimension : worst,
  );
}

/**
 * The poor survey rule: a survey whose overall gap (perception minus expectation) is below
 * the threshold opens an initiative for the customer and service, measured by that gap with
 * the aim of closing it (a gap of 0). A gap a whole point below the threshold is HIGH.
 * Later poor surveys of the same customer and service join it, and the newest sets the
 * baseline until the initiative is assessed.
 */
export function surveyFinding(
  event: { id: string; type: string; time: Date; data: SurveyData },
  thresholds: RuleThresholds,
): RuleFinding | null {
  const survey = event.data;
  if (!(survey.overallGap < thresholds.surveyGapBelow)) return null;
  const weakest = weakestDimension(survey);
  const gap = survey.overallGap.toFixed(2);
  return {
    opens: true,
    evidence: [
      evidenceOf(
        event,
        `Survey ${survey.surveyId}: overall gap ${gap}, weakest ${weakest.dimension} (${weakest.gap})`,
      ),
    ],
    initiative: {
      ...RULE_DEFAULTS,
      title: `Close the satisfaction gap, weakest in ${weakest.dimension.toLowerCase()}`,
      problemStatement:
        `A SERVQUAL survey of customer ${survey.customerId} conducted ${survey.conductedAt} ` +
        `found perception short of expectation by ${gap} overall, below the threshold of ` +
        `${thresholds.surveyGapBelow}; ${weakest.dimension} fell short by ${weakest.gap}.`,
      source: 'SURVEY',
      priority: survey.overallGap <= thresholds.surveyGapBelow - 1 ? 'HIGH' : 'MEDIUM',
      customerId: survey.customerId,
      serviceIds: survey.serviceId ? [survey.serviceId] : [],
      measure: {
        name: SURVEY_MEASURE,
        unit: 'SCORE',
        direction: 'HIGHER_IS_BETTER',
        baseline: survey.overallGap,
        target: 0,
        baselineAt: new Date(survey.conductedAt),
      },
      ruleKey: `SURVEY:customer:${survey.customerId}:service:${survey.serviceId ?? 'none'}`,
    },
  };
}
