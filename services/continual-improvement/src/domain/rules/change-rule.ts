import type { changeRequestFailed, changeRequestReviewed, EventData } from '@itsm/events';
import type { Priority } from '../improvement-initiative';
import { evidenceOf, RULE_DEFAULTS, type RuleFinding } from './rule-decision';

export type ChangeFailedData = EventData<typeof changeRequestFailed>;
export type ChangeReviewedData = EventData<typeof changeRequestReviewed>;

type ReceivedChange<Data> = { id: string; type: string; time: Date; data: Data };

const changeRuleKey = (changeRequestId: string) => `CHANGE:change-request:${changeRequestId}`;

/** A change that caused incidents is one step more urgent. */
function withIncidents(priority: Priority, incidents: number): Priority {
  if (incidents === 0) return priority;
  return priority === 'MEDIUM' ? 'HIGH' : 'CRITICAL';
}

function changeInitiative(
  change: ChangeFailedData,
  fields: Pick<RuleFinding['initiative'], 'title' | 'problemStatement' | 'source' | 'priority'>,
): RuleFinding['initiative'] {
  return {
    ...RULE_DEFAULTS,
    ...fields,
    customerId: change.customerId,
    serviceIds: [...change.serviceIds].sort(),
    measure: null,
    ruleKey: changeRuleKey(change.changeRequestId),
  };
}

/**
 * The failed change rule: a change that failed and was backed out opens an initiative to
 * learn from it; its review, if also poor, joins the same initiative. An EMERGENCY change
 * that fails is CRITICAL, any other HIGH.
 */
export function changeFailureFinding(event: ReceivedChange<ChangeFailedData>): RuleFinding {
  const change = event.data;
  const why = change.reason ? `: ${change.reason}` : '';
  return {
    opens: true,
    evidence: [evidenceOf(event, `Change ${change.reference} failed and was backed out${why}`)],
    initiative: changeInitiative(change, {
      title: `Learn from the failure of change ${change.reference}`,
      problemStatement:
        `The ${change.type} change ${change.reference} failed during implementation and was ` +
        `backed out (reported by ${change.actor})${why}.`,
      source: 'CHANGE_FAILURE',
      priority: change.type === 'EMERGENCY' ? 'CRITICAL' : 'HIGH',
    }),
  };
}

/**
 * The review rule: a post-implementation review whose outcome is PARTIAL (MEDIUM) or FAILED
 * (HIGH) opens an initiative, one step more urgent when the change caused incidents. A
 * SUCCESSFUL review opens nothing.
 */
export function changeReviewFinding(event: ReceivedChange<ChangeReviewedData>): RuleFinding | null {
  const review = event.data;
  if (review.outcome === 'SUCCESSFUL') return null;
  const incidents = review.incidentsCaused;
  const lessons = review.lessonsLearned ? ` Lessons learned: ${review.lessonsLearned}` : '';
  return {
    opens: true,
    evidence: [
      evidenceOf(
        event,
        `Review of change ${review.reference}: ${review.outcome}, ${incidents} incident(s) caused`,
      ),
    ],
    initiative: changeInitiative(review, {
      title: `Learn from the ${review.outcome.toLowerCase()} change ${review.reference}`,
      problemStatement:
        `The post-implementation review of the ${review.type} change ${review.reference} found ` +
        `it ${review.outcome} with ${incidents} incident(s) caused.${lessons}`,
      source: 'REVIEW',
      priority: withIncidents(review.outcome === 'FAILED' ? 'HIGH' : 'MEDIUM', incidents),
    }),
  };
}
