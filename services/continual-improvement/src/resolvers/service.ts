import { entityReference } from '@itsm/subgraph-kit';
import type { ServiceResolvers } from '../generated/graphql';

export const Service: ServiceResolvers = {
  __resolveReference: ({ id }) => entityReference(id),
  improvements: ({ id }, _args, { improvements }) => improvements.ofService(id),
  kpis: ({ id }, { window }, { kpis }) => kpis.ofService(id, window),
};
