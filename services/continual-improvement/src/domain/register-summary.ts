import { IMPROVEMENT_SOURCES, IMPROVEMENT_STATES, PRIORITIES } from '@itsm/events/contracts';
import type { ImprovementSource, ImprovementState, Priority } from './improvement-initiative';
import { isFinished } from './initiative-lifecycle';

/** A group of initiatives sharing a state, source and priority, as the register counts them. */
export interface RegisterGroup {
  state: ImprovementState;
  source: ImprovementSource;
  priority: Priority;
  count: number;
  overdue: number;
  validated: number;
  expectedBenefitValue: number;
  realisedBenefitValue: number;
}

/** The calendar date of an instant in UTC, as YYYY-MM-DD: due dates are compared in UTC. */
export function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** An unfinished initiative is overdue once its due date has passed. */
export function isOverdue(
  initiative: { state: ImprovementState; dueDate: string | null },
  now: Date,
): boolean {
  return (
    !isFinished(initiative.state) &&
    initiative.dueDate !== null &&
    initiative.dueDate < utcDate(now)
  );
}

function countBy<Key extends string>(
  keys: readonly Key[],
  groups: RegisterGroup[],
  keyOf: (group: RegisterGroup) => Key,
) {
  return keys.map((key) => ({
    key,
    count: groups.filter((group) => keyOf(group) === key).reduce((sum, g) => sum + g.count, 0),
  }));
}

const sum = (groups: RegisterGroup[], value: (group: RegisterGroup) => number) =>
  groups.reduce((total, group) => total + value(group), 0);

/** The register at a glance: every state, source and priority is listed, with zero when
 * none has it, so charts keep their axes. A rejected initiative's expected benefit was
 * never going to come, so it is left out. */
export function summarizeRegister(groups: RegisterGroup[]) {
  return {
    total: sum(groups, (group) => group.count),
    unfinished: sum(groups, (group) => (isFinished(group.state) ? 0 : group.count)),
    overdue: sum(groups, (group) => group.overdue),
    validated: sum(groups, (group) => group.validated),
    byState: countBy(IMPROVEMENT_STATES, groups, (group) => group.state).map(({ key, count }) => ({
      state: key,
      count,
    })),
    bySource: countBy(IMPROVEMENT_SOURCES, groups, (group) => group.source).map(
      ({ key, count }) => ({ source: key, count }),
    ),
    byPriority: countBy(PRIORITIES, groups, (group) => group.priority).map(({ key, count }) => ({
      priority: key,
      count,
    })),
    expectedBenefitValue: sum(groups, (group) =>
      group.state === 'REJECTED' ? 0 : group.expectedBenefitValue,
    ),
    realisedBenefitValue: sum(groups, (group) => group.realisedBenefitValue),
  };
}
