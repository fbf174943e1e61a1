import { refusalOf } from '../portfolio-test-kit';
import {
  assertStatusChange,
  customerStatusLifecycle,
  relationshipLevelLifecycle,
} from './customer';
import { feedbackLifecycle } from './feedback';
import type { Lifecycle } from './lifecycle';
import { assertEditable, objectiveLifecycle } from './objective';
import {
  allowedTransitions,
  assertAdvance,
  assertBusinessCaseOpen,
  type OpportunityState,
} from './opportunity';

/** Every (from, to) pair of a lifecycle: the listed ones pass, every other one is a
 * CONFLICT naming the current state and the allowed ones. */
function checkEveryPair<State extends string>(
  lifecycle: Lifecycle<State>,
  states: readonly State[],
  expected: Record<State, State[]>,
) {
  for (const from of states) {
    expect(lifecycle.allowedFrom(from)).toEqual(expected[from]);
    for (const to of states) {
      const error = refusalOf(() => lifecycle.assertTransition(from, to));
      if (expected[from].includes(to)) {
        expect(error).toBeUndefined();
      } else {
        expect(error?.extensions).toEqual({
          code: 'CONFLICT',
          currentState: from,
          allowedStates: expected[from],
        });
        expect(error?.message).toContain(`is ${from} and cannot become ${to}`);
      }
    }
  }
}

describe('state machines', () => {
  it('customer status: prospects are won or lost, customers leave and come back', () => {
    checkEveryPair(customerStatusLifecycle, ['PROSPECT', 'ACTIVE', 'FORMER'], {
      PROSPECT: ['ACTIVE', 'FORMER'],
      ACTIVE: ['FORMER'],
      FORMER: ['ACTIVE'],
    });
  });

  it.each([
    ['PROSPECT', 'ACTIVE', 0, ['FORMER'], 'needs a DECISION_MAKER contact first'],
    ['PROSPECT', 'ACTIVE', 1, undefined, undefined],
    ['FORMER', 'ACTIVE', 0, [], 'needs a DECISION_MAKER contact first'],
    ['FORMER', 'ACTIVE', 2, undefined, undefined],
    ['ACTIVE', 'PROSPECT', 1, ['FORMER'], undefined],
    ['PROSPECT', 'FORMER', 0, undefined, undefined],
  ] as const)(
    'customer status %s → %s with %d decision makers: allowed %j',
    (from, to, decisionMakers, allowed, why) => {
      const error = refusalOf(() => assertStatusChange(from, to, decisionMakers));
      if (!allowed) return expect(error).toBeUndefined();
      expect(error?.extensions).toEqual({
        code: 'CONFLICT',
        currentState: from,
        allowedStates: allowed,
      });
      if (why) expect(error?.message).toContain(why);
    },
  );

  it('relationship level: any other level, never the same one', () => {
    const levels = ['BASIC', 'REACTIVE', 'ACCOUNTABLE', 'PROACTIVE', 'PARTNERSHIP'] as const;
    checkEveryPair(
      relationshipLevelLifecycle,
      levels,
      Object.fromEntries(
        levels.map((level) => [level, levels.filter((other) => other !== level)]),
      ) as Record<(typeof levels)[number], (typeof levels)[number][]>,
    );
  });

  it('feedback: OPEN → ACKNOWLEDGED → RESOLVED → CLOSED, nothing skipped or undone', () => {
    checkEveryPair(feedbackLifecycle, ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'CLOSED'], {
      OPEN: ['ACKNOWLEDGED'],
      ACKNOWLEDGED: ['RESOLVED'],
      RESOLVED: ['CLOSED'],
      CLOSED: [],
    });
  });

  it('objective: agreed from DRAFT, ended from AGREED, withdrawn from either', () => {
    checkEveryPair(objectiveLifecycle, ['DRAFT', 'AGREED', 'ACHIEVED', 'MISSED', 'WITHDRAWN'], {
      DRAFT: ['AGREED', 'WITHDRAWN'],
      AGREED: ['ACHIEVED', 'MISSED', 'WITHDRAWN'],
      ACHIEVED: [],
      MISSED: [],
      WITHDRAWN: [],
    });
  });

  it.each([
    ['DRAFT', undefined],
    ['AGREED', 'AGREED'],
    ['ACHIEVED', 'ACHIEVED'],
    ['WITHDRAWN', 'WITHDRAWN'],
  ] as const)('objective: editing a %s one is refused unless DRAFT', (status, refusedIn) => {
    const error = refusalOf(() => assertEditable(status));
    if (!refusedIn) return expect(error).toBeUndefined();
    expect(error?.extensions).toEqual({
      code: 'CONFLICT',
      currentState: refusedIn,
      allowedStates: ['DRAFT'],
    });
  });
});

describe('opportunity lifecycle', () => {
  const states: OpportunityState[] = [
    'IDENTIFIED',
    'ASSESSED',
    'APPROVED',
    'IN_PORTFOLIO',
    'REJECTED',
  ];
  const signedOff = new Date('2026-03-02T10:00:00Z');

  it.each([
    ['IDENTIFIED', null, ['ASSESSED', 'REJECTED']],
    ['IDENTIFIED', signedOff, ['ASSESSED', 'REJECTED']],
    ['ASSESSED', null, ['REJECTED']],
    ['ASSESSED', signedOff, ['APPROVED', 'REJECTED']],
    ['APPROVED', signedOff, ['IN_PORTFOLIO', 'REJECTED']],
    ['IN_PORTFOLIO', signedOff, []],
    ['REJECTED', null, []],
  ] as const)('from %s (signed off: %s) it may go to %j', (state, signedOffAt, allowed) => {
    const opportunity = { state, signedOffAt };
    expect(allowedTransitions(opportunity)).toEqual(allowed);
    for (const to of states) {
      const error = refusalOf(() => assertAdvance(opportunity, to));
      if ((allowed as readonly string[]).includes(to)) {
        expect(error).toBeUndefined();
      } else {
        expect(error?.extensions).toEqual({
          code: 'CONFLICT',
          currentState: state,
          allowedStates: allowed,
        });
      }
    }
  });

  it('says that APPROVED waits for the sign-off', () => {
    const error = refusalOf(() =>
      assertAdvance({ state: 'ASSESSED', signedOffAt: null }, 'APPROVED'),
    );
    expect(error?.message).toBe(
      'The opportunity is ASSESSED and cannot become APPROVED: it can move to REJECTED ' +
        '(APPROVED needs the customer’s sign-off first)',
    );
  });

  it.each(states)('edits and sign-offs of a %s opportunity', (state) => {
    const error = refusalOf(() => assertBusinessCaseOpen(state, 'signed off'));
    if (state === 'IDENTIFIED' || state === 'ASSESSED') return expect(error).toBeUndefined();
    expect(error?.extensions).toEqual({
      code: 'CONFLICT',
      currentState: state,
      allowedStates: ['IDENTIFIED', 'ASSESSED'],
    });
  });
});
