import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types generated from each subgraph's SDL; `mappers` say which model a
 * resolver receives as its parent for each GraphQL type. */
const subgraphs: Record<string, Record<string, string>> = {
  'customer-portfolio': {
    Customer: '../entities/customer#CustomerRecord',
  },
  'service-level': {
    Customer: '@itsm/subgraph-kit#EntityReference',
    Service: '../entities/service#ServiceRecord',
    ServiceLevelAgreement: '../entities/agreement#AgreementRecord',
    Outage: '../entities/outage#OutageRecord',
  },
  'change-transition': {
    Customer: '@itsm/subgraph-kit#EntityReference',
    Service: '@itsm/subgraph-kit#EntityReference',
    ChangeRequest: '../entities/change-request#ChangeRequestRecord',
  },
  'continual-improvement': {
    Customer: '@itsm/subgraph-kit#EntityReference',
    Service: '@itsm/subgraph-kit#EntityReference',
    ImprovementInitiative: '../entities/improvement-initiative#ImprovementInitiativeRecord',
    ImprovementTrigger: '../entities/improvement-trigger#ImprovementTriggerRecord',
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    Object.entries(subgraphs).map(([name, mappers]) => [
      `services/${name}/src/generated/graphql.ts`,
      {
        schema: `services/${name}/src/schema.graphql`,
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          contextType: '../context#Context',
          mappers,
          enumsAsTypes: true,
          useTypeImports: true,
          useIndexSignature: true,
          scalars: { DateTime: 'Date' },
          avoidOptionals: { field: true, inputValue: false, object: false },
        },
      },
    ]),
  ),
};

export default config;
