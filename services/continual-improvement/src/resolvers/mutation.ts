import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  identifyImprovement: (_parent, { input }, { improvements }) => improvements.identify(input),
  updateImprovement: (_parent, { input }, { improvements }) => improvements.update(input),
  advanceImprovement: (_parent, { input }, { improvements }) => improvements.advance(input),
  recordImprovementResult: (_parent, { input }, { improvements }) =>
    improvements.recordResult(input),
};
