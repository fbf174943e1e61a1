import { entityReference } from '@itsm/subgraph-kit';
import type { CustomerResolvers } from '../generated/graphql';

export const Customer: CustomerResolvers = {
  // The customer is owned by customer-portfolio; here it is only a key to hang agreements on.
  __resolveReference: ({ id }) => entityReference(id),
  agreements: ({ id }, _args, { agreements }) => agreements.ofCustomer(id),
  serviceLevelRequirements: ({ id }, _args, { requirements }) => requirements.ofCustomer(id),
  serviceLevelCompliance: ({ id }, { at }, { reports }) => reports.compliance(id, at),
};
