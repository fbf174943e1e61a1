import { entityReference } from '@itsm/subgraph-kit';
import type { CustomerResolvers } from '../generated/graphql';

export const Customer: CustomerResolvers = {
  __resolveReference: ({ id }) => entityReference(id),
  improvements: ({ id }, _args, { improvements }) => improvements.ofCustomer(id),
  kpis: ({ id }, { window }, { kpis }) => kpis.ofCustomer(id, window),
};
