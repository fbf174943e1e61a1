import { DateTimeScalar } from '@itsm/subgraph-kit';
import type { Resolvers } from '../generated/graphql';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, Customer };
