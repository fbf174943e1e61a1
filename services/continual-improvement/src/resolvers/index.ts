import { DateTimeScalar } from '@itsm/subgraph-kit';
import type { Resolvers } from '../generated/graphql';
import { Customer } from './customer';
import { ImprovementInitiative } from './improvement-initiative';
import { KpiSeries } from './kpi-series';
import { Mutation } from './mutation';
import { Query } from './query';
import { Service } from './service';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  ImprovementInitiative,
  KpiSeries,
  Customer,
  Service,
};
