import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  services: (_parent, args, { catalogue }) => catalogue.list(args),
  service: (_parent, { id }, { catalogue }) => catalogue.get(id),
  agreement: (_parent, { id }, { agreements }) => agreements.get(id),
};
