import { DateTimeScalar } from '@itsm/subgraph-kit';
import type { Resolvers } from '../generated/graphql';
import { ChangeRequest } from './change-request';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';
import { Release, UserAcceptance } from './release';
import { BlackoutWindow } from './schedule';
import { Service } from './service';
import { StandardChangeModel } from './standard-change-model';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  ChangeRequest,
  Customer,
  Service,
  BlackoutWindow,
  Release,
  UserAcceptance,
  StandardChangeModel,
};
