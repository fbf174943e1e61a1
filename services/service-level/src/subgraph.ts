import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@itsm/subgraph-kit';
import { type Context, createContext } from './context';
import { AgreementEntity } from './entities/agreement';
import { AgreementServiceEntity } from './entities/agreement-service';
import { OutageEntity } from './entities/outage';
import { ServiceEntity } from './entities/service';
import { CreateCatalogueAndAgreements1763900000100 } from './migrations/1763900000100-create-catalogue-and-agreements';
import { CreateOutage1763900000110 } from './migrations/1763900000110-create-outage';
import { resolvers } from './resolvers';

export const serviceLevel: SubgraphDefinition<Context> = {
  name: 'service-level',
  typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
  resolvers,
  entities: [ServiceEntity, AgreementEntity, AgreementServiceEntity, OutageEntity],
  migrations: [CreateCatalogueAndAgreements1763900000100, CreateOutage1763900000110],
  createContext,
};
