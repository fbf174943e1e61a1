import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference } from '@itsm/subgraph-kit';
import type { ImprovementInitiativeRecord } from '../entities/improvement-initiative';
import type { ImprovementTriggerRecord } from '../entities/improvement-trigger';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** Improvement initiatives that concern this customer, newest first; null only when continual-improvement cannot answer. */
  improvements: Maybe<Array<ImprovementInitiative>>;
};

export type IdentifyImprovementInput = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  priority: Priority;
  problemStatement: Scalars['String']['input'];
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** An entry of the CSI register. */
export type ImprovementInitiative = {
  __typename?: 'ImprovementInitiative';
  createdAt: Scalars['DateTime']['output'];
  /** The customer the initiative concerns, if any. */
  customer: Maybe<Customer>;
  id: Scalars['ID']['output'];
  /** Who is accountable for the initiative. */
  owner: Maybe<Scalars['String']['output']>;
  priority: Priority;
  problemStatement: Scalars['String']['output'];
  /** The service the initiative concerns, if any. */
  service: Maybe<Service>;
  source: ImprovementSource;
  state: ImprovementState;
  title: Scalars['String']['output'];
  /** The events that made a rule open the initiative or add to it, oldest first; empty for one identified by hand. */
  triggers: Array<ImprovementTrigger>;
};

/** Where the need for an improvement came from. */
export type ImprovementSource =
  | 'CHANGE_FAILURE'
  | 'COMPLAINT'
  | 'MANUAL'
  /** Outages of a service, recorded in service-level. */
  | 'OUTAGE'
  | 'REVIEW'
  | 'SLA_BREACH'
  | 'SURVEY';

/** Where an initiative stands in its lifecycle; a new one starts IDENTIFIED. */
export type ImprovementState =
  | 'APPROVED'
  | 'ASSESSED'
  | 'CLOSED'
  | 'IDENTIFIED'
  | 'IMPLEMENTED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'VALIDATED';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Records an initiative identified by hand. Requires IMPROVEMENT_MANAGER or ADMIN. */
  identifyImprovement: ImprovementInitiative;
};


export type MutationIdentifyImprovementArgs = {
  input: IdentifyImprovementInput;
};

export type Priority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Continual service improvement: the register of improvement initiatives. */
export type Query = {
  __typename?: 'Query';
  /** An initiative by id; NOT_FOUND when it is unknown or concerns another customer than a CUSTOMER caller's. */
  improvementInitiative: Maybe<ImprovementInitiative>;
};


/** Continual service improvement: the register of improvement initiatives. */
export type QueryImprovementInitiativeArgs = {
  id: Scalars['ID']['input'];
};

export type Service = {
  __typename?: 'Service';
  id: Scalars['ID']['output'];
  /** Improvement initiatives that concern this service, newest first; null only when continual-improvement cannot answer. */
  improvements: Maybe<Array<ImprovementInitiative>>;
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
  Customer: ResolverTypeWrapper<EntityReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  IdentifyImprovementInput: IdentifyImprovementInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ImprovementInitiative: ResolverTypeWrapper<ImprovementInitiativeRecord>;
  ImprovementSource: ImprovementSource;
  ImprovementState: ImprovementState;
  ImprovementTrigger: ResolverTypeWrapper<ImprovementTriggerRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Priority: Priority;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Service: ResolverTypeWrapper<EntityReference>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Customer: EntityReference;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  IdentifyImprovementInput: IdentifyImprovementInput;
  String: Scalars['String']['output'];
  ImprovementInitiative: ImprovementInitiativeRecord;
  ImprovementTrigger: ImprovementTriggerRecord;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Service: EntityReference;
  Boolean: Scalars['Boolean']['output'];
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  improvements?: Resolver<Maybe<Array<ResolversTypes['ImprovementInitiative']>>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ImprovementInitiativeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementInitiative'] = ResolversParentTypes['ImprovementInitiative'], FederationReferenceType extends FederationReferenceTypes['ImprovementInitiative'] = FederationReferenceTypes['ImprovementInitiative']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ImprovementInitiative']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  problemStatement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ImprovementSource'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ImprovementState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  triggers?: Resolver<Array<ResolversTypes['ImprovementTrigger']>, ParentType, ContextType>;
}>;

export type ImprovementTriggerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementTrigger'] = ResolversParentTypes['ImprovementTrigger']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  identifyImprovement?: Resolver<ResolversTypes['ImprovementInitiative'], ParentType, ContextType, RequireFields<MutationIdentifyImprovementArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  improvementInitiative?: Resolver<Maybe<ResolversTypes['ImprovementInitiative']>, ParentType, ContextType, RequireFields<QueryImprovementInitiativeArgs, 'id'>>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  improvements?: Resolver<Maybe<Array<ResolversTypes['ImprovementInitiative']>>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ImprovementInitiative?: ImprovementInitiativeResolvers<ContextType>;
  ImprovementTrigger?: ImprovementTriggerResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
}>;

