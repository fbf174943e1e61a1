import { DateTimeScalar } from '@itsm/subgraph-kit';
import type { Resolvers } from '../generated/graphql';
import { ServiceLevelAgreement } from './agreement';
import { BusinessCalendar } from './calendar';
import { ChangeRequest, ErrorBudgetImpact } from './change-request';
import { Customer } from './customer';
import { MetricSample, TicketTimer, TicketTiming } from './measurement';
import { Mutation } from './mutation';
import { Outage } from './outage';
import { Query } from './query';
import { RequiredTarget, ServiceLevelRequirement } from './requirement';
import { Service } from './service';
import {
  SupportGap,
  SupportingAgreement,
  SupportingTarget,
  SupportLink,
  SupportStepChain,
} from './support';
import { BreachForecast, ForecastInputs, ServiceLevelTarget, TargetStanding } from './target';
import { WhatIfReplay } from './what-if';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Service,
  BusinessCalendar,
  ServiceLevelRequirement,
  RequiredTarget,
  ServiceLevelAgreement,
  ServiceLevelTarget,
  TargetStanding,
  BreachForecast,
  ForecastInputs,
  SupportingAgreement,
  SupportingTarget,
  SupportLink,
  SupportStepChain,
  SupportGap,
  Outage,
  TicketTiming,
  TicketTimer,
  MetricSample,
  Customer,
  ChangeRequest,
  ErrorBudgetImpact,
  WhatIfReplay,
};
