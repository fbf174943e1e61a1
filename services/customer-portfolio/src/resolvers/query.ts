import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  customers: (_parent, args, { customers }) => customers.list(args),
  customer: (_parent, { id }, { customers }) => customers.get(id),
};
