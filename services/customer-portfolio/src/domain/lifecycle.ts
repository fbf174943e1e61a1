import { ConflictError } from '@itsm/platform';

/** A state machine given as the states each state may move to. */
export class Lifecycle<State extends string> {
  constructor(
    /** What the states belong to, for error messages, such as 'Feedback'. */
    private readonly subject: string,
    private readonly transitions: Readonly<Record<State, readonly State[]>>,
  ) {}

  allowedFrom(state: State): readonly State[] {
    return this.transitions[state];
  }

  /** Refuses a move the table does not allow, with a CONFLICT that names the current
   * state and the allowed ones. `allowed` narrows the table where a rule says more. */
  assertTransition(from: State, to: State, allowed = this.allowedFrom(from)): void {
    if (allowed.includes(to)) return;
    throw transitionConflict(this.subject, from, to, allowed);
  }
}

export function transitionConflict(
  subject: string,
  from: string,
  to: string,
  allowed: readonly string[],
  why?: string,
): ConflictError {
  const next = allowed.length > 0 ? `it can move to ${allowed.join(', ')}` : 'it cannot move';
  return new ConflictError(
    `${subject} is ${from} and cannot become ${to}: ${next}${why ? ` (${why})` : ''}`,
    { details: { currentState: from, allowedStates: [...allowed] } },
  );
}

/** Refuses an action, such as an edit, outside the states that allow it. */
export function assertStateAllows<State extends string>(
  subject: string,
  state: State,
  action: string,
  statesAllowingIt: readonly State[],
): void {
  if (statesAllowingIt.includes(state)) return;
  throw new ConflictError(
    `${subject} is ${state} and cannot be ${action}: only when ${statesAllowingIt.join(' or ')}`,
    { details: { currentState: state, allowedStates: [...statesAllowingIt] } },
  );
}
