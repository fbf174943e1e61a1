import type { EventDefinition, TopicDefinition } from './contract';
import { changeTransitionEvents } from './contracts/change-transition';
import { continualImprovementEvents } from './contracts/continual-improvement';
import { customerPortfolioEvents } from './contracts/customer-portfolio';
import { serviceLevelEvents, serviceLevelIngestEvents } from './contracts/service-level';

/** Every event the supergraph publishes, and those outside tools publish for it to consume;
 * the AsyncAPI document is generated from it. */
export const EVENT_CATALOGUE: readonly EventDefinition[] = [
  ...customerPortfolioEvents,
  ...serviceLevelEvents,
  ...serviceLevelIngestEvents,
  ...changeTransitionEvents,
  ...continualImprovementEvents,
];

const byType = new Map(EVENT_CATALOGUE.map((definition) => [definition.type, definition]));

export function eventDefinitionOf(type: string): EventDefinition | undefined {
  return byType.get(type);
}

export const TOPICS: readonly TopicDefinition[] = [
  ...new Map(EVENT_CATALOGUE.map(({ topic }) => [topic.name, topic])).values(),
];

export const DEAD_LETTER_SUFFIX = '.dlq';
