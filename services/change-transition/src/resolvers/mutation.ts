import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  defineStandardChangeModel: (_parent, { input }, { standardChangeModels }) =>
    standardChangeModels.define(input),
  raiseChangeRequest: (_parent, { input }, { changeRequests }) => changeRequests.raise(input),
  updateChangeRequest: (_parent, { id, input }, { changeRequests }) =>
    changeRequests.update(id, input),
  submitChangeRequest: (_parent, { id, reason }, { changeRequests }) =>
    changeRequests.submit(id, reason),
  assessChangeRequest: (_parent, { id, input }, { changeRequests }) =>
    changeRequests.assess(id, input),
  decideOnChangeRequest: (_parent, { id, input }, { changeRequests }) =>
    changeRequests.decide(id, input),
  scheduleChangeRequest: (_parent, { id, input }, { changeRequests }) =>
    changeRequests.schedule(id, input),
  startImplementation: (_parent, { id, reason }, { changeRequests }) =>
    changeRequests.startImplementation(id, reason),
  completeImplementation: (_parent, { id, reason }, { changeRequests }) =>
    changeRequests.completeImplementation(id, reason),
  failImplementation: (_parent, { id, reason }, { changeRequests }) =>
    changeRequests.failImplementation(id, reason),
  reviewChangeRequest: (_parent, { id, input }, { changeRequests }) =>
    changeRequests.review(id, input),
  closeChangeRequest: (_parent, { id, reason }, { changeRequests }) =>
    changeRequests.closeChangeRequest(id, reason),
  cancelChangeRequest: (_parent, { id, reason }, { changeRequests }) =>
    changeRequests.cancel(id, reason),
  declareBlackoutWindow: (_parent, { input }, { schedule }) => schedule.declareBlackout(input),
  createRelease: (_parent, { input }, { releases }) => releases.create(input),
  defineAcceptanceCriteria: (_parent, { input }, { releases }) =>
    releases.defineAcceptanceCriteria(input),
  signOffAcceptance: (_parent, { input }, { releases }) => releases.signOff(input),
  deployRelease: (_parent, { id }, { releases }) => releases.deploy(id),
};
