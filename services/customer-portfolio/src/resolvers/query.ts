import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  customers: (_parent, { filter, ...page }, { customers }) => customers.list(filter, page),
  customer: (_parent, { id }, { customers }) => customers.get(id),
  opportunities: (_parent, { filter, ...page }, { opportunities }) =>
    opportunities.list(filter, page),
  opportunity: (_parent, { id }, { opportunities }) => opportunities.get(id),
  satisfactionSurveys: (_parent, { filter, ...page }, { surveys }) => surveys.list(filter, page),
  satisfactionSurvey: (_parent, { id }, { surveys }) => surveys.get(id),
  feedbackItems: (_parent, { filter, ...page }, { feedback }) => feedback.list(filter, page),
  feedback: (_parent, { id }, { feedback }) => feedback.get(id),
  overdueAcknowledgements: (_parent, { accountManager, ...page }, { feedback }) =>
    feedback.overdue(accountManager, page),
};
