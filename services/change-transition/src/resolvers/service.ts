import { entityReference } from '@itsm/subgraph-kit';
import type { ServiceResolvers } from '../generated/graphql';

export const Service: ServiceResolvers = {
  __resolveReference: ({ id }) => entityReference(id),
  changeRequests: ({ id }, _args, { changeRequests }) => changeRequests.ofService(id),
};
