import { entityReference } from '@itsm/subgraph-kit';
import type { ChangeRequestResolvers, ErrorBudgetImpactResolvers } from '../generated/graphql';

export const ChangeRequest: ChangeRequestResolvers = {
  serviceLevelImpact: (change, _args, { foresight }) => foresight.changeImpact(change),
};

export const ErrorBudgetImpact: ErrorBudgetImpactResolvers = {
  customer: (impact) => entityReference(impact.agreement.customerId),
  service: (impact, _args, { catalogue }) => catalogue.get(impact.serviceId, 'serviceId'),
  periodStart: (impact) => impact.period.start,
  periodEnd: (impact) => impact.period.end,
  insideServiceHours: (impact) => impact.plannedServiceMinutes > 0,
};
