import { entityReference } from '@itsm/subgraph-kit';
import type {
  BusinessObjectiveResolvers,
  ContactResolvers,
  FeedbackResolvers,
  OpportunityResolvers,
  RevenueEntryResolvers,
  SatisfactionSurveyResolvers,
  ServiceDependencyResolvers,
  ServiceResolvers,
  SlaBreachResolvers,
} from '../generated/graphql';

/** The records that belong to a customer: each points back at it, and at the service and
 * contacts it names. */
export const Contact: ContactResolvers = {
  customer: ({ customerId }, _args, { customers }) => customers.owner(customerId),
};

export const BusinessObjective: BusinessObjectiveResolvers = {
  customer: ({ customerId }, _args, { customers }) => customers.owner(customerId),
  agreedBy: ({ agreedByContactId }, _args, { contacts }) => contacts.signatory(agreedByContactId),
  overdue: (objective, _args, { objectives }) => objectives.isOverdue(objective),
};

export const ServiceDependency: ServiceDependencyResolvers = {
  customer: ({ customerId }, _args, { customers }) => customers.owner(customerId),
  service: ({ serviceId }) => ({ id: serviceId }),
};

export const Opportunity: OpportunityResolvers = {
  customer: ({ customerId }, _args, { customers }) => customers.owner(customerId),
  estimatedCost: ({ estimatedCost, costCurrency }) => ({
    amount: estimatedCost,
    currency: costCurrency,
  }),
  service: ({ serviceId }) => entityReference(serviceId),
  allowedTransitions: (opportunity, _args, { opportunities }) =>
    opportunities.allowedTransitionsOf(opportunity),
  signedOffBy: ({ signedOffByContactId }, _args, { contacts }) =>
    contacts.signatory(signedOffByContactId),
  history: (opportunity, _args, { opportunities }) => opportunities.historyOf(opportunity),
};

export const SatisfactionSurvey: SatisfactionSurveyResolvers = {
  customer: ({ customerId }, _args, { customers }) => customers.owner(customerId),
  service: ({ serviceId }) => entityReference(serviceId),
  respondent: ({ respondentContactId }, _args, { contacts }) =>
    contacts.signatory(respondentContactId),
  dimensions: (survey, _args, { surveys }) => surveys.dimensionsOf(survey),
};

export const Feedback: FeedbackResolvers = {
  customer: ({ customerId }, _args, { customers }) => customers.owner(customerId),
  service: ({ serviceId }) => entityReference(serviceId),
  contact: ({ contactId }, _args, { contacts }) => contacts.signatory(contactId),
  acknowledgementLate: (item, _args, { feedback }) => feedback.isAcknowledgementLate(item),
  timeToAcknowledgeSeconds: (item, _args, { feedback }) => feedback.timeToAcknowledge(item),
  timeToResolveSeconds: (item, _args, { feedback }) => feedback.timeToResolve(item),
};

export const RevenueEntry: RevenueEntryResolvers = {
  revenue: ({ amount, currency }) => ({ amount, currency }),
};

export const SlaBreach: SlaBreachResolvers = {
  service: ({ serviceId }) => ({ id: serviceId }),
  ofCustomerAgreement: ({ customerId }) => customerId !== null,
};

export const Service: ServiceResolvers = {
  __resolveReference: ({ id }) => entityReference(id),
  dependentCustomers: ({ id }, _args, { dependencies }) => dependencies.ofService(id),
};
