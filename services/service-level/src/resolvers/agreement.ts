import type { ServiceLevelAgreementResolvers } from '../generated/graphql';

export const ServiceLevelAgreement: ServiceLevelAgreementResolvers = {
  __resolveReference: ({ id }, { agreements }) => agreements.findVisible(id),
  customer: (agreement, _args, { agreements }) => agreements.customerOf(agreement),
  services: (agreement, _args, { agreements }) => agreements.servicesOf(agreement),
  parent: (agreement, _args, { agreements }) => agreements.parentOf(agreement),
  children: (agreement, _args, { agreements }) => agreements.childrenOf(agreement),
  allowedTransitions: (agreement, _args, { agreements }) =>
    agreements.allowedTransitions(agreement),
  requirement: (agreement, _args, { requirements }) =>
    requirements.findVisible(agreement.requirementId),
  signatories: (agreement, _args, { agreements }) => agreements.signatoriesOf(agreement),
  targets: (agreement, _args, { agreements }) => agreements.targetsOf(agreement),
  effectiveTargets: (agreement, _args, { agreements }) => agreements.effectiveTargetsOf(agreement),
  supportGaps: (agreement, _args, { agreements }) => agreements.supportGapsOf(agreement),
};
