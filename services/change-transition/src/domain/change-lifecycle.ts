import type { ChangeState, ChangeType } from './change-request';

/** What can be done to a change request; each action moves it to one state. */
export const CHANGE_ACTIONS = [
  'SUBMIT',
  'ASSESS',
  'AUTHORIZE',
  'REJECT',
  'SCHEDULE',
  'START_IMPLEMENTATION',
  'COMPLETE_IMPLEMENTATION',
  'FAIL',
  'REVIEW',
  'CLOSE',
  'CANCEL',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

type Moves = Partial<Record<ChangeAction, ChangeState>>;

/** Cancelling is allowed until implementation starts; after that a change either
 * completes or fails (is backed out), and is reviewed either way. */
const CANCEL: Moves = { CANCEL: 'CANCELLED' };

/** From scheduling on, every type follows one path. SCHEDULE from SCHEDULED reschedules. */
const FROM_SCHEDULING: Partial<Record<ChangeState, Moves>> = {
  SCHEDULED: { SCHEDULE: 'SCHEDULED', START_IMPLEMENTATION: 'IMPLEMENTING', ...CANCEL },
  IMPLEMENTING: { COMPLETE_IMPLEMENTATION: 'IMPLEMENTED', FAIL: 'FAILED' },
  IMPLEMENTED: { REVIEW: 'REVIEWED' },
  FAILED: { REVIEW: 'REVIEWED' },
  REVIEWED: { CLOSE: 'CLOSED' },
};

/**
 * The transition table per change type. REJECTED, CANCELLED and CLOSED are final: a rejected
 * request is not reworked in place, it is raised anew (see the README).
 * - NORMAL: assessed by the change manager, then authorised by its approval policy.
 * - STANDARD: pre-authorised, so a submitted request goes straight to scheduling.
 * - EMERGENCY: no assessment; the emergency CAB authorises or rejects the submitted request.
 */
const TRANSITIONS: Record<ChangeType, Partial<Record<ChangeState, Moves>>> = {
  NORMAL: {
    DRAFT: { SUBMIT: 'SUBMITTED', ...CANCEL },
    SUBMITTED: { ASSESS: 'ASSESSED', ...CANCEL },
    ASSESSED: { AUTHORIZE: 'AUTHORIZED', REJECT: 'REJECTED', ...CANCEL },
    AUTHORIZED: { SCHEDULE: 'SCHEDULED', ...CANCEL },
    ...FROM_SCHEDULING,
  },
  STANDARD: {
    DRAFT: { SUBMIT: 'SUBMITTED', ...CANCEL },
    SUBMITTED: { SCHEDULE: 'SCHEDULED', ...CANCEL },
    ...FROM_SCHEDULING,
  },
  EMERGENCY: {
    DRAFT: { SUBMIT: 'SUBMITTED', ...CANCEL },
    SUBMITTED: { AUTHORIZE: 'AUTHORIZED', REJECT: 'REJECTED', ...CANCEL },
    AUTHORIZED: { SCHEDULE: 'SCHEDULED', ...CANCEL },
    ...FROM_SCHEDULING,
  },
};

/** The state an action leads to, or null when the action is not allowed from `state`. */
export function targetOf(
  type: ChangeType,
  state: ChangeState,
  action: ChangeAction,
): ChangeState | null {
  return TRANSITIONS[type][state]?.[action] ?? null;
}

/** The states a change of this type can move to from `state`, in the order of the table. */
export function allowedTargets(type: ChangeType, state: ChangeState): ChangeState[] {
  return [...new Set(Object.values(TRANSITIONS[type][state] ?? {}))];
}

/** States whose planned window is still to come or under way: the ones that can conflict. */
export const ACTIVE_WINDOW_STATES: readonly ChangeState[] = ['SCHEDULED', 'IMPLEMENTING'];

/** States that keep a planned window on the forward schedule (CANCELLED ones drop off). */
export const SCHEDULE_STATES: readonly ChangeState[] = [
  'SCHEDULED',
  'IMPLEMENTING',
  'IMPLEMENTED',
  'FAILED',
  'REVIEWED',
  'CLOSED',
];
