import { ConflictError, type DomainError, ValidationError } from '@itsm/platform';
import { IMPROVEMENT_STATES } from '@itsm/events/contracts';
import {
  type ImprovementState,
  type MeasureDefinition,
  meetsTarget,
} from './improvement-initiative';

/**
 * The lifecycle of an initiative: IDENTIFIED → ASSESSED → APPROVED → IN_PROGRESS →
 * IMPLEMENTED → VALIDATED → CLOSED. Until work starts it may be REJECTED. An implemented
 * initiative whose result misses its target goes back IN_PROGRESS, or is CLOSED with a reason.
 */
export const TRANSITIONS: Readonly<Record<ImprovementState, readonly ImprovementState[]>> = {
  IDENTIFIED: ['ASSESSED', 'REJECTED'],
  ASSESSED: ['APPROVED', 'REJECTED'],
  APPROVED: ['IN_PROGRESS', 'REJECTED'],
  IN_PROGRESS: ['IMPLEMENTED'],
  IMPLEMENTED: ['VALIDATED', 'IN_PROGRESS', 'CLOSED'],
  VALIDATED: ['CLOSED'],
  CLOSED: [],
  REJECTED: [],
};

/** An initiative in these states no longer changes, nor collects evidence. */
export const FINISHED_STATES = ['VALIDATED', 'CLOSED', 'REJECTED'] as const;

export function isFinished(state: ImprovementState): boolean {
  return (FINISHED_STATES as readonly ImprovementState[]).includes(state);
}

export const UNFINISHED_STATES = IMPROVEMENT_STATES.filter((state) => !isFinished(state));

/** The measure may be changed until the initiative is approved: the target is what the
 * approval agreed to, and what validation checks. */
export const MEASURE_EDITABLE_STATES: readonly ImprovementState[] = ['IDENTIFIED', 'ASSESSED'];

/** What an initiative must have from the given state on: a measure to be assessed against,
 * an owner and a due date to be approved. */
export function requirementsOf(state: ImprovementState): Requirement[] {
  const reached = (milestone: ImprovementState) =>
    state !== 'REJECTED' &&
    IMPROVEMENT_STATES.indexOf(state) >= IMPROVEMENT_STATES.indexOf(milestone);
  return [
    ...(reached('ASSESSED') ? (['measure'] as const) : []),
    ...(reached('APPROVED') ? (['owner', 'dueDate'] as const) : []),
  ];
}

export type Requirement = 'measure' | 'owner' | 'dueDate';

/** The requirements of the state that the initiative lacks. */
export function missingFor(
  state: ImprovementState,
  subject: Omit<TransitionSubject, 'state'>,
): Requirement[] {
  return requirementsOf(state).filter((requirement) => !subject[requirement]);
}

/** The result is recorded while the work goes on and once it is implemented. */
export const RESULT_STATES: readonly ImprovementState[] = ['IN_PROGRESS', 'IMPLEMENTED'];

/** What a transition looks at. */
export interface TransitionSubject {
  state: ImprovementState;
  owner: string | null;
  dueDate: string | null;
  measure: MeasureDefinition | null;
  actual: number | null;
}

/** Rejecting, and closing an initiative that was not validated, must say why. */
function needsReason(from: ImprovementState, to: ImprovementState): boolean {
  return to === 'REJECTED' || (to === 'CLOSED' && from !== 'VALIDATED');
}

/** A refusal because of the state the initiative is in; `allowed` defaults to the states it
 * may move to. */
export function stateConflict(
  state: ImprovementState,
  message: string,
  {
    missing,
    allowed = TRANSITIONS[state],
  }: { missing?: string[]; allowed?: readonly ImprovementState[] } = {},
) {
  return new ConflictError(message, {
    details: { currentState: state, allowedStates: allowed, ...(missing && { missing }) },
  });
}

/** Why the initiative may not move to `to`, or null when it may. */
export function transitionRefusal(
  subject: TransitionSubject,
  to: ImprovementState,
  reason: string | null,
): DomainError | null {
  const { state } = subject;
  const allowed = TRANSITIONS[state];
  if (!allowed.includes(to)) {
    const options = allowed.length ? allowed.join(', ') : 'none: it is finished';
    return stateConflict(
      state,
      `An initiative in ${state} cannot move to ${to}; allowed: ${options}`,
    );
  }
  if (needsReason(state, to) && !reason) {
    return new ValidationError('input.reason', `input.reason: moving to ${to} needs a reason`);
  }
  const missing = missingFor(to, subject);
  if (missing.length) {
    return stateConflict(
      state,
      `An initiative needs ${missing.join(' and ')} to be ${to}: it is assessed against a ` +
        'measure with a baseline and a target, and approved with an owner and a due date',
      { missing },
    );
  }
  if (to === 'VALIDATED') {
    const { measure, actual } = subject;
    if (!measure || actual === null) {
      return stateConflict(state, 'Record the actual measure before validating', {
        missing: ['actual'],
      });
    }
    if (!meetsTarget(measure, actual)) {
      return stateConflict(
        state,
        `The actual ${measure.name} ${actual} ${measure.unit} misses the target ${measure.target}: ` +
          'move the initiative back to IN_PROGRESS, or close it with a reason',
        { allowed: ['IN_PROGRESS', 'CLOSED'] },
      );
    }
  }
  return null;
}
