/** The model each resolver of this subgraph receives as its parent, per GraphQL type
 * (graphql-codegen `mappers`, relative to src/generated/). */
export const mappers: Record<string, string> = {
  Customer: '@itsm/subgraph-kit#EntityReference',
  Service: '@itsm/subgraph-kit#EntityReference',
  ServiceLevelAgreement: '@itsm/subgraph-kit#EntityReference',
  ImprovementInitiative: '../entities/improvement-initiative#ImprovementInitiativeRecord',
  ImprovementTrigger: '../entities/improvement-trigger#ImprovementTriggerRecord',
  ImprovementTransition: '../entities/improvement-transition#ImprovementTransitionRecord',
  KpiSeries: '../services/kpi-service#KpiScope',
};
