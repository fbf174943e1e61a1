import {
  agreementTopic,
  changeRequestTopic,
  type ConsumerDefinition,
  customerTopic,
  type EventHandler,
  feedbackTopic,
  on,
  outageTopic,
  serviceTopic,
  surveyTopic,
  targetTopic,
} from '@itsm/events';
import { KpiProjectionRepository } from '../repositories/kpi-projection-repository';
import type { RuleThresholds } from '../domain/rules/thresholds';
import { applyRule, improvementRules } from '../services/improvement-rules';
import { KPI_PROJECTIONS, projectionOf } from '../services/kpi-projections';

export const CONSUMER_GROUP = 'continual-improvement';

/** continual-improvement learns from the other three subgraphs' topics. */
export const CONSUMED_TOPICS = [
  customerTopic,
  feedbackTopic,
  surveyTopic,
  serviceTopic,
  agreementTopic,
  outageTopic,
  targetTopic,
  changeRequestTopic,
].map((topic) => topic.name);

/** Each event first moves the KPI projections, then runs its rule, in one transaction with
 * its inbox entry. Events neither a projection nor a rule uses are acknowledged. Events
 * that only move projections are projected a run at a time where their projection can. */
export function improvementConsumer(thresholds: RuleThresholds): ConsumerDefinition {
  const rules = new Map(improvementRules(thresholds).map((rule) => [rule.definition.type, rule]));
  const definitions = new Map(
    [...KPI_PROJECTIONS, ...rules.values()].map(({ definition }) => [definition.type, definition]),
  );
  const handlers: EventHandler[] = [...definitions.values()].map((definition) => {
    const projection = projectionOf(definition.type);
    const rule = rules.get(definition.type);
    const projectAll = rule ? undefined : projection?.projectAll;
    return on(
      definition,
      async (event, transaction) => {
        await projection?.project(event, new KpiProjectionRepository(transaction.manager));
        if (rule) await applyRule(rule, event, transaction);
      },
      projectAll &&
        ((events, transaction) =>
          projectAll(events, new KpiProjectionRepository(transaction.manager))),
    );
  });
  return { group: CONSUMER_GROUP, topics: CONSUMED_TOPICS, handlers };
}
