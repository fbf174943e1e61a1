import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  registerCustomer: (_parent, { input }, { customers }) => customers.register(input),
};
