import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@itsm/subgraph-kit';
import { type Context, createContext } from './context';
import { ImprovementInitiativeEntity } from './entities/improvement-initiative';
import { ImprovementTriggerEntity } from './entities/improvement-trigger';
import { improvementConsumer } from './events/consumed';
import { CreateImprovementInitiative1763900000300 } from './migrations/1763900000300-create-improvement-initiative';
import { CreateImprovementTrigger1763900000310 } from './migrations/1763900000310-create-improvement-trigger';
import { resolvers } from './resolvers';

export const continualImprovement: SubgraphDefinition<Context> = {
  name: 'continual-improvement',
  typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
  resolvers,
  entities: [ImprovementInitiativeEntity, ImprovementTriggerEntity],
  migrations: [CreateImprovementInitiative1763900000300, CreateImprovementTrigger1763900000310],
  consumer: improvementConsumer,
  createContext,
};
