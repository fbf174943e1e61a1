import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  improvementInitiative: (_parent, { id }, { improvements }) => improvements.get(id),
};
