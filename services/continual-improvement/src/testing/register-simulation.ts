import { decide, type OpenInitiative, type RuleFinding } from '../domain/rules/rule-decision';

/**
 * The register as the rules see it, kept in memory for the unit tests: one initiative per
 * rule key, changed only through `decide`, as the applying layer does in its transaction.
 */
export class RegisterSimulation {
  readonly initiatives = new Map<string, OpenInitiative & { opened: RuleFinding['initiative'] }>();
  private sequence = 0;

  apply(finding: RuleFinding | null): ReturnType<typeof decide> {
    const open = finding ? (this.initiatives.get(finding.initiative.ruleKey) ?? null) : null;
    const decision = decide(finding, open);
    if (decision.kind === 'open') {
      this.sequence += 1;
      const { initiative } = decision;
      this.initiatives.set(finding!.initiative.ruleKey, {
        id: `initiative-${this.sequence}`,
        state: 'IDENTIFIED',
        source: initiative.source,
        priority: initiative.priority,
        measure: initiative.measure,
        serviceIds: initiative.serviceIds,
        triggerEventIds: new Set(decision.evidence.map((item) => item.eventId)),
        opened: finding!.initiative,
      });
    } else if (decision.kind === 'extend') {
      const open = this.initiatives.get(finding!.initiative.ruleKey)!;
      this.initiatives.set(finding!.initiative.ruleKey, {
        ...open,
        priority: decision.escalateTo ?? open.priority,
        source: decision.source ?? open.source,
        serviceIds: [...open.serviceIds, ...decision.addServiceIds],
        measure:
          decision.baseline && open.measure
            ? { ...open.measure, ...decision.baseline }
            : open.measure,
        triggerEventIds: new Set([
          ...open.triggerEventIds,
          ...decision.evidence.map((item) => item.eventId),
        ]),
      });
    }
    return decision;
  }

  /** What the register holds, in a form that does not depend on the order of arrival. */
  outcome() {
    return [...this.initiatives.entries()]
      .map(([ruleKey, initiative]) => ({
        ruleKey,
        source: initiative.source,
        priority: initiative.priority,
        baseline: initiative.measure?.baseline ?? null,
        serviceIds: [...initiative.serviceIds].sort(),
        triggers: [...initiative.triggerEventIds].sort(),
      }))
      .sort((a, b) => a.ruleKey.localeCompare(b.ruleKey));
  }
}

/** Every order of a short list. */
export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  );
}
