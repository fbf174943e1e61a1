import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  improvementInitiative: (_parent, { id }, { improvements }) => improvements.get(id),
  improvementInitiatives: (_parent, { filter, ...page }, { improvements }) =>
    improvements.list(filter, page),
  improvementSummary: (_parent, _args, { improvements }) => improvements.summary(),
  portfolioKpis: (_parent, { window }, { kpis }) => kpis.portfolio(window),
};
