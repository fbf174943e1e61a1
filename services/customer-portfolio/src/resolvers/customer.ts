import type { CustomerResolvers } from '../generated/graphql';

export const Customer: CustomerResolvers = {
  __resolveReference: ({ id }, { customers }) => customers.findVisible(id),
  contacts: ({ id }, _args, { contacts }) => contacts.ofCustomer(id),
  stakeholders: ({ id }, _args, { contacts }) => contacts.stakeholdersOf(id),
  latestSurvey: ({ id }, _args, { surveys }) => surveys.latestOf(id),
  relationshipHistory: (customer, _args, { customers }) =>
    customers.relationshipHistoryOf(customer),
  revenue: (customer, _args, { customers }) => customers.revenueOf(customer),
  predictedAnnualValue: (customer, _args, { customers }) => customers.predictedValueOf(customer),
  objectives: ({ id }, { status }, { objectives }) => objectives.ofCustomer(id, status),
  serviceDependencies: ({ id }, _args, { dependencies }) => dependencies.ofCustomer(id),
  opportunities: ({ id }, _args, { opportunities }) => opportunities.ofCustomer(id),
  health: (customer, _args, { health }) => health.healthOf(customer),
};
