import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  registerCustomer: (_parent, { input }, { customers }) => customers.register(input),
  updateCustomer: (_parent, { input }, { customers }) => customers.update(input),
  changeRelationshipLevel: (_parent, { input }, { customers }) =>
    customers.changeRelationshipLevel(input),
  recordRevenue: (_parent, { input }, { customers }) => customers.recordRevenue(input),

  addContact: (_parent, { input }, { contacts }) => contacts.add(input),
  updateContact: (_parent, { input }, { contacts }) => contacts.update(input),
  removeContact: (_parent, { input }, { contacts }) => contacts.remove(input),

  defineObjective: (_parent, { input }, { objectives }) => objectives.define(input),
  updateObjective: (_parent, { input }, { objectives }) => objectives.update(input),
  agreeObjective: (_parent, { input }, { objectives }) => objectives.agree(input),
  closeObjective: (_parent, { input }, { objectives }) => objectives.close(input),

  addServiceDependency: (_parent, { input }, { dependencies }) => dependencies.add(input),
  updateServiceDependency: (_parent, { input }, { dependencies }) => dependencies.update(input),
  removeServiceDependency: (_parent, { input }, { dependencies }) => dependencies.remove(input),

  identifyOpportunity: (_parent, { input }, { opportunities }) => opportunities.identify(input),
  updateOpportunity: (_parent, { input }, { opportunities }) => opportunities.update(input),
  signOffOpportunity: (_parent, { input }, { opportunities }) => opportunities.signOff(input),
  advanceOpportunity: (_parent, { input }, { opportunities }) => opportunities.advance(input),

  recordSurvey: (_parent, { input }, { surveys }) => surveys.record(input),

  logFeedback: (_parent, { input }, { feedback }) => feedback.log(input),
  acknowledgeFeedback: (_parent, { input }, { feedback }) => feedback.acknowledge(input),
  resolveFeedback: (_parent, { input }, { feedback }) => feedback.resolve(input),
  closeFeedback: (_parent, { input }, { feedback }) => feedback.close(input),
};
