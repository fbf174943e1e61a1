import type {
  SupportGapResolvers,
  SupportingAgreementResolvers,
  SupportingTargetResolvers,
  SupportLinkResolvers,
  SupportStepChainResolvers,
} from '../generated/graphql';

export const SupportingAgreement: SupportingAgreementResolvers = {
  targets: (agreement, _args, { support }) => support.targetsOf(agreement),
};

export const SupportingTarget: SupportingTargetResolvers = {
  supportingAgreement: (target, _args, { support }) => support.agreementOf(target),
  supports: (target, _args, { agreements }) => agreements.targetById(target.supportsTargetId),
  service: (target, _args, { catalogue }) => catalogue.get(target.serviceId, 'serviceId'),
};

export const SupportLink: SupportLinkResolvers = {
  service: (link, _args, { catalogue }) => catalogue.get(link.serviceId, 'serviceId'),
  supportingTargets: (link) => link.supports,
};

export const SupportStepChain: SupportStepChainResolvers = {
  composedValue: (chain) => chain.composed.targetValue,
  composedCompliancePercent: (chain) => chain.composed.compliancePercent,
};

export const SupportGap: SupportGapResolvers = {
  service: (gap, _args, { catalogue }) => catalogue.get(gap.serviceId, 'serviceId'),
};
