import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  registerService: (_parent, { input }, { catalogue }) => catalogue.register(input),
  draftAgreement: (_parent, { input }, { agreements }) => agreements.draft(input),
  recordOutage: (_parent, { input }, { outages }) => outages.record(input),
};
