import type { ServiceResolvers } from '../generated/graphql';

export const Service: ServiceResolvers = {
  __resolveReference: ({ id }, { improvements }) => improvements.reference(id),
  improvements: ({ id }, _args, { improvements }) => improvements.ofService(id),
};
