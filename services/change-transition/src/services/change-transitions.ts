import { type PendingEvent, type Transaction } from '@itsm/events';
import { ConflictError } from '@itsm/platform';
import { allowedTargets, type ChangeAction, targetOf } from '../domain/change-lifecycle';
import { changeReference, type ChangeState } from '../domain/change-request';
import type { ChangeRequestRecord } from '../entities/change-request';
import type { ReviewRecord } from '../entities/review';
import { transitionEvent } from '../events/published';
import {
  type ChangeRequestChanges,
  ChangeRequestRepository,
} from '../repositories/change-request-repository';

const PAST_TENSE: Record<ChangeAction, string> = {
  SUBMIT: 'submitted',
  ASSESS: 'assessed',
  AUTHORIZE: 'decided on',
  REJECT: 'decided on',
  SCHEDULE: 'scheduled',
  START_IMPLEMENTATION: 'started',
  COMPLETE_IMPLEMENTATION: 'completed',
  FAIL: 'failed',
  REVIEW: 'reviewed',
  CLOSE: 'closed',
  CANCEL: 'cancelled',
};

/** A CONFLICT about the state of a change: it names the current state and the states the
 * change may move to instead. */
export function stateConflict(change: ChangeRequestRecord, problem: string): ConflictError {
  const allowed = allowedTargets(change.type, change.state);
  const next = allowed.length
    ? `as a ${change.type} change it may move to ${allowed.join(', ')}`
    : `${change.state} is final`;
  return new ConflictError(`${changeReference(change.number)} ${problem}: ${next}`, {
    details: { currentState: change.state, allowedTransitions: allowed },
  });
}

/** The state an action moves the change to; a CONFLICT when the table does not allow it. */
export function requireMove(change: ChangeRequestRecord, action: ChangeAction): ChangeState {
  const target = targetOf(change.type, change.state, action);
  if (!target) {
    throw stateConflict(change, `is ${change.state} and cannot be ${PAST_TENSE[action]}`);
  }
  return target;
}

export interface TransitionOptions {
  reason?: string | null;
  /** Fields the transition sets besides the state. */
  changes?: ChangeRequestChanges;
  /** The review a REVIEW transition records. */
  review?: ReviewRecord;
  /** Events that go out before the transition's own. */
  events?: PendingEvent[];
}

/** Moves a change request, locked by the caller's transaction, by one action of the table:
 * sets its state, appends the step to its history and publishes the transition's event. */
export async function applyTransition(
  transaction: Transaction,
  current: ChangeRequestRecord,
  action: ChangeAction,
  actor: string,
  options: TransitionOptions = {},
): Promise<ChangeRequestRecord> {
  const target = requireMove(current, action);
  const repository = new ChangeRequestRepository(transaction.manager);
  const changeRequest = await repository.update(current.id, { ...options.changes, state: target });
  const transition = await repository.recordTransition({
    changeRequestId: current.id,
    fromState: current.state,
    toState: target,
    actor,
    reason: options.reason ?? null,
  });
  const serviceIds = await repository.serviceIdsOfOne(current.id);
  await transaction.publish(
    ...(options.events ?? []),
    transitionEvent(action, { changeRequest, serviceIds, transition }, options.review ?? null),
  );
  return changeRequest;
}
