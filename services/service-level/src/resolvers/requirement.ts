import { entityReference } from '@itsm/subgraph-kit';
import { UNIT_OF } from '../domain/attainment';
import type {
  RequiredTargetResolvers,
  ServiceLevelRequirementResolvers,
} from '../generated/graphql';

export const ServiceLevelRequirement: ServiceLevelRequirementResolvers = {
  customer: (requirement) => entityReference(requirement.customerId)!,
  services: (requirement, _args, { catalogue }) =>
    catalogue.requireAll(requirement.serviceIds, 'serviceIds'),
  agreement: (requirement, _args, { requirements }) => requirements.agreementOf(requirement),
};

export const RequiredTarget: RequiredTargetResolvers = {
  unit: (target) => UNIT_OF[target.metric],
};
