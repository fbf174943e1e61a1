import type { ServiceResolvers } from '../generated/graphql';

export const Service: ServiceResolvers = {
  __resolveReference: ({ id }, { changeRequests }) => changeRequests.reference(id),
  changeRequests: ({ id }, _args, { changeRequests }) => changeRequests.ofService(id),
};
