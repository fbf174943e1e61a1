import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  changeRequest: (_parent, { id }, { changeRequests }) => changeRequests.get(id),
  changeSchedule: (_parent, range, { schedule }) => schedule.schedule(range),
  release: (_parent, { id }, { releases }) => releases.get(id),
  standardChangeModels: (_parent, _args, { standardChangeModels }) => standardChangeModels.list(),
};
