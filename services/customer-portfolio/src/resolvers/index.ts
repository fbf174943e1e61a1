import { DateTimeScalar, LocalDateScalar } from '@itsm/subgraph-kit';
import type { Resolvers } from '../generated/graphql';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';
import {
  BusinessObjective,
  Contact,
  Feedback,
  Opportunity,
  RevenueEntry,
  SatisfactionSurvey,
  Service,
  ServiceDependency,
  SlaBreach,
} from './records';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  LocalDate: LocalDateScalar,
  Query,
  Mutation,
  Customer,
  Contact,
  BusinessObjective,
  ServiceDependency,
  Opportunity,
  SatisfactionSurvey,
  Feedback,
  RevenueEntry,
  SlaBreach,
  Service,
};
