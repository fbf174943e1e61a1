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
  eventOf,
  type PendingEvent,
} from '@itsm/events';
import { at, ids } from './ids';

const change = {
  changeRequestId: ids.changeRequest,
  reference: 'CHG-000001',
  type: 'NORMAL' as const,
  customerId: ids.customer,
  serviceIds: [ids.service],
  actor: 'change.manager@itsm.local',
  reason: null,
  occurredAt: at,
};

export const changeTransitionSamples: PendingEvent[] = [
  eventOf(changeRequestRaised, ids.changeRequest, {
    changeRequestId: ids.changeRequest,
    reference: 'CHG-000001',
    title: 'Add a second mail relay',
    type: 'NORMAL',
    state: 'DRAFT',
    customerId: null,
    serviceIds: [ids.service],
    requestedBy: 'change.manager@itsm.local',
    raisedAt: at,
  }),
  eventOf(changeRequestSubmitted, ids.changeRequest, {
    ...change,
    fromState: 'DRAFT',
    state: 'SUBMITTED',
  }),
  eventOf(changeRequestAssessed, ids.changeRequest, {
    ...change,
    fromState: 'SUBMITTED',
    state: 'ASSESSED',
  }),
  eventOf(changeRequestAuthorized, ids.changeRequest, {
    ...change,
    fromState: 'ASSESSED',
    state: 'AUTHORIZED',
  }),
  eventOf(changeRequestRejected, ids.changeRequest, {
    ...change,
    fromState: 'ASSESSED',
    state: 'REJECTED',
    reason: 'The backout plan is missing.',
  }),
  eventOf(changeRequestScheduled, ids.changeRequest, {
    ...change,
    fromState: 'AUTHORIZED',
    state: 'SCHEDULED',
    plannedStart: '2026-03-07T22:00:00Z',
    plannedEnd: '2026-03-08T01:00:00Z',
  }),
  eventOf(changeRequestImplementationStarted, ids.changeRequest, {
    ...change,
    fromState: 'SCHEDULED',
    state: 'IMPLEMENTING',
  }),
  eventOf(changeRequestImplemented, ids.changeRequest, {
    ...change,
    fromState: 'IMPLEMENTING',
    state: 'IMPLEMENTED',
  }),
  eventOf(changeRequestFailed, ids.changeRequest, {
    ...change,
    fromState: 'IMPLEMENTING',
    state: 'FAILED',
    reason: 'The relay would not start; backed out.',
  }),
  eventOf(changeRequestReviewed, ids.changeRequest, {
    ...change,
    fromState: 'IMPLEMENTED',
    state: 'REVIEWED',
    outcome: 'PARTIAL',
    incidentsCaused: 1,
    lessonsLearned: 'Test the failover before the window.',
  }),
  eventOf(changeRequestClosed, ids.changeRequest, {
    ...change,
    fromState: 'REVIEWED',
    state: 'CLOSED',
  }),
  eventOf(changeRequestCancelled, ids.changeRequest, {
    ...change,
    fromState: 'SUBMITTED',
    state: 'CANCELLED',
    reason: 'Superseded by CHG-000002.',
  }),
];
