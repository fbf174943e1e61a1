import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  changeRequest: (_parent, { id }, { changeRequests }) => changeRequests.get(id),
};
