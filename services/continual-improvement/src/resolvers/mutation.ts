import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  identifyImprovement: (_parent, { input }, { improvements }) => improvements.identify(input),
};
