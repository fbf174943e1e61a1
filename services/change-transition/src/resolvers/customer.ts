import type { CustomerResolvers } from '../generated/graphql';

export const Customer: CustomerResolvers = {
  __resolveReference: ({ id }, { changeRequests }) => changeRequests.reference(id),
  changeRequests: ({ id }, _args, { changeRequests }) => changeRequests.ofCustomer(id),
};
