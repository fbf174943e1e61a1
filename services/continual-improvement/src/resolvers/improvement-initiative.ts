import { entityReference } from '@itsm/subgraph-kit';
import type { ImprovementInitiativeResolvers } from '../generated/graphql';

export const ImprovementInitiative: ImprovementInitiativeResolvers = {
  __resolveReference: ({ id }, { improvements }) => improvements.findVisible(id),
  customer: (initiative, _args, { improvements }) => improvements.customerOf(initiative),
  service: ({ serviceId }) => entityReference(serviceId),
  triggers: (initiative, _args, { improvements }) => improvements.triggersOf(initiative),
};
