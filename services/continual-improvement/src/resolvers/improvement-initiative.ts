import { entityReference } from '@itsm/subgraph-kit';
import type { ImprovementInitiativeResolvers } from '../generated/graphql';

export const ImprovementInitiative: ImprovementInitiativeResolvers = {
  __resolveReference: ({ id }, { improvements }) => improvements.findVisible(id),
  customer: (initiative, _args, { improvements }) => improvements.customerOf(initiative),
  services: (initiative, _args, { improvements }) => improvements.servicesOf(initiative),
  service: async (initiative, _args, { improvements }) =>
    entityReference((await improvements.servicesOf(initiative))[0]?.id),
  agreements: (initiative, _args, { improvements }) => improvements.agreementsOf(initiative),
  overdue: (initiative, _args, { improvements }) => improvements.overdue(initiative),
  measure: (initiative, _args, { improvements }) => improvements.measureView(initiative),
  expectedBenefit: ({ expectedBenefit, expectedBenefitValue }) =>
    expectedBenefit === null ? null : { description: expectedBenefit, value: expectedBenefitValue },
  realisedBenefit: ({ realisedBenefit, realisedBenefitValue }) =>
    realisedBenefit === null ? null : { description: realisedBenefit, value: realisedBenefitValue },
  triggers: (initiative, _args, { improvements }) => improvements.triggersOf(initiative),
  history: (initiative, _args, { improvements }) => improvements.historyOf(initiative),
};
