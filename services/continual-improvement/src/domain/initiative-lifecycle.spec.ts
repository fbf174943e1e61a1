import { IMPROVEMENT_STATES } from '@itsm/events/contracts';
import type { ImprovementState } from './improvement-initiative';
import {
  requirementsOf,
  type TransitionSubject,
  TRANSITIONS,
  transitionRefusal,
} from './initiative-lifecycle';

const ready: Omit<TransitionSubject, 'state'> = {
  owner: 'Dana',
  dueDate: '2026-06-30',
  measure: {
    name: 'Availability',
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    baseline: 98.7,
    target: 99.5,
    baselineAt: null,
  },
  actual: 99.6,
};

const LEGAL: [ImprovementState, ImprovementState][] = [
  ['IDENTIFIED', 'ASSESSED'],
  ['IDENTIFIED', 'REJECTED'],
  ['ASSESSED', 'APPROVED'],
  ['ASSESSED', 'REJECTED'],
  ['APPROVED', 'IN_PROGRESS'],
  ['APPROVED', 'REJECTED'],
  ['IN_PROGRESS', 'IMPLEMENTED'],
  ['IMPLEMENTED', 'VALIDATED'],
  ['IMPLEMENTED', 'IN_PROGRESS'],
  ['IMPLEMENTED', 'CLOSED'],
  ['VALIDATED', 'CLOSED'],
];

const isLegal = (from: ImprovementState, to: ImprovementState) =>
  LEGAL.some(([a, b]) => a === from && b === to);

describe('the initiative lifecycle', () => {
  it('allows exactly the documented transitions', () => {
    const table = IMPROVEMENT_STATES.flatMap((from) =>
      TRANSITIONS[from].map((to) => [from, to] as [ImprovementState, ImprovementState]),
    );
    expect(table.sort()).toEqual([...LEGAL].sort());
  });

  it.each(LEGAL)('lets a ready initiative move from %s to %s', (from, to) => {
    expect(transitionRefusal({ ...ready, state: from }, to, 'Because.')).toBeNull();
  });

  const illegal = IMPROVEMENT_STATES.flatMap((from) =>
    IMPROVEMENT_STATES.filter((to) => !isLegal(from, to)).map((to) => [from, to] as const),
  );

  it.each(illegal)('refuses %s → %s as a CONFLICT naming the allowed states', (from, to) => {
    const refusal = transitionRefusal({ ...ready, state: from }, to, 'Because.');
    expect(refusal?.extensions).toEqual({
      code: 'CONFLICT',
      currentState: from,
      allowedStates: TRANSITIONS[from],
    });
    expect(refusal?.message).toContain(`cannot move to ${to}`);
  });

  it.each<[ImprovementState, ImprovementState]>([
    ['IDENTIFIED', 'REJECTED'],
    ['ASSESSED', 'REJECTED'],
    ['APPROVED', 'REJECTED'],
    ['IMPLEMENTED', 'CLOSED'],
  ])('needs a reason to move from %s to %s', (from, to) => {
    for (const reason of [null, '']) {
      expect(transitionRefusal({ ...ready, state: from }, to, reason)?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.reason',
      });
    }
  });

  it.each<[ImprovementState, ImprovementState]>([
    ['VALIDATED', 'CLOSED'],
    ['IMPLEMENTED', 'IN_PROGRESS'],
    ['IDENTIFIED', 'ASSESSED'],
  ])('needs no reason to move from %s to %s', (from, to) => {
    expect(transitionRefusal({ ...ready, state: from }, to, null)).toBeNull();
  });

  it.each<[string, ImprovementState, ImprovementState, Partial<TransitionSubject>, string[]]>([
    ['a measure to be assessed', 'IDENTIFIED', 'ASSESSED', { measure: null }, ['measure']],
    ['an owner to be approved', 'ASSESSED', 'APPROVED', { owner: null }, ['owner']],
    ['a due date to be approved', 'ASSESSED', 'APPROVED', { dueDate: null }, ['dueDate']],
    [
      'both to be approved',
      'ASSESSED',
      'APPROVED',
      { owner: null, dueDate: null },
      ['owner', 'dueDate'],
    ],
    ['an actual measure to be validated', 'IMPLEMENTED', 'VALIDATED', { actual: null }, ['actual']],
  ])('needs %s', (_case, from, to, change, missing) => {
    expect(transitionRefusal({ ...ready, ...change, state: from }, to, null)?.extensions).toEqual({
      code: 'CONFLICT',
      currentState: from,
      allowedStates: TRANSITIONS[from],
      missing,
    });
  });

  it.each<[string, 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER', number, number, boolean]>([
    ['above a higher-is-better target', 'HIGHER_IS_BETTER', 99.5, 99.6, true],
    ['on a higher-is-better target', 'HIGHER_IS_BETTER', 99.5, 99.5, true],
    ['below a higher-is-better target', 'HIGHER_IS_BETTER', 99.5, 99.4, false],
    ['under a lower-is-better target', 'LOWER_IS_BETTER', 240, 200, true],
    ['on a lower-is-better target', 'LOWER_IS_BETTER', 240, 240, true],
    ['over a lower-is-better target', 'LOWER_IS_BETTER', 240, 241, false],
  ])('validates an actual %s: %s', (_case, direction, target, actual, validates) => {
    const subject: TransitionSubject = {
      ...ready,
      state: 'IMPLEMENTED',
      measure: { ...ready.measure!, direction, target },
      actual,
    };
    const refusal = transitionRefusal(subject, 'VALIDATED', null);
    if (validates) {
      expect(refusal).toBeNull();
    } else {
      expect(refusal?.extensions).toEqual({
        code: 'CONFLICT',
        currentState: 'IMPLEMENTED',
        allowedStates: ['IN_PROGRESS', 'CLOSED'],
      });
      expect(refusal?.message).toContain(`misses the target ${target}`);
    }
  });
});

describe('requirementsOf', () => {
  it.each<[ImprovementState, string[]]>([
    ['IDENTIFIED', []],
    ['ASSESSED', ['measure']],
    ['APPROVED', ['measure', 'owner', 'dueDate']],
    ['IN_PROGRESS', ['measure', 'owner', 'dueDate']],
    ['CLOSED', ['measure', 'owner', 'dueDate']],
    ['REJECTED', []],
  ])('an initiative %s must have %j', (state, requirements) => {
    expect(requirementsOf(state)).toEqual(requirements);
  });
});
