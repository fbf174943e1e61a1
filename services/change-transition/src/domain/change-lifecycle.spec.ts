import { CHANGE_STATES } from '@itsm/events/contracts';
import { allowedTargets, CHANGE_ACTIONS, targetOf, type ChangeAction } from './change-lifecycle';
import type { ChangeState, ChangeType } from './change-request';

/** Every legal move, written out per type: any pair of states not listed is illegal. */
const LEGAL: Record<ChangeType, string[]> = {
  NORMAL: [
    'DRAFT SUBMIT SUBMITTED',
    'DRAFT CANCEL CANCELLED',
    'SUBMITTED ASSESS ASSESSED',
    'SUBMITTED CANCEL CANCELLED',
    'ASSESSED AUTHORIZE AUTHORIZED',
    'ASSESSED REJECT REJECTED',
    'ASSESSED CANCEL CANCELLED',
    'AUTHORIZED SCHEDULE SCHEDULED',
    'AUTHORIZED CANCEL CANCELLED',
    'SCHEDULED SCHEDULE SCHEDULED',
    'SCHEDULED START_IMPLEMENTATION IMPLEMENTING',
    'SCHEDULED CANCEL CANCELLED',
    'IMPLEMENTING COMPLETE_IMPLEMENTATION IMPLEMENTED',
    'IMPLEMENTING FAIL FAILED',
    'IMPLEMENTED REVIEW REVIEWED',
    'FAILED REVIEW REVIEWED',
    'REVIEWED CLOSE CLOSED',
  ],
  STANDARD: [
    'DRAFT SUBMIT SUBMITTED',
    'DRAFT CANCEL CANCELLED',
    'SUBMITTED SCHEDULE SCHEDULED',
    'SUBMITTED CANCEL CANCELLED',
    'SCHEDULED SCHEDULE SCHEDULED',
    'SCHEDULED START_IMPLEMENTATION IMPLEMENTING',
    'SCHEDULED CANCEL CANCELLED',
    'IMPLEMENTING COMPLETE_IMPLEMENTATION IMPLEMENTED',
    'IMPLEMENTING FAIL FAILED',
    'IMPLEMENTED REVIEW REVIEWED',
    'FAILED REVIEW REVIEWED',
    'REVIEWED CLOSE CLOSED',
  ],
  EMERGENCY: [
    'DRAFT SUBMIT SUBMITTED',
    'DRAFT CANCEL CANCELLED',
    'SUBMITTED AUTHORIZE AUTHORIZED',
    'SUBMITTED REJECT REJECTED',
    'SUBMITTED CANCEL CANCELLED',
    'AUTHORIZED SCHEDULE SCHEDULED',
    'AUTHORIZED CANCEL CANCELLED',
    'SCHEDULED SCHEDULE SCHEDULED',
    'SCHEDULED START_IMPLEMENTATION IMPLEMENTING',
    'SCHEDULED CANCEL CANCELLED',
    'IMPLEMENTING COMPLETE_IMPLEMENTATION IMPLEMENTED',
    'IMPLEMENTING FAIL FAILED',
    'IMPLEMENTED REVIEW REVIEWED',
    'FAILED REVIEW REVIEWED',
    'REVIEWED CLOSE CLOSED',
  ],
};

const TYPES = Object.keys(LEGAL) as ChangeType[];

const everyMove = TYPES.flatMap((type) =>
  CHANGE_STATES.flatMap((from) =>
    CHANGE_ACTIONS.map((action) => {
      const legal = LEGAL[type].find((move) => move.startsWith(`${from} ${action} `));
      return [type, from, action, legal?.split(' ')[2] ?? null] as const;
    }),
  ),
);

describe('the transition table', () => {
  it.each(everyMove.filter(([, , , to]) => to !== null))(
    '%s: %s --%s--> %s is legal',
    (type, from, action, to) => {
      expect(targetOf(type, from, action)).toBe(to);
    },
  );

  it.each(everyMove.filter(([, , , to]) => to === null))(
    '%s: %s --%s--> is illegal',
    (type, from, action) => {
      expect(targetOf(type, from, action)).toBeNull();
    },
  );

  const everyPair = TYPES.flatMap((type) =>
    CHANGE_STATES.flatMap((from) => CHANGE_STATES.map((to) => [type, from, to] as const)),
  );

  it.each(everyPair)(
    '%s: %s -> %s is allowed exactly when the table lists it',
    (type, from, to) => {
      const listed = LEGAL[type].some((move) => {
        const [moveFrom, , moveTo] = move.split(' ');
        return moveFrom === from && moveTo === to;
      });
      expect(allowedTargets(type, from).includes(to)).toBe(listed);
    },
  );

  it.each<[ChangeType, ChangeState, ChangeState[]]>([
    ['NORMAL', 'DRAFT', ['SUBMITTED', 'CANCELLED']],
    ['NORMAL', 'ASSESSED', ['AUTHORIZED', 'REJECTED', 'CANCELLED']],
    ['STANDARD', 'SUBMITTED', ['SCHEDULED', 'CANCELLED']],
    ['EMERGENCY', 'SUBMITTED', ['AUTHORIZED', 'REJECTED', 'CANCELLED']],
    ['NORMAL', 'SCHEDULED', ['SCHEDULED', 'IMPLEMENTING', 'CANCELLED']],
    ['NORMAL', 'IMPLEMENTING', ['IMPLEMENTED', 'FAILED']],
    ['EMERGENCY', 'REJECTED', []],
    ['NORMAL', 'CANCELLED', []],
    ['STANDARD', 'CLOSED', []],
  ])('%s from %s may move to %j', (type, from, targets) => {
    expect(allowedTargets(type, from)).toEqual(targets);
  });

  it('ends a rejected request: nothing, not even rework, leaves REJECTED', () => {
    for (const type of TYPES) {
      for (const action of CHANGE_ACTIONS) {
        expect(targetOf(type, 'REJECTED', action as ChangeAction)).toBeNull();
      }
    }
  });
});
