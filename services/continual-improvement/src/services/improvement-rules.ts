import {
  changeRequestFailed,
  changeRequestReviewed,
  type EventDefinition,
  feedbackLogged,
  outageRecorded,
  type ReceivedEvent,
  surveyRecorded,
  targetBreached,
  type Transaction,
} from '@itsm/events';
import { measureOf } from '../domain/improvement-initiative';
import { changeFailureFinding, changeReviewFinding } from '../domain/rules/change-rule';
import { complaintFinding } from '../domain/rules/complaint-rule';
import { outageFinding } from '../domain/rules/outage-rule';
import { decide, type RuleDecision, type RuleFinding } from '../domain/rules/rule-decision';
import { slaBreachFinding, slaBreachRuleKey } from '../domain/rules/sla-breach-rule';
import { surveyFinding } from '../domain/rules/survey-rule';
import type { RuleThresholds } from '../domain/rules/thresholds';
import type { ImprovementInitiativeRecord } from '../entities/improvement-initiative';
import { improvementEscalatedEvent, improvementIdentifiedEvent } from '../events/published';
import {
  type InitiativeChanges,
  ImprovementInitiativeRepository,
} from '../repositories/improvement-initiative-repository';
import { KpiProjectionRepository } from '../repositories/kpi-projection-repository';

/** Who the history names for what the rules do. */
export const RULE_ACTOR = 'continual-improvement rules';

/** A rule: what it finds in one event. It runs after the event's projection, in the same
 * transaction, so it may read the projections the event has just moved. */
export interface Rule<Definition extends EventDefinition = EventDefinition> {
  definition: Definition;
  find(event: ReceivedEvent<Definition>, transaction: Transaction): Promise<RuleFinding | null>;
}

function rule<Definition extends EventDefinition>(
  definition: Definition,
  find: Rule<Definition>['find'],
): Rule {
  return { definition, find } as Rule;
}

/** The rules that turn other subgraphs' events into initiatives, with their thresholds. */
export function improvementRules(thresholds: RuleThresholds): Rule[] {
  return [
    rule(outageRecorded, async (event) => outageFinding(event)),
    rule(targetBreached, async (event, transaction) => {
      const breaches = await new KpiProjectionRepository(transaction.manager).breachesOfTarget(
        event.data.targetId,
        slaBreachRuleKey(event.data.targetId),
      );
      return slaBreachFinding(event.data, breaches, thresholds);
    }),
    rule(feedbackLogged, async (event) => complaintFinding(event, thresholds)),
    rule(surveyRecorded, async (event) => surveyFinding(event, thresholds)),
    rule(changeRequestFailed, async (event) => changeFailureFinding(event)),
    rule(changeRequestReviewed, async (event) => changeReviewFinding(event)),
  ];
}

/**
 * Applies a rule to an event inside the consumer's transaction, so the inbox makes it
 * idempotent: the pure `decide` says what to do, and this carries it out and publishes
 * what changed through the outbox.
 */
export async function applyRule(
  applied: Rule,
  event: ReceivedEvent,
  transaction: Transaction,
): Promise<void> {
  const finding = await applied.find(event, transaction);
  if (!finding) return;
  const repository = new ImprovementInitiativeRepository(transaction.manager);
  const unfinished = await repository.findUnfinishedByRuleKey(finding.initiative.ruleKey);
  const decision = decide(finding, unfinished && (await openInitiative(repository, unfinished)));
  if (decision.kind === 'open') await open(repository, decision, transaction);
  if (decision.kind === 'extend') await extend(repository, unfinished!, decision, transaction);
}

async function openInitiative(
  repository: ImprovementInitiativeRepository,
  initiative: ImprovementInitiativeRecord,
) {
  const [triggers, services] = await Promise.all([
    repository.triggersOf([initiative.id]),
    repository.serviceIdsOf([initiative.id]),
  ]);
  return {
    id: initiative.id,
    state: initiative.state,
    source: initiative.source,
    priority: initiative.priority,
    measure: measureOf(initiative),
    serviceIds: services.map((link) => link.serviceId),
    triggerEventIds: new Set(triggers.map((trigger) => trigger.eventId)),
  };
}

async function open(
  repository: ImprovementInitiativeRepository,
  { initiative, evidence }: Extract<RuleDecision, { kind: 'open' }>,
  transaction: Transaction,
) {
  const opened = await repository.insert(initiative, RULE_ACTOR);
  await repository.addTriggers(opened.id, evidence);
  await transaction.publish(
    improvementIdentifiedEvent(
      opened,
      initiative,
      evidence.map((item) => item.eventId),
    ),
  );
}

async function extend(
  repository: ImprovementInitiativeRepository,
  initiative: ImprovementInitiativeRecord,
  decision: Extract<RuleDecision, { kind: 'extend' }>,
  transaction: Transaction,
) {
  await repository.addTriggers(initiative.id, decision.evidence);
  await repository.addServices(initiative.id, decision.addServiceIds);
  const changes: InitiativeChanges = {
    ...(decision.escalateTo && { priority: decision.escalateTo }),
    ...(decision.source && { source: decision.source }),
    ...(decision.baseline && {
      baselineValue: decision.baseline.baseline,
      baselineAt: decision.baseline.baselineAt,
    }),
  };
  if (Object.keys(changes).length === 0) return;
  const updated = await repository.update(initiative.id, changes);
  if (decision.escalateTo) {
    await transaction.publish(
      improvementEscalatedEvent(
        updated,
        initiative.priority,
        decision.evidence.map((item) => item.eventId),
      ),
    );
  }
}
