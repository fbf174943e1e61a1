import { type EventData, FEEDBACK_SEVERITIES, type feedbackLogged } from '@itsm/events';
import { evidenceOf, RULE_DEFAULTS, type RuleFinding } from './rule-decision';
import type { RuleThresholds, Severity } from './thresholds';

export type FeedbackData = EventData<typeof feedbackLogged>;

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return FEEDBACK_SEVERITIES.indexOf(severity) >= FEEDBACK_SEVERITIES.indexOf(threshold);
}

/** The severities the configuration counts as severe, for the complaint KPIs too. */
export function severeSeverities(thresholds: RuleThresholds): Severity[] {
  return FEEDBACK_SEVERITIES.filter((severity) =>
    isAtLeast(severity, thresholds.complaintSeverity),
  );
}

const subject = (feedback: FeedbackData) =>
  `COMPLAINT:customer:${feedback.customerId}:service:${feedback.serviceId ?? 'none'}`;

/**
 * The severe complaint rule: a complaint at or above the configured severity opens an
 * initiative for the customer and the service it is about. Further severe complaints of the
 * same customer about the same service join it while it is unfinished, and the worst
 * severity sets its priority.
 */
export function complaintFinding(
  event: { id: string; type: string; time: Date; data: FeedbackData },
  thresholds: RuleThresholds,
): RuleFinding | null {
  const feedback = event.data;
  if (
    feedback.type !== 'COMPLAINT' ||
    !isAtLeast(feedback.severity, thresholds.complaintSeverity)
  ) {
    return null;
  }
  const about = feedback.serviceId ? ` about service ${feedback.serviceId}` : '';
  return {
    opens: true,
    evidence: [
      evidenceOf(
        event,
        `${feedback.severity} complaint ${feedback.feedbackId}: ${feedback.summary}`,
      ),
    ],
    initiative: {
      ...RULE_DEFAULTS,
      title: `Answer severe complaints: ${feedback.summary}`.slice(0, 200),
      problemStatement:
        `Customer ${feedback.customerId} made a ${feedback.severity} complaint${about}, logged ` +
        `by ${feedback.loggedBy}: ${feedback.summary}`,
      source: 'COMPLAINT',
      priority: feedback.severity,
      customerId: feedback.customerId,
      serviceIds: feedback.serviceId ? [feedback.serviceId] : [],
      measure: null,
      ruleKey: subject(feedback),
    },
  };
}
