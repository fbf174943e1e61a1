import type { ImprovementInitiativeResolvers } from '../generated/graphql';

export const ImprovementInitiative: ImprovementInitiativeResolvers = {
  __resolveReference: ({ id }, { improvements }) => improvements.findVisible(id),
  customer: ({ customerId }) => (customerId ? { id: customerId } : null),
  service: ({ serviceId }) => (serviceId ? { id: serviceId } : null),
};
