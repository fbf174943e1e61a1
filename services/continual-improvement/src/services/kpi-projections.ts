import {
  changeRequestAssessed,
  changeRequestAuthorized,
  changeRequestCancelled,
  changeRequestClosed,
  changeRequestFailed,
  changeRequestImplementationStarted,
  changeRequestImplemented,
  changeRequestRaised,
  changeRequestRejected,
  changeRequestReviewed,
  changeRequestScheduled,
  changeRequestSubmitted,
  type EventDefinition,
  feedbackLogged,
  feedbackResolved,
  type ReceivedEvent,
  surveyRecorded,
  targetAtRisk,
  targetBreached,
  targetMeasured,
} from '@itsm/events';
import type { ChangeFailedData } from '../domain/rules/change-rule';
import type { TargetStandingData } from '../domain/rules/sla-breach-rule';
import type {
  ChangeFacts,
  KpiProjectionRepository,
} from '../repositories/kpi-projection-repository';

/** How one type of event moves the KPI projections. */
export interface Projection<Definition extends EventDefinition = EventDefinition> {
  definition: Definition;
  project(event: ReceivedEvent<Definition>, projections: KpiProjectionRepository): Promise<void>;
  /** Projects consecutive events of the type in fewer statements, as `project` would. */
  projectAll?(
    events: ReceivedEvent<Definition>[],
    projections: KpiProjectionRepository,
  ): Promise<void>;
}

function projection<Definition extends EventDefinition>(
  definition: Definition,
  project: Projection<Definition>['project'],
  projectAll?: Projection<Definition>['projectAll'],
): Projection {
  return { definition, project, ...(projectAll && { projectAll }) } as Projection;
}

type StandingEvent = ReceivedEvent & { data: TargetStandingData };

const recordStandings = (events: StandingEvent[], projections: KpiProjectionRepository) =>
  projections.recordTargetStandings(events.map((event) => ({ standing: event.data, event })));

const standingProjection = (definition: EventDefinition) =>
  projection(
    definition,
    (event, projections) => recordStandings([event as StandingEvent], projections),
    (events, projections) => recordStandings(events as StandingEvent[], projections),
  );

/** A transition of a change request, with the milestone it reached, if any. */
function transition(
  definition: EventDefinition,
  milestone: (change: ChangeFailedData) => Partial<ChangeFacts> = () => ({}),
) {
  return projection(definition, (event, projections) => {
    const change = event.data as ChangeFailedData;
    return projections.recordChange({
      ...change,
      stateAt: change.occurredAt,
      ...milestone(change),
    });
  });
}

/** Every event the KPIs are built from. Live consumption and the rebuild from the topics
 * both apply exactly these, so they cannot disagree. */
export const KPI_PROJECTIONS: readonly Projection[] = [
  standingProjection(targetMeasured),
  standingProjection(targetAtRisk),
  standingProjection(targetBreached),
  projection(feedbackLogged, (event, projections) => projections.recordFeedback(event.data, null)),
  projection(feedbackResolved, (event, projections) =>
    projections.recordFeedback(event.data, event.data),
  ),
  projection(surveyRecorded, (event, projections) => projections.recordSurvey(event.data)),
  projection(changeRequestRaised, (event, projections) =>
    projections.recordChange({
      ...event.data,
      stateAt: event.data.raisedAt,
      raisedAt: event.data.raisedAt,
    }),
  ),
  transition(changeRequestSubmitted),
  transition(changeRequestAssessed),
  transition(changeRequestAuthorized),
  transition(changeRequestRejected),
  transition(changeRequestScheduled),
  transition(changeRequestImplementationStarted),
  transition(changeRequestImplemented, (change) => ({ implementedAt: change.occurredAt })),
  transition(changeRequestFailed, (change) => ({ failedAt: change.occurredAt })),
  projection(changeRequestReviewed, (event, projections) =>
    projections.recordChange({
      ...event.data,
      stateAt: event.data.occurredAt,
      review: {
        outcome: event.data.outcome,
        incidentsCaused: event.data.incidentsCaused,
        reviewedAt: event.data.occurredAt,
      },
    }),
  ),
  transition(changeRequestClosed),
  transition(changeRequestCancelled),
];

const byType = new Map(KPI_PROJECTIONS.map((entry) => [entry.definition.type, entry]));

export function projectionOf(type: string): Projection | undefined {
  return byType.get(type);
}
