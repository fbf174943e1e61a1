import type { OutageResolvers } from '../generated/graphql';

export const Outage: OutageResolvers = {
  service: (outage, _args, { catalogue }) => catalogue.get(outage.serviceId),
};
