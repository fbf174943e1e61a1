import { changeReference } from '../domain/change-request';
import type { ChangeRequestResolvers } from '../generated/graphql';

export const ChangeRequest: ChangeRequestResolvers = {
  __resolveReference: ({ id }, { changeRequests }) => changeRequests.findVisible(id),
  reference: ({ number }) => changeReference(number),
  allowedTransitions: (changeRequest, _args, { changeRequests }) =>
    changeRequests.allowedTransitionsOf(changeRequest),
  customer: (changeRequest, _args, { changeRequests }) => changeRequests.customerOf(changeRequest),
  affectedServices: (changeRequest, _args, { changeRequests }) =>
    changeRequests.affectedServicesOf(changeRequest),
  priority: (changeRequest, _args, { changeRequests }) => changeRequests.priorityOf(changeRequest),
  risk: (changeRequest, _args, { changeRequests }) => changeRequests.riskOf(changeRequest),
  approvalPolicy: (changeRequest, _args, { changeRequests }) =>
    changeRequests.approvalPolicyOf(changeRequest),
  approvals: (changeRequest, _args, { changeRequests }) =>
    changeRequests.approvalsOf(changeRequest),
  conflicts: (changeRequest, _args, { schedule }) => schedule.conflictsOf(changeRequest),
  standardChangeModel: (changeRequest, _args, { standardChangeModels }) =>
    standardChangeModels.modelOf(changeRequest),
  review: (changeRequest, _args, { changeRequests }) => changeRequests.reviewOf(changeRequest),
  release: (changeRequest, _args, { releases }) => releases.releaseOf(changeRequest),
  history: (changeRequest, _args, { changeRequests }) => changeRequests.historyOf(changeRequest),
};
