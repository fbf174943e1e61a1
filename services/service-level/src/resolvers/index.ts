import { DateTimeScalar } from '@itsm/subgraph-kit';
import type { Resolvers } from '../generated/graphql';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Outage } from './outage';
import { Query } from './query';
import { Service } from './service';
import { ServiceLevelAgreement } from './agreement';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Service,
  Outage,
  ServiceLevelAgreement,
  Customer,
};
