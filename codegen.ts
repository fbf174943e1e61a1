import type { CodegenConfig } from '@graphql-codegen/cli';

import { mappers as changeTransition } from './services/change-transition/codegen';
import { mappers as continualImprovement } from './services/continual-improvement/codegen';
import { mappers as customerPortfolio } from './services/customer-portfolio/codegen';
import { mappers as serviceLevel } from './services/service-level/codegen';

/** Resolver types generated from each subgraph's SDL; each service's codegen.ts names the
 * model a resolver receives as its parent for each GraphQL type. */
const subgraphs: Record<string, Record<string, string>> = {
  'customer-portfolio': customerPortfolio,
  'service-level': serviceLevel,
  'change-transition': changeTransition,
  'continual-improvement': continualImprovement,
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
