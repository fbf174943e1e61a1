import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@itsm/subgraph-kit';
import { type Context, createContext } from './context';
import { AffectedServiceEntity } from './entities/affected-service';
import { ChangeRequestEntity } from './entities/change-request';
import { CreateChangeRequest1763900000200 } from './migrations/1763900000200-create-change-request';
import { resolvers } from './resolvers';

export const changeTransition: SubgraphDefinition<Context> = {
  name: 'change-transition',
  typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
  resolvers,
  entities: [ChangeRequestEntity, AffectedServiceEntity],
  migrations: [CreateChangeRequest1763900000200],
  createContext,
};
