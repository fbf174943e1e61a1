export {
  DateTimeResolver as DateTimeScalar,
  LocalDateResolver as LocalDateScalar,
} from 'graphql-scalars';
export * from './customer-owned-records';
export * from './database-errors';
export * from './loaders';
export * from './pagination';
export * from './settings';
export * from './subgraph';
