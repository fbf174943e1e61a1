import { entityReference } from '@itsm/subgraph-kit';
import type { CustomerResolvers } from '../generated/graphql';

export const Customer: CustomerResolvers = {
  __resolveReference: ({ id }) => entityReference(id),
  changeRequests: ({ id }, _args, { changeRequests }) => changeRequests.ofCustomer(id),
  affectingChangeRequests: ({ id }, _args, { changeRequests }) => changeRequests.affecting(id),
};
