import { changeReference } from '../domain/change-request';
import type { ChangeRequestResolvers } from '../generated/graphql';

export const ChangeRequest: ChangeRequestResolvers = {
  __resolveReference: ({ id }, { changeRequests }) => changeRequests.findVisible(id),
  reference: ({ number }) => changeReference(number),
  customer: (changeRequest, _args, { changeRequests }) => changeRequests.customerOf(changeRequest),
  affectedServices: (changeRequest, _args, { changeRequests }) =>
    changeRequests.affectedServicesOf(changeRequest),
};
