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
] as const;
