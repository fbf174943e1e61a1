import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@itsm/subgraph-kit';
import { type Context, createContext } from './context';
import { CustomerEntity } from './entities/customer';
import { CreateCustomer1763900000000 } from './migrations/1763900000000-create-customer';
import { resolvers } from './resolvers';

export const customerPortfolio: SubgraphDefinition<Context> = {
  name: 'customer-portfolio',
  typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
  resolvers,
  entities: [CustomerEntity],
  migrations: [CreateCustomer1763900000000],
  createContext,
};
