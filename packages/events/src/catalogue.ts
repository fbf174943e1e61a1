import type { EventDefinition, TopicDefinition } from './contract';
import { changeRequestRaised } from './contracts/change-transition';
import { improvementIdentified } from './contracts/continual-improvement';
import { customerRegistered } from './contracts/customer-portfolio';
import { agreementDrafted, outageRecorded, serviceRegistered } from './contracts/service-level';

/** Every event the supergraph publishes; the AsyncAPI document is generated from it. */
export const EVENT_CATALOGUE: readonly EventDefinition[] = [
  customerRegistered,
  serviceRegistered,
  agreementDrafted,
  outageRecorded,
  changeRequestRaised,
  improvementIdentified,
];

const byType = new Map(EVENT_CATALOGUE.map((definition) => [definition.type, definition]));

export function eventDefinitionOf(type: string): EventDefinition | undefined {
  return byType.get(type);
}

export const TOPICS: readonly TopicDefinition[] = [
  ...new Map(EVENT_CATALOGUE.map(({ topic }) => [topic.name, topic])).values(),
];

export const DEAD_LETTER_SUFFIX = '.dlq';
