export * from './database';
export * from './graphql-client';
export * from './subgraph';
export * from './kafka';
