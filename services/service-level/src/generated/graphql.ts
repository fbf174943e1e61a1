import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference } from '@itsm/subgraph-kit';
import type { ServiceRecord } from '../entities/service';
import type { AgreementRecord } from '../entities/agreement';
import type { OutageRecord } from '../entities/outage';
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

export type AgreementStatus =
  | 'ACTIVE'
  | 'AGREED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'NEGOTIATING'
  | 'TERMINATED'
  | 'UNDER_REVIEW';

export type AgreementType =
  /** One customer, all of its services. */
  | 'CUSTOMER_BASED'
  /** Corporate, customer and service levels. */
  | 'MULTI_LEVEL'
  /** One service, all of its customers. */
  | 'SERVICE_BASED';

export type Customer = {
  __typename?: 'Customer';
  /** The agreements in which this customer is the party; null only when service-level cannot answer. */
  agreements: Maybe<Array<ServiceLevelAgreement>>;
  id: Scalars['ID']['output'];
};

export type DraftAgreementInput = {
  /** Required unless the agreement is SERVICE_BASED. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  serviceIds: Array<Scalars['ID']['input']>;
  type: AgreementType;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Drafts an agreement. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  draftAgreement: ServiceLevelAgreement;
  /** Records an outage of a service, ended or still going on. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  recordOutage: Outage;
  /** Adds a service to the catalogue. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  registerService: Service;
};


export type MutationDraftAgreementArgs = {
  input: DraftAgreementInput;
};


export type MutationRecordOutageArgs = {
  input: RecordOutageInput;
};


export type MutationRegisterServiceArgs = {
  input: RegisterServiceInput;
};

/** A period in which a service was unavailable. */
export type Outage = {
  __typename?: 'Outage';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** Null while the outage goes on. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Who recorded the outage. */
  recordedBy: Scalars['String']['output'];
  service: Service;
  startedAt: Scalars['DateTime']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Service level management: the service catalogue and the agreements that commit to levels
 * of service.
 */
export type Query = {
  __typename?: 'Query';
  agreement: Maybe<ServiceLevelAgreement>;
  service: Maybe<Service>;
  /** The service catalogue in name order. */
  services: ServiceConnection;
};


/**
 * Service level management: the service catalogue and the agreements that commit to levels
 * of service.
 */
export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Service level management: the service catalogue and the agreements that commit to levels
 * of service.
 */
export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Service level management: the service catalogue and the agreements that commit to levels
 * of service.
 */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordOutageInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Omit while the outage goes on. */
  endedAt?: InputMaybe<Scalars['DateTime']['input']>;
  serviceId: Scalars['ID']['input'];
  startedAt: Scalars['DateTime']['input'];
};

export type RegisterServiceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  lifecycle?: InputMaybe<ServiceLifecycle>;
  name: Scalars['String']['input'];
  owner: Scalars['String']['input'];
};

/** A catalogue entry: a service the provider delivers. */
export type Service = {
  __typename?: 'Service';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lifecycle: ServiceLifecycle;
  name: Scalars['String']['output'];
  /** The recorded outages of the service, latest start first. */
  outages: Array<Outage>;
  /** Who is accountable for the service. */
  owner: Scalars['String']['output'];
};

export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  edges: Array<ServiceEdge>;
  pageInfo: PageInfo;
};

export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
  node: Service;
};

/** An agreement between the provider and its customers on levels of service. */
export type ServiceLevelAgreement = {
  __typename?: 'ServiceLevelAgreement';
  createdAt: Scalars['DateTime']['output'];
  /** The customer party; null for a service-based agreement, which covers every customer. */
  customer: Maybe<Customer>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The services the agreement covers. */
  services: Array<Service>;
  status: AgreementStatus;
  type: AgreementType;
  validFrom: Maybe<Scalars['DateTime']['output']>;
  validTo: Maybe<Scalars['DateTime']['output']>;
};

export type ServiceLifecycle =
  | 'LIVE'
  | 'PIPELINE'
  | 'RETIRED';

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
  Service: Service;
  ServiceLevelAgreement: ServiceLevelAgreement;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
  ServiceLevelAgreement:
    ( { __typename: 'ServiceLevelAgreement' }
    & GraphQLRecursivePick<FederationTypes['ServiceLevelAgreement'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AgreementStatus: AgreementStatus;
  AgreementType: AgreementType;
  Customer: ResolverTypeWrapper<EntityReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DraftAgreementInput: DraftAgreementInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Outage: ResolverTypeWrapper<OutageRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  RecordOutageInput: RecordOutageInput;
  RegisterServiceInput: RegisterServiceInput;
  Service: ResolverTypeWrapper<ServiceRecord>;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceLevelAgreement: ResolverTypeWrapper<AgreementRecord>;
  ServiceLifecycle: ServiceLifecycle;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Customer: EntityReference;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  DraftAgreementInput: DraftAgreementInput;
  String: Scalars['String']['output'];
  Mutation: Record<PropertyKey, never>;
  Outage: OutageRecord;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  RecordOutageInput: RecordOutageInput;
  RegisterServiceInput: RegisterServiceInput;
  Service: ServiceRecord;
  ServiceConnection: Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceLevelAgreement: AgreementRecord;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreements?: Resolver<Maybe<Array<ResolversTypes['ServiceLevelAgreement']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  draftAgreement?: Resolver<ResolversTypes['ServiceLevelAgreement'], ParentType, ContextType, RequireFields<MutationDraftAgreementArgs, 'input'>>;
  recordOutage?: Resolver<ResolversTypes['Outage'], ParentType, ContextType, RequireFields<MutationRecordOutageArgs, 'input'>>;
  registerService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationRegisterServiceArgs, 'input'>>;
}>;

export type OutageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Outage'] = ResolversParentTypes['Outage']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agreement?: Resolver<Maybe<ResolversTypes['ServiceLevelAgreement']>, ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'id'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryServicesArgs, 'first'>>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lifecycle?: Resolver<ResolversTypes['ServiceLifecycle'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outages?: Resolver<Array<ResolversTypes['Outage']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ServiceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type ServiceLevelAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceLevelAgreement'] = ResolversParentTypes['ServiceLevelAgreement'], FederationReferenceType extends FederationReferenceTypes['ServiceLevelAgreement'] = FederationReferenceTypes['ServiceLevelAgreement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceLevelAgreement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AgreementType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Outage?: OutageResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceLevelAgreement?: ServiceLevelAgreementResolvers<ContextType>;
}>;

