import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  raiseChangeRequest: (_parent, { input }, { changeRequests }) => changeRequests.raise(input),
};
