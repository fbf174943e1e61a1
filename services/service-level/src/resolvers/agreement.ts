import type { ServiceLevelAgreementResolvers } from '../generated/graphql';

export const ServiceLevelAgreement: ServiceLevelAgreementResolvers = {
  __resolveReference: ({ id }, { agreements }) => agreements.findVisible(id),
  customer: (agreement, _args, { agreements }) => agreements.customerOf(agreement),
  services: (agreement, _args, { agreements }) => agreements.servicesOf(agreement),
};
