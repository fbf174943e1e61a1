export { DateTimeResolver as DateTimeScalar } from 'graphql-scalars';
export * from './loaders';
export * from './pagination';
export * from './subgraph';
export * from './settings';
export * from './database-errors';
