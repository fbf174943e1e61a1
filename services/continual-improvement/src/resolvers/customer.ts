import type { CustomerResolvers } from '../generated/graphql';

export const Customer: CustomerResolvers = {
  __resolveReference: ({ id }, { improvements }) => improvements.reference(id),
  improvements: ({ id }, _args, { improvements }) => improvements.ofCustomer(id),
};
