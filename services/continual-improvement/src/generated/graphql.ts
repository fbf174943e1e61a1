import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference } from '@itsm/subgraph-kit';
import type { ImprovementInitiativeRecord } from '../entities/improvement-initiative';
import type { ImprovementTriggerRecord } from '../entities/improvement-trigger';
import type { ImprovementTransitionRecord } from '../entities/improvement-transition';
import type { KpiScope } from '../services/kpi-service';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date and time with its offset. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AdvanceImprovementInput = {
  id: Scalars['ID']['input'];
  /** Required to reject, and to close an initiative that was not validated. */
  reason?: InputMaybe<Scalars['String']['input']>;
  to: ImprovementState;
};

/** What an initiative is expected to bring, or brought. */
export type Benefit = {
  __typename?: 'Benefit';
  description: Scalars['String']['output'];
  /** An amount in the organisation's reporting currency, when the benefit can be put in money. */
  value: Maybe<Scalars['Float']['output']>;
};

export type BenefitInput = {
  description: Scalars['String']['input'];
  /** Not negative. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

export type ChangePoint = {
  __typename?: 'ChangePoint';
  /** Failed and backed out, or found failed in review. */
  failed: Scalars['Int']['output'];
  /** Changes implemented or failed in the period. */
  finished: Scalars['Int']['output'];
  partial: Scalars['Int']['output'];
  periodStart: Scalars['DateTime']['output'];
  successRatePercent: Scalars['Float']['output'];
  /** Implemented, and not found partial or failed in review. */
  successful: Scalars['Int']['output'];
};

export type ComplaintPoint = {
  __typename?: 'ComplaintPoint';
  complaints: Scalars['Int']['output'];
  meanHoursToAcknowledge: Maybe<Scalars['Float']['output']>;
  /** Over the resolved complaints, from logging to resolution. */
  meanHoursToResolve: Maybe<Scalars['Float']['output']>;
  periodStart: Scalars['DateTime']['output'];
  resolved: Scalars['Int']['output'];
  /** Complaints at or above the severity that opens an initiative. */
  severeComplaints: Scalars['Int']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** Improvement initiatives that concern this customer, newest first; null only when continual-improvement cannot answer. */
  improvements: Maybe<Array<ImprovementInitiative>>;
  /** KPIs of this customer; empty for a CUSTOMER caller that is not this customer. */
  kpis: Maybe<KpiSeries>;
};


export type CustomerKpisArgs = {
  window?: InputMaybe<KpiWindowInput>;
};

export type DimensionGap = {
  __typename?: 'DimensionGap';
  dimension: ServqualDimension;
  meanGap: Scalars['Float']['output'];
};

export type IdentifyImprovementInput = {
  agreementIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** As YYYY-MM-DD. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  expectedBenefit?: InputMaybe<BenefitInput>;
  measure?: InputMaybe<MeasureInput>;
  owner?: InputMaybe<Scalars['String']['input']>;
  priority: Priority;
  problemStatement: Scalars['String']['input'];
  /** @deprecated Use serviceIds. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  serviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
};

/** Every filter narrows the list; a list filter matches any of its values. */
export type ImprovementFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priorities?: InputMaybe<Array<Priority>>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  sources?: InputMaybe<Array<ImprovementSource>>;
  states?: InputMaybe<Array<ImprovementState>>;
};

/** An entry of the CSI register. */
export type ImprovementInitiative = {
  __typename?: 'ImprovementInitiative';
  /** The service level agreements the initiative concerns. */
  agreements: Array<ServiceLevelAgreement>;
  createdAt: Scalars['DateTime']['output'];
  /**
   * The customer the initiative concerns, if any. An initiative concerns at most one customer,
   * the one allowed to see it; improvements across customers concern none.
   */
  customer: Maybe<Customer>;
  /** When it is due, as YYYY-MM-DD. */
  dueDate: Maybe<Scalars['String']['output']>;
  expectedBenefit: Maybe<Benefit>;
  /** Every state it has been in, oldest first, starting with its identification. */
  history: Array<ImprovementTransition>;
  id: Scalars['ID']['output'];
  /** What the initiative is judged by; set before it is ASSESSED. */
  measure: Maybe<ImprovementMeasure>;
  /** True when it is unfinished and its due date has passed. */
  overdue: Scalars['Boolean']['output'];
  /** Who is accountable for the initiative. */
  owner: Maybe<Scalars['String']['output']>;
  priority: Priority;
  problemStatement: Scalars['String']['output'];
  realisedBenefit: Maybe<Benefit>;
  /**
   * The first of services.
   * @deprecated An initiative may concern several services: use services.
   */
  service: Maybe<Service>;
  /** The services the initiative concerns. */
  services: Array<Service>;
  source: ImprovementSource;
  state: ImprovementState;
  title: Scalars['String']['output'];
  /** The events that made a rule open the initiative or add to it, oldest first; empty for one identified by hand. */
  triggers: Array<ImprovementTrigger>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ImprovementInitiativeConnection = {
  __typename?: 'ImprovementInitiativeConnection';
  edges: Array<ImprovementInitiativeEdge>;
  pageInfo: PageInfo;
};

export type ImprovementInitiativeEdge = {
  __typename?: 'ImprovementInitiativeEdge';
  cursor: Scalars['String']['output'];
  node: ImprovementInitiative;
};

/** A measure with its baseline, its target and, once recorded, the actual value. */
export type ImprovementMeasure = {
  __typename?: 'ImprovementMeasure';
  actual: Maybe<Scalars['Float']['output']>;
  baseline: Scalars['Float']['output'];
  /** When the baseline was measured, for a measure set by a rule. */
  baselineAt: Maybe<Scalars['DateTime']['output']>;
  direction: MeasureDirection;
  /** Whether the actual value meets the target; null until it is recorded. */
  met: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  target: Scalars['Float']['output'];
  /** The unit of the values, such as PERCENT, MINUTES or SCORE. */
  unit: Scalars['String']['output'];
};

/** The register at a glance. */
export type ImprovementRegisterSummary = {
  __typename?: 'ImprovementRegisterSummary';
  byPriority: Array<PriorityCount>;
  bySource: Array<SourceCount>;
  byState: Array<StateCount>;
  /** The expected benefit of every initiative not REJECTED, in the reporting currency. */
  expectedBenefitValue: Scalars['Float']['output'];
  overdue: Scalars['Int']['output'];
  /** The benefit realised so far, in the reporting currency. */
  realisedBenefitValue: Scalars['Float']['output'];
  total: Scalars['Int']['output'];
  /** Initiatives not yet VALIDATED, CLOSED or REJECTED. */
  unfinished: Scalars['Int']['output'];
  /** Initiatives whose actual measure was validated against the target. */
  validated: Scalars['Int']['output'];
};

/** Where the need for an improvement came from. */
export type ImprovementSource =
  /** A change that failed and was backed out. */
  | 'CHANGE_FAILURE'
  /** Severe complaints of a customer. */
  | 'COMPLAINT'
  | 'MANUAL'
  /** Outages of a service, recorded in service-level. */
  | 'OUTAGE'
  /** A post-implementation review that found a change partial or failed. */
  | 'REVIEW'
  /** Repeated breaches of a service level target. */
  | 'SLA_BREACH'
  /** A SERVQUAL survey whose gap fell below the threshold. */
  | 'SURVEY';

/**
 * Where an initiative stands: IDENTIFIED → ASSESSED → APPROVED → IN_PROGRESS → IMPLEMENTED →
 * VALIDATED → CLOSED. Until work starts it may be REJECTED; an implemented initiative that
 * misses its target goes back IN_PROGRESS or is CLOSED with a reason.
 */
export type ImprovementState =
  | 'APPROVED'
  | 'ASSESSED'
  | 'CLOSED'
  | 'IDENTIFIED'
  | 'IMPLEMENTED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'VALIDATED';

/** A step of an initiative's lifecycle. */
export type ImprovementTransition = {
  __typename?: 'ImprovementTransition';
  /** Who made the step: a user, or the rules. */
  actor: Scalars['String']['output'];
  /** Null for the identification. */
  fromState: Maybe<ImprovementState>;
  occurredAt: Scalars['DateTime']['output'];
  reason: Maybe<Scalars['String']['output']>;
  toState: ImprovementState;
};

/** An event from another subgraph that a rule acted on. */
export type ImprovementTrigger = {
  __typename?: 'ImprovementTrigger';
  /** The CloudEvents id of the event. */
  eventId: Scalars['ID']['output'];
  /** The versioned CloudEvents type, such as itsm.service-level.outage.recorded.v1. */
  eventType: Scalars['String']['output'];
  /** When the event happened. */
  occurredAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
};

export type KpiGranularity =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

/**
 * KPI time series, projected from the other subgraphs' events only. Each list holds the
 * periods that have data, oldest first.
 */
export type KpiSeries = {
  __typename?: 'KpiSeries';
  /** Changes that were implemented or failed, by when they ended. */
  changes: Array<ChangePoint>;
  /** Complaints and how fast they were answered, by when they were logged. */
  complaints: Array<ComplaintPoint>;
  granularity: KpiGranularity;
  /** The SERVQUAL gap trend, by when the surveys were conducted. */
  satisfaction: Array<SatisfactionPoint>;
  /** SLA attainment and breaches, by the start of each target's measurement period. */
  slaAttainment: Array<SlaAttainmentPoint>;
  timeZone: Scalars['String']['output'];
};

/** The range and the periods of a KPI series; every field is optional. */
export type KpiWindowInput = {
  /** Inclusive; unbounded when left out. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** MONTH when left out. */
  granularity?: InputMaybe<KpiGranularity>;
  /** The IANA time zone whose calendar cuts the periods; KPI_TIME_ZONE when left out. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Exclusive; unbounded when left out. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type MeasureDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type MeasureInput = {
  baseline: Scalars['Float']['input'];
  direction: MeasureDirection;
  name: Scalars['String']['input'];
  target: Scalars['Float']['input'];
  unit: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Moves an initiative along its lifecycle. CONFLICT, naming the current and allowed states,
   * when the move is not allowed now. Requires IMPROVEMENT_MANAGER or ADMIN.
   */
  advanceImprovement: ImprovementInitiative;
  /** Records an initiative identified by hand. Requires IMPROVEMENT_MANAGER or ADMIN. */
  identifyImprovement: ImprovementInitiative;
  /**
   * Records the actual measure and the realised benefit of an initiative IN_PROGRESS or
   * IMPLEMENTED. Requires IMPROVEMENT_MANAGER or ADMIN.
   */
  recordImprovementResult: ImprovementInitiative;
  /**
   * Changes the description, ownership, relations, measure or expected benefit of an unfinished
   * initiative; the measure only until it is APPROVED. Requires IMPROVEMENT_MANAGER or ADMIN.
   */
  updateImprovement: ImprovementInitiative;
};


export type MutationAdvanceImprovementArgs = {
  input: AdvanceImprovementInput;
};


export type MutationIdentifyImprovementArgs = {
  input: IdentifyImprovementInput;
};


export type MutationRecordImprovementResultArgs = {
  input: RecordImprovementResultInput;
};


export type MutationUpdateImprovementArgs = {
  input: UpdateImprovementInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Priority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type PriorityCount = {
  __typename?: 'PriorityCount';
  count: Scalars['Int']['output'];
  priority: Priority;
};

/**
 * Continual service improvement: the CSI register of improvement initiatives, the rules that
 * open them from the other subgraphs' events, and KPIs projected from those events.
 */
export type Query = {
  __typename?: 'Query';
  /** An initiative by id; NOT_FOUND when it is unknown or concerns another customer than a CUSTOMER caller's. */
  improvementInitiative: Maybe<ImprovementInitiative>;
  /** The register, newest first; a CUSTOMER caller sees only its customers' initiatives. */
  improvementInitiatives: ImprovementInitiativeConnection;
  /** Counts and benefits across the register, or across a CUSTOMER caller's initiatives. */
  improvementSummary: ImprovementRegisterSummary;
  /** KPIs across the whole portfolio; for a CUSTOMER caller, across its customers only. */
  portfolioKpis: KpiSeries;
};


/**
 * Continual service improvement: the CSI register of improvement initiatives, the rules that
 * open them from the other subgraphs' events, and KPIs projected from those events.
 */
export type QueryImprovementInitiativeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Continual service improvement: the CSI register of improvement initiatives, the rules that
 * open them from the other subgraphs' events, and KPIs projected from those events.
 */
export type QueryImprovementInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImprovementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Continual service improvement: the CSI register of improvement initiatives, the rules that
 * open them from the other subgraphs' events, and KPIs projected from those events.
 */
export type QueryPortfolioKpisArgs = {
  window?: InputMaybe<KpiWindowInput>;
};

export type RecordImprovementResultInput = {
  actual: Scalars['Float']['input'];
  id: Scalars['ID']['input'];
  realisedBenefit?: InputMaybe<BenefitInput>;
};

export type SatisfactionPoint = {
  __typename?: 'SatisfactionPoint';
  dimensions: Array<DimensionGap>;
  meanNetPromoterScore: Maybe<Scalars['Float']['output']>;
  /** The mean overall gap, perception minus expectation; below 0 the service fell short. */
  meanOverallGap: Scalars['Float']['output'];
  periodStart: Scalars['DateTime']['output'];
  surveys: Scalars['Int']['output'];
};

export type Service = {
  __typename?: 'Service';
  id: Scalars['ID']['output'];
  /** Improvement initiatives that concern this service, newest first; null only when continual-improvement cannot answer. */
  improvements: Maybe<Array<ImprovementInitiative>>;
  /** KPIs of this service; for a CUSTOMER caller, from its customers' facts only. */
  kpis: Maybe<KpiSeries>;
};


export type ServiceKpisArgs = {
  window?: InputMaybe<KpiWindowInput>;
};

/** An agreement owned by service-level, referred to by key. */
export type ServiceLevelAgreement = {
  __typename?: 'ServiceLevelAgreement';
  id: Scalars['ID']['output'];
};

export type ServqualDimension =
  | 'ASSURANCE'
  | 'EMPATHY'
  | 'RELIABILITY'
  | 'RESPONSIVENESS'
  | 'TANGIBLES';

/**
 * One period of SLA attainment: each target is counted once per service and measurement
 * period, as it stood last. A breached standing stays breached.
 */
export type SlaAttainmentPoint = {
  __typename?: 'SlaAttainmentPoint';
  /** The share of targets met, in percent. */
  attainmentPercent: Scalars['Float']['output'];
  periodStart: Scalars['DateTime']['output'];
  targetsAtRisk: Scalars['Int']['output'];
  targetsBreached: Scalars['Int']['output'];
  targetsMeasured: Scalars['Int']['output'];
  targetsMet: Scalars['Int']['output'];
};

export type SourceCount = {
  __typename?: 'SourceCount';
  count: Scalars['Int']['output'];
  source: ImprovementSource;
};

export type StateCount = {
  __typename?: 'StateCount';
  count: Scalars['Int']['output'];
  state: ImprovementState;
};

/** Left out, a field keeps its value; null clears an optional one. */
export type UpdateImprovementInput = {
  /** Replaces the agreements. */
  agreementIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
  expectedBenefit?: InputMaybe<BenefitInput>;
  id: Scalars['ID']['input'];
  measure?: InputMaybe<MeasureInput>;
  owner?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Priority>;
  problemStatement?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the services. */
  serviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Customer: Customer;
  ImprovementInitiative: ImprovementInitiative;
  Service: Service;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  ImprovementInitiative:
    ( { __typename: 'ImprovementInitiative' }
    & GraphQLRecursivePick<FederationTypes['ImprovementInitiative'], {"id":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdvanceImprovementInput: AdvanceImprovementInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Benefit: ResolverTypeWrapper<Benefit>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BenefitInput: BenefitInput;
  ChangePoint: ResolverTypeWrapper<ChangePoint>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ComplaintPoint: ResolverTypeWrapper<ComplaintPoint>;
  Customer: ResolverTypeWrapper<EntityReference>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DimensionGap: ResolverTypeWrapper<DimensionGap>;
  IdentifyImprovementInput: IdentifyImprovementInput;
  ImprovementFilter: ImprovementFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ImprovementInitiative: ResolverTypeWrapper<ImprovementInitiativeRecord>;
  ImprovementInitiativeConnection: ResolverTypeWrapper<Omit<ImprovementInitiativeConnection, 'edges'> & { edges: Array<ResolversTypes['ImprovementInitiativeEdge']> }>;
  ImprovementInitiativeEdge: ResolverTypeWrapper<Omit<ImprovementInitiativeEdge, 'node'> & { node: ResolversTypes['ImprovementInitiative'] }>;
  ImprovementMeasure: ResolverTypeWrapper<ImprovementMeasure>;
  ImprovementRegisterSummary: ResolverTypeWrapper<ImprovementRegisterSummary>;
  ImprovementSource: ImprovementSource;
  ImprovementState: ImprovementState;
  ImprovementTransition: ResolverTypeWrapper<ImprovementTransitionRecord>;
  ImprovementTrigger: ResolverTypeWrapper<ImprovementTriggerRecord>;
  KpiGranularity: KpiGranularity;
  KpiSeries: ResolverTypeWrapper<KpiScope>;
  KpiWindowInput: KpiWindowInput;
  MeasureDirection: MeasureDirection;
  MeasureInput: MeasureInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Priority: Priority;
  PriorityCount: ResolverTypeWrapper<PriorityCount>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordImprovementResultInput: RecordImprovementResultInput;
  SatisfactionPoint: ResolverTypeWrapper<SatisfactionPoint>;
  Service: ResolverTypeWrapper<EntityReference>;
  ServiceLevelAgreement: ResolverTypeWrapper<EntityReference>;
  ServqualDimension: ServqualDimension;
  SlaAttainmentPoint: ResolverTypeWrapper<SlaAttainmentPoint>;
  SourceCount: ResolverTypeWrapper<SourceCount>;
  StateCount: ResolverTypeWrapper<StateCount>;
  UpdateImprovementInput: UpdateImprovementInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdvanceImprovementInput: AdvanceImprovementInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Benefit: Benefit;
  Float: Scalars['Float']['output'];
  BenefitInput: BenefitInput;
  ChangePoint: ChangePoint;
  Int: Scalars['Int']['output'];
  ComplaintPoint: ComplaintPoint;
  Customer: EntityReference;
  DateTime: Scalars['DateTime']['output'];
  DimensionGap: DimensionGap;
  IdentifyImprovementInput: IdentifyImprovementInput;
  ImprovementFilter: ImprovementFilter;
  Boolean: Scalars['Boolean']['output'];
  ImprovementInitiative: ImprovementInitiativeRecord;
  ImprovementInitiativeConnection: Omit<ImprovementInitiativeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ImprovementInitiativeEdge']> };
  ImprovementInitiativeEdge: Omit<ImprovementInitiativeEdge, 'node'> & { node: ResolversParentTypes['ImprovementInitiative'] };
  ImprovementMeasure: ImprovementMeasure;
  ImprovementRegisterSummary: ImprovementRegisterSummary;
  ImprovementTransition: ImprovementTransitionRecord;
  ImprovementTrigger: ImprovementTriggerRecord;
  KpiSeries: KpiScope;
  KpiWindowInput: KpiWindowInput;
  MeasureInput: MeasureInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PriorityCount: PriorityCount;
  Query: Record<PropertyKey, never>;
  RecordImprovementResultInput: RecordImprovementResultInput;
  SatisfactionPoint: SatisfactionPoint;
  Service: EntityReference;
  ServiceLevelAgreement: EntityReference;
  SlaAttainmentPoint: SlaAttainmentPoint;
  SourceCount: SourceCount;
  StateCount: StateCount;
  UpdateImprovementInput: UpdateImprovementInput;
}>;

export type BenefitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Benefit'] = ResolversParentTypes['Benefit']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ChangePointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangePoint'] = ResolversParentTypes['ChangePoint']> = ResolversObject<{
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finished?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  successRatePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  successful?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComplaintPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplaintPoint'] = ResolversParentTypes['ComplaintPoint']> = ResolversObject<{
  complaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meanHoursToAcknowledge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanHoursToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severeComplaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  improvements?: Resolver<Maybe<Array<ResolversTypes['ImprovementInitiative']>>, ParentType, ContextType>;
  kpis?: Resolver<Maybe<ResolversTypes['KpiSeries']>, ParentType, ContextType, Partial<CustomerKpisArgs>>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DimensionGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DimensionGap'] = ResolversParentTypes['DimensionGap']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['ServqualDimension'], ParentType, ContextType>;
  meanGap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ImprovementInitiativeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementInitiative'] = ResolversParentTypes['ImprovementInitiative'], FederationReferenceType extends FederationReferenceTypes['ImprovementInitiative'] = FederationReferenceTypes['ImprovementInitiative']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ImprovementInitiative']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['ServiceLevelAgreement']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expectedBenefit?: Resolver<Maybe<ResolversTypes['Benefit']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ImprovementTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['ImprovementMeasure']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  problemStatement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  realisedBenefit?: Resolver<Maybe<ResolversTypes['Benefit']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ImprovementSource'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ImprovementState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  triggers?: Resolver<Array<ResolversTypes['ImprovementTrigger']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ImprovementInitiativeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementInitiativeConnection'] = ResolversParentTypes['ImprovementInitiativeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ImprovementInitiativeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ImprovementInitiativeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementInitiativeEdge'] = ResolversParentTypes['ImprovementInitiativeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImprovementInitiative'], ParentType, ContextType>;
}>;

export type ImprovementMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementMeasure'] = ResolversParentTypes['ImprovementMeasure']> = ResolversObject<{
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baseline?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  baselineAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['MeasureDirection'], ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImprovementRegisterSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementRegisterSummary'] = ResolversParentTypes['ImprovementRegisterSummary']> = ResolversObject<{
  byPriority?: Resolver<Array<ResolversTypes['PriorityCount']>, ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['SourceCount']>, ParentType, ContextType>;
  byState?: Resolver<Array<ResolversTypes['StateCount']>, ParentType, ContextType>;
  expectedBenefitValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  realisedBenefitValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unfinished?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImprovementTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementTransition'] = ResolversParentTypes['ImprovementTransition']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromState?: Resolver<Maybe<ResolversTypes['ImprovementState']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toState?: Resolver<ResolversTypes['ImprovementState'], ParentType, ContextType>;
}>;

export type ImprovementTriggerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementTrigger'] = ResolversParentTypes['ImprovementTrigger']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KpiSeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KpiSeries'] = ResolversParentTypes['KpiSeries']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['ChangePoint']>, ParentType, ContextType>;
  complaints?: Resolver<Array<ResolversTypes['ComplaintPoint']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['KpiGranularity'], ParentType, ContextType>;
  satisfaction?: Resolver<Array<ResolversTypes['SatisfactionPoint']>, ParentType, ContextType>;
  slaAttainment?: Resolver<Array<ResolversTypes['SlaAttainmentPoint']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  advanceImprovement?: Resolver<ResolversTypes['ImprovementInitiative'], ParentType, ContextType, RequireFields<MutationAdvanceImprovementArgs, 'input'>>;
  identifyImprovement?: Resolver<ResolversTypes['ImprovementInitiative'], ParentType, ContextType, RequireFields<MutationIdentifyImprovementArgs, 'input'>>;
  recordImprovementResult?: Resolver<ResolversTypes['ImprovementInitiative'], ParentType, ContextType, RequireFields<MutationRecordImprovementResultArgs, 'input'>>;
  updateImprovement?: Resolver<ResolversTypes['ImprovementInitiative'], ParentType, ContextType, RequireFields<MutationUpdateImprovementArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PriorityCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriorityCount'] = ResolversParentTypes['PriorityCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  improvementInitiative?: Resolver<Maybe<ResolversTypes['ImprovementInitiative']>, ParentType, ContextType, RequireFields<QueryImprovementInitiativeArgs, 'id'>>;
  improvementInitiatives?: Resolver<ResolversTypes['ImprovementInitiativeConnection'], ParentType, ContextType, RequireFields<QueryImprovementInitiativesArgs, 'first'>>;
  improvementSummary?: Resolver<ResolversTypes['ImprovementRegisterSummary'], ParentType, ContextType>;
  portfolioKpis?: Resolver<ResolversTypes['KpiSeries'], ParentType, ContextType, Partial<QueryPortfolioKpisArgs>>;
}>;

export type SatisfactionPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SatisfactionPoint'] = ResolversParentTypes['SatisfactionPoint']> = ResolversObject<{
  dimensions?: Resolver<Array<ResolversTypes['DimensionGap']>, ParentType, ContextType>;
  meanNetPromoterScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanOverallGap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  surveys?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  improvements?: Resolver<Maybe<Array<ResolversTypes['ImprovementInitiative']>>, ParentType, ContextType>;
  kpis?: Resolver<Maybe<ResolversTypes['KpiSeries']>, ParentType, ContextType, Partial<ServiceKpisArgs>>;
}>;

export type ServiceLevelAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceLevelAgreement'] = ResolversParentTypes['ServiceLevelAgreement']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SlaAttainmentPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SlaAttainmentPoint'] = ResolversParentTypes['SlaAttainmentPoint']> = ResolversObject<{
  attainmentPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  targetsAtRisk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetsBreached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetsMeasured?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetsMet?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourceCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceCount'] = ResolversParentTypes['SourceCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ImprovementSource'], ParentType, ContextType>;
}>;

export type StateCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StateCount'] = ResolversParentTypes['StateCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ImprovementState'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Benefit?: BenefitResolvers<ContextType>;
  ChangePoint?: ChangePointResolvers<ContextType>;
  ComplaintPoint?: ComplaintPointResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DimensionGap?: DimensionGapResolvers<ContextType>;
  ImprovementInitiative?: ImprovementInitiativeResolvers<ContextType>;
  ImprovementInitiativeConnection?: ImprovementInitiativeConnectionResolvers<ContextType>;
  ImprovementInitiativeEdge?: ImprovementInitiativeEdgeResolvers<ContextType>;
  ImprovementMeasure?: ImprovementMeasureResolvers<ContextType>;
  ImprovementRegisterSummary?: ImprovementRegisterSummaryResolvers<ContextType>;
  ImprovementTransition?: ImprovementTransitionResolvers<ContextType>;
  ImprovementTrigger?: ImprovementTriggerResolvers<ContextType>;
  KpiSeries?: KpiSeriesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PriorityCount?: PriorityCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SatisfactionPoint?: SatisfactionPointResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceLevelAgreement?: ServiceLevelAgreementResolvers<ContextType>;
  SlaAttainmentPoint?: SlaAttainmentPointResolvers<ContextType>;
  SourceCount?: SourceCountResolvers<ContextType>;
  StateCount?: StateCountResolvers<ContextType>;
}>;

