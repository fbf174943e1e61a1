import {
  blackoutWindowDeclared,
  changeRequestApprovalRecorded,
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
  changeRequestUpdated,
  eventOf,
  type PendingEvent,
  releaseAcceptanceCriteriaDefined,
  releaseAcceptanceSignedOff,
  releaseCreated,
  releaseDeployed,
  standardChangeModelDefined,
} from '@itsm/events';
import type { ApprovalBoard } from '../domain/approval-policy';
import type { ChangeAction } from '../domain/change-lifecycle';
import { changeReference, type ChangeState } from '../domain/change-request';
import { releaseReference } from '../domain/release';
import type { ApprovalRecord } from '../entities/approval';
import type { BlackoutWindowRecord } from '../entities/blackout-window';
import type { ChangeRequestRecord } from '../entities/change-request';
import type { AcceptanceRecord, ReleaseRecord } from '../entities/release';
import type { ReviewRecord } from '../entities/review';
import type { StandardChangeModelRecord } from '../entities/standard-change-model';
import type { StateTransitionRecord } from '../entities/state-transition';

export function changeRequestRaisedEvent(changeRequest: ChangeRequestRecord, serviceIds: string[]) {
  return eventOf(changeRequestRaised, changeRequest.id, {
    changeRequestId: changeRequest.id,
    reference: changeReference(changeRequest.number),
    title: changeRequest.title,
    type: changeRequest.type,
    state: changeRequest.state,
    customerId: changeRequest.customerId,
    serviceIds,
    requestedBy: changeRequest.requestedBy,
    raisedAt: changeRequest.createdAt.toISOString(),
  });
}

export function changeRequestUpdatedEvent(
  changeRequest: ChangeRequestRecord,
  changedFields: string[],
  actor: string,
) {
  return eventOf(changeRequestUpdated, changeRequest.id, {
    changeRequestId: changeRequest.id,
    reference: changeReference(changeRequest.number),
    changedFields,
    actor,
    occurredAt: changeRequest.updatedAt.toISOString(),
  });
}

/** The event of each transition, but SCHEDULE and REVIEW, which say more. */
const TRANSITION_EVENTS = {
  SUBMIT: changeRequestSubmitted,
  ASSESS: changeRequestAssessed,
  AUTHORIZE: changeRequestAuthorized,
  REJECT: changeRequestRejected,
  START_IMPLEMENTATION: changeRequestImplementationStarted,
  COMPLETE_IMPLEMENTATION: changeRequestImplemented,
  FAIL: changeRequestFailed,
  CLOSE: changeRequestClosed,
  CANCEL: changeRequestCancelled,
} as const satisfies Record<Exclude<ChangeAction, 'SCHEDULE' | 'REVIEW'>, unknown>;

/** A transition that just happened: the request as it now is, and its history entry. */
export interface TransitionFacts {
  changeRequest: ChangeRequestRecord;
  serviceIds: string[];
  transition: StateTransitionRecord;
}

function transitionData({ changeRequest, serviceIds, transition }: TransitionFacts) {
  return {
    changeRequestId: changeRequest.id,
    reference: changeReference(changeRequest.number),
    type: changeRequest.type,
    fromState: transition.fromState as ChangeState,
    state: transition.toState,
    customerId: changeRequest.customerId,
    serviceIds,
    actor: transition.actor,
    reason: transition.reason,
    occurredAt: transition.occurredAt.toISOString(),
  };
}

export function transitionEvent(
  action: ChangeAction,
  facts: TransitionFacts,
  review: ReviewRecord | null = null,
): PendingEvent {
  const { changeRequest } = facts;
  const data = transitionData(facts);
  if (action === 'SCHEDULE') {
    return eventOf(changeRequestScheduled, changeRequest.id, {
      ...data,
      plannedStart: changeRequest.plannedStart!.toISOString(),
      plannedEnd: changeRequest.plannedEnd!.toISOString(),
    });
  }
  if (action === 'REVIEW') {
    return eventOf(changeRequestReviewed, changeRequest.id, {
      ...data,
      outcome: review!.outcome,
      incidentsCaused: review!.incidentsCaused,
      lessonsLearned: review!.lessonsLearned,
    });
  }
  return eventOf(TRANSITION_EVENTS[action], changeRequest.id, data);
}

export function approvalRecordedEvent(
  changeRequest: ChangeRequestRecord,
  approval: ApprovalRecord,
  board: Exclude<ApprovalBoard, 'PRE_AUTHORISED'>,
) {
  return eventOf(changeRequestApprovalRecorded, changeRequest.id, {
    changeRequestId: changeRequest.id,
    reference: changeReference(changeRequest.number),
    approver: approval.approver,
    approverRole: approval.approverRole,
    board,
    decision: approval.decision,
    reason: approval.reason,
    decidedAt: approval.decidedAt.toISOString(),
  });
}

export function blackoutWindowDeclaredEvent(blackout: BlackoutWindowRecord) {
  return eventOf(blackoutWindowDeclared, blackout.id, {
    blackoutWindowId: blackout.id,
    name: blackout.name,
    serviceId: blackout.serviceId,
    startsAt: blackout.startsAt.toISOString(),
    endsAt: blackout.endsAt.toISOString(),
    declaredBy: blackout.declaredBy,
  });
}

export function releaseCreatedEvent(
  release: ReleaseRecord,
  changeRequestIds: string[],
  customerIds: string[],
) {
  return eventOf(releaseCreated, release.id, {
    releaseId: release.id,
    reference: releaseReference(release.number),
    name: release.name,
    changeRequestIds,
    customerIds,
    createdBy: release.createdBy,
    createdAt: release.createdAt.toISOString(),
  });
}

export function acceptanceCriteriaDefinedEvent(
  release: ReleaseRecord,
  acceptance: AcceptanceRecord,
) {
  return eventOf(releaseAcceptanceCriteriaDefined, release.id, {
    releaseId: release.id,
    reference: releaseReference(release.number),
    customerId: acceptance.customerId,
    criteria: acceptance.criteria,
    definedBy: acceptance.definedBy,
    definedAt: acceptance.definedAt.toISOString(),
  });
}

export function acceptanceSignedOffEvent(release: ReleaseRecord, acceptance: AcceptanceRecord) {
  return eventOf(releaseAcceptanceSignedOff, release.id, {
    releaseId: release.id,
    reference: releaseReference(release.number),
    customerId: acceptance.customerId,
    contactId: acceptance.contactId!,
    contactName: acceptance.contactName!,
    recordedBy: acceptance.signedOffRecordedBy!,
    signedOffAt: acceptance.signedOffAt!.toISOString(),
  });
}

export function releaseDeployedEvent(release: ReleaseRecord, changeRequestIds: string[]) {
  return eventOf(releaseDeployed, release.id, {
    releaseId: release.id,
    reference: releaseReference(release.number),
    changeRequestIds,
    deployedBy: release.deployedBy!,
    deployedAt: release.deployedAt!.toISOString(),
  });
}

export function standardChangeModelDefinedEvent(model: StandardChangeModelRecord) {
  return eventOf(standardChangeModelDefined, model.id, {
    standardChangeModelId: model.id,
    name: model.name,
    category: model.category,
    definedBy: model.definedBy,
    definedAt: model.createdAt.toISOString(),
  });
}
