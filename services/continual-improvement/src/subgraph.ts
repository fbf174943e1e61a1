import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@itsm/subgraph-kit';
import { type Context, createContext } from './context';
import { ImprovementInitiativeEntity } from './entities/improvement-initiative';
import { ImprovementAgreementEntity, ImprovementServiceEntity } from './entities/improvement-link';
import { ImprovementTransitionEntity } from './entities/improvement-transition';
import { ImprovementTriggerEntity } from './entities/improvement-trigger';
import { type ImprovementSettings, improvementSettings } from './environment';
import { improvementConsumer } from './events/consumed';
import { CreateImprovementInitiative1763900000300 } from './migrations/1763900000300-create-improvement-initiative';
import { CreateImprovementTrigger1763900000310 } from './migrations/1763900000310-create-improvement-trigger';
import { ExtendImprovementRegister1763900000320 } from './migrations/1763900000320-extend-improvement-register';
import { CreateKpiProjections1763900000330 } from './migrations/1763900000330-create-kpi-projections';
import { resolvers } from './resolvers';

export const MIGRATIONS = [
  CreateImprovementInitiative1763900000300,
  CreateImprovementTrigger1763900000310,
  ExtendImprovementRegister1763900000320,
  CreateKpiProjections1763900000330,
];

/** The subgraph with the given rule thresholds and KPI time zone; tests pick their own. */
export function createContinualImprovement(
  settings: ImprovementSettings,
): SubgraphDefinition<Context> {
  return {
    name: 'continual-improvement',
    typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
    resolvers,
    entities: [
      ImprovementInitiativeEntity,
      ImprovementServiceEntity,
      ImprovementAgreementEntity,
      ImprovementTransitionEntity,
      ImprovementTriggerEntity,
    ],
    migrations: MIGRATIONS,
    consumer: improvementConsumer(settings.thresholds),
    createContext: (request, dataSource, transactions) =>
      createContext(request, dataSource, transactions, settings),
  };
}

/** The subgraph as configured by the environment. */
export const continualImprovement = createContinualImprovement(improvementSettings);
