import { z } from 'zod';
import { defineEvent, defineTopic, eventIdSchema, timestampSchema } from '../contract';

export const CHANGE_TYPES = ['STANDARD', 'NORMAL', 'EMERGENCY'] as const;
export const CHANGE_STATES = [
  'DRAFT',
  'SUBMITTED',
  'ASSESSED',
  'AUTHORIZED',
  'SCHEDULED',
  'IMPLEMENTING',
  'IMPLEMENTED',
  'REVIEWED',
  'CLOSED',
  'REJECTED',
  'CANCELLED',
  'FAILED',
] as const;

export const REVIEW_OUTCOMES = ['SUCCESSFUL', 'PARTIAL', 'FAILED'] as const;
/** The boards that vote on changes; STANDARD changes need none. */
export const APPROVAL_BOARDS = ['CHANGE_MANAGER', 'CAB', 'ECAB'] as const;
export const APPROVER_ROLES = ['CHANGE_MANAGER', 'CAB_MEMBER'] as const;
export const APPROVAL_DECISIONS = ['APPROVED', 'REJECTED'] as const;

export const changeRequestTopic = defineTopic({
  name: 'itsm.change-transition.change-request',
  key: 'The change request id.',
  description: 'Requests for change, from raising to closure.',
});

export const changeRequestRaised = defineEvent({
  type: 'itsm.change-transition.change-request.raised.v1',
  topic: changeRequestTopic,
  summary: 'A request for change was raised.',
  data: z.object({
    changeRequestId: eventIdSchema,
    reference: z.string(),
    title: z.string(),
    type: z.enum(CHANGE_TYPES),
    state: z.enum(CHANGE_STATES),
    customerId: eventIdSchema.nullable(),
    serviceIds: z.array(eventIdSchema).min(1),
    requestedBy: z.string(),
    raisedAt: timestampSchema,
  }),
});

/** What every transition event of a change request says. */
const transition = {
  changeRequestId: eventIdSchema,
  reference: z.string(),
  type: z.enum(CHANGE_TYPES),
  fromState: z.enum(CHANGE_STATES),
  state: z.enum(CHANGE_STATES),
  customerId: eventIdSchema.nullable(),
  serviceIds: z.array(eventIdSchema).min(1),
  actor: z.string().describe('Who made the transition.'),
  reason: z.string().nullable(),
  occurredAt: timestampSchema,
};

function transitionEvent<const Verb extends string>(verb: Verb, summary: string) {
  return defineEvent({
    type: `itsm.change-transition.change-request.${verb}.v1`,
    topic: changeRequestTopic,
    summary,
    data: z.object(transition),
  });
}

export const changeRequestSubmitted = transitionEvent('submitted', 'A change was submitted.');
export const changeRequestAssessed = transitionEvent('assessed', 'A change was assessed.');
export const changeRequestAuthorized = transitionEvent(
  'authorized',
  'A change met its approval policy and was authorised.',
);
export const changeRequestRejected = transitionEvent('rejected', 'A change was rejected.');
export const changeRequestImplementationStarted = transitionEvent(
  'implementation-started',
  'Implementation of a change began.',
);
export const changeRequestImplemented = transitionEvent('implemented', 'A change was implemented.');
export const changeRequestFailed = transitionEvent(
  'failed',
  'A change failed during implementation and was backed out.',
);
export const changeRequestClosed = transitionEvent('closed', 'A change was closed.');
export const changeRequestCancelled = transitionEvent('cancelled', 'A change was cancelled.');

export const changeRequestScheduled = defineEvent({
  type: 'itsm.change-transition.change-request.scheduled.v1',
  topic: changeRequestTopic,
  summary: 'A change was given its implementation window.',
  data: z.object({ ...transition, plannedStart: timestampSchema, plannedEnd: timestampSchema }),
});

export const changeRequestReviewed = defineEvent({
  type: 'itsm.change-transition.change-request.reviewed.v1',
  topic: changeRequestTopic,
  summary: 'The post-implementation review of a change recorded its outcome.',
  data: z.object({
    ...transition,
    outcome: z.enum(REVIEW_OUTCOMES),
    incidentsCaused: z.number().int().min(0),
    lessonsLearned: z.string().nullable(),
  }),
});

export const changeRequestUpdated = defineEvent({
  type: 'itsm.change-transition.change-request.updated.v1',
  topic: changeRequestTopic,
  summary: 'A draft change request was edited; `changedFields` names what changed.',
  data: z.object({
    changeRequestId: eventIdSchema,
    reference: z.string(),
    changedFields: z.array(z.string()).min(1),
    actor: z.string(),
    occurredAt: timestampSchema,
  }),
});

export const changeRequestApprovalRecorded = defineEvent({
  type: 'itsm.change-transition.change-request.approval-recorded.v1',
  topic: changeRequestTopic,
  summary:
    'An approver decided on a change. The authorized or rejected event follows when the decision settles the approval policy.',
  data: z.object({
    changeRequestId: eventIdSchema,
    reference: z.string(),
    approver: z.string(),
    approverRole: z.enum(APPROVER_ROLES),
    board: z.enum(APPROVAL_BOARDS),
    decision: z.enum(APPROVAL_DECISIONS),
    reason: z.string().nullable(),
    decidedAt: timestampSchema,
  }),
});

export const standardChangeModelTopic = defineTopic({
  name: 'itsm.change-transition.standard-change-model',
  key: 'The standard change model id.',
  description: 'The catalogue of pre-authorised change models that STANDARD changes follow.',
});

export const standardChangeModelDefined = defineEvent({
  type: 'itsm.change-transition.standard-change-model.defined.v1',
  topic: standardChangeModelTopic,
  summary: 'A pre-authorised change model was added to the catalogue.',
  data: z.object({
    standardChangeModelId: eventIdSchema,
    name: z.string(),
    category: z.string().nullable(),
    definedBy: z.string(),
    definedAt: timestampSchema,
  }),
});

export const blackoutWindowTopic = defineTopic({
  name: 'itsm.change-transition.blackout-window',
  key: 'The blackout window id.',
  description: 'Periods in which changes may not be scheduled, globally or for one service.',
});

export const blackoutWindowDeclared = defineEvent({
  type: 'itsm.change-transition.blackout-window.declared.v1',
  topic: blackoutWindowTopic,
  summary: 'A blackout window was declared.',
  data: z.object({
    blackoutWindowId: eventIdSchema,
    name: z.string(),
    serviceId: eventIdSchema.nullable().describe('Null for a global blackout.'),
    startsAt: timestampSchema,
    endsAt: timestampSchema,
    declaredBy: z.string(),
  }),
});

export const releaseTopic = defineTopic({
  name: 'itsm.change-transition.release',
  key: 'The release id.',
  description: 'Releases that group changes, from planning through user acceptance to deployment.',
});

const release = {
  releaseId: eventIdSchema,
  reference: z.string(),
};

export const releaseCreated = defineEvent({
  type: 'itsm.change-transition.release.created.v1',
  topic: releaseTopic,
  summary: 'A release was planned with the changes it ships.',
  data: z.object({
    ...release,
    name: z.string(),
    changeRequestIds: z.array(eventIdSchema).min(1),
    customerIds: z.array(eventIdSchema).describe('The customers the changes are raised for.'),
    createdBy: z.string(),
    createdAt: timestampSchema,
  }),
});

export const releaseAcceptanceCriteriaDefined = defineEvent({
  type: 'itsm.change-transition.release.acceptance-criteria-defined.v1',
  topic: releaseTopic,
  summary: "A customer's user-acceptance criteria for a release were recorded.",
  data: z.object({
    ...release,
    customerId: eventIdSchema,
    criteria: z.string(),
    definedBy: z.string(),
    definedAt: timestampSchema,
  }),
});

export const releaseAcceptanceSignedOff = defineEvent({
  type: 'itsm.change-transition.release.acceptance-signed-off.v1',
  topic: releaseTopic,
  summary: "A customer's contact signed off the user acceptance of a release.",
  data: z.object({
    ...release,
    customerId: eventIdSchema,
    contactId: eventIdSchema.describe('A contact of customer-portfolio, as given.'),
    contactName: z.string(),
    recordedBy: z.string(),
    signedOffAt: timestampSchema,
  }),
});

export const releaseDeployed = defineEvent({
  type: 'itsm.change-transition.release.deployed.v1',
  topic: releaseTopic,
  summary: 'A release was deployed: the implementation of each of its changes began.',
  data: z.object({
    ...release,
    changeRequestIds: z.array(eventIdSchema).min(1),
    deployedBy: z.string(),
    deployedAt: timestampSchema,
  }),
});

/** Every event change-transition publishes. */
export const changeTransitionEvents = [
  changeRequestRaised,
  changeRequestSubmitted,
  changeRequestAssessed,
  changeRequestAuthorized,
  changeRequestRejected,
  changeRequestScheduled,
  changeRequestImplementationStarted,
  changeRequestImplemented,
  changeRequestFailed,
  changeRequestReviewed,
  changeRequestClosed,
  changeRequestCancelled,
  changeRequestUpdated,
  changeRequestApprovalRecorded,
  standardChangeModelDefined,
  blackoutWindowDeclared,
  releaseCreated,
  releaseAcceptanceCriteriaDefined,
  releaseAcceptanceSignedOff,
  releaseDeployed,
] as const;
