import {
  higherPriority,
  type ImprovementSource,
  type ImprovementState,
  type MeasureDefinition,
  type NewImprovementInitiative,
  type Priority,
} from '../improvement-initiative';

/** An event a rule acted on; it becomes one of the initiative's triggers. */
export interface Evidence {
  eventId: string;
  eventType: string;
  occurredAt: Date;
  summary: string;
}

/** What a rule concluded from one event. */
export interface RuleFinding {
  /** The initiative the rule would open; its ruleKey says what it is about. */
  initiative: NewImprovementInitiative & { ruleKey: string };
  /** The events behind it, at least the one at hand. */
  evidence: Evidence[];
  /** False when the evidence may join an unfinished initiative but is not enough to open one,
   * as a single breach of a target that has an initiative already. */
  opens: boolean;
}

/** The unfinished initiative a rule already opened for the same subject. */
export interface OpenInitiative {
  id: string;
  state: ImprovementState;
  source: ImprovementSource;
  priority: Priority;
  measure: MeasureDefinition | null;
  serviceIds: readonly string[];
  triggerEventIds: ReadonlySet<string>;
}

export type RuleDecision =
  | { kind: 'open'; initiative: NewImprovementInitiative; evidence: Evidence[] }
  | {
      kind: 'extend';
      initiativeId: string;
      evidence: Evidence[];
      /** Services the new evidence concerns that the initiative did not name yet. */
      addServiceIds: string[];
      /** Set when the new evidence warrants a higher priority. */
      escalateTo: Priority | null;
      /** Set when the new evidence is stronger than the source the initiative was opened from. */
      source: ImprovementSource | null;
      /** Set when the evidence holds a newer baseline for the rule's own measure. */
      baseline: Pick<MeasureDefinition, 'baseline' | 'baselineAt'> | null;
    }
  | { kind: 'none' };

/** A failed change outranks a review that found the change partial: both describe one
 * change, and the initiative is named for the stronger finding whatever arrives first. */
const SOURCE_PRECEDENCE: Partial<Record<ImprovementSource, ImprovementSource>> = {
  REVIEW: 'CHANGE_FAILURE',
};

/**
 * Turns a finding into an effect. Priority only rises, evidence already attached is left
 * out, and the same events give the same initiative in any order: rules are replayed, and
 * events of different topics arrive in no set order.
 */
export function decide(finding: RuleFinding | null, open: OpenInitiative | null): RuleDecision {
  if (!finding) return { kind: 'none' };
  if (!open) {
    return finding.opens
      ? { kind: 'open', initiative: finding.initiative, evidence: finding.evidence }
      : { kind: 'none' };
  }
  const evidence = finding.evidence.filter((item) => !open.triggerEventIds.has(item.eventId));
  if (evidence.length === 0) return { kind: 'none' };
  const { priority, source, measure, serviceIds } = finding.initiative;
  const raised = higherPriority(open.priority, priority);
  return {
    kind: 'extend',
    initiativeId: open.id,
    evidence,
    addServiceIds: serviceIds.filter((id) => !open.serviceIds.includes(id)),
    escalateTo: raised !== open.priority ? raised : null,
    source: SOURCE_PRECEDENCE[open.source] === source ? source : null,
    baseline: newerBaseline(open, measure),
  };
}

/** A rule's measure follows the newest evidence until the initiative is assessed; from
 * then on, the manager owns it. */
function newerBaseline(open: OpenInitiative, measure: MeasureDefinition | null) {
  const current = open.measure;
  if (open.state !== 'IDENTIFIED' || !measure?.baselineAt || !current) return null;
  if (current.name !== measure.name) return null;
  if (current.baselineAt && current.baselineAt >= measure.baselineAt) return null;
  return { baseline: measure.baseline, baselineAt: measure.baselineAt };
}

/** The fields every rule leaves for the manager to fill in. */
export const RULE_DEFAULTS = {
  owner: null,
  dueDate: null,
  expectedBenefit: null,
  agreementIds: [] as string[],
} satisfies Partial<NewImprovementInitiative>;

export function evidenceOf(
  event: { id: string; type: string; time: Date },
  summary: string,
): Evidence {
  return { eventId: event.id, eventType: event.type, occurredAt: event.time, summary };
}
