import type { ServiceResolvers } from '../generated/graphql';

export const Service: ServiceResolvers = {
  __resolveReference: ({ id }, { catalogue }) => catalogue.find(id),
  outages: (service, _args, { outages }) => outages.ofService(service.id),
};
