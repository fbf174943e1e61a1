import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference } from '@itsm/subgraph-kit';
import type { ChangeRequestRecord } from '../entities/change-request';
import type { ApprovalRecord } from '../entities/approval';
import type { StateTransitionRecord } from '../entities/state-transition';
import type { ReviewRecord } from '../entities/review';
import type { BlackoutWindowRecord } from '../entities/blackout-window';
import type { ConflictView, ChangeScheduleView } from '../services/schedule-service';
import type { StandardChangeModelRecord } from '../entities/standard-change-model';
import type { ReleaseRecord, AcceptanceRecord } from '../entities/release';
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

export type AssessChangeRequestInput = {
  impact: ChangeRating;
  likelihood: ChangeRating;
  reason?: InputMaybe<Scalars['String']['input']>;
  urgency: ChangeRating;
};

/** A period in which changes may not be scheduled. */
export type BlackoutWindow = {
  __typename?: 'BlackoutWindow';
  declaredBy: Scalars['String']['output'];
  /** Exclusive: a change may start when a blackout ends. */
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  reason: Maybe<Scalars['String']['output']>;
  /** The service it covers; null for a global blackout. */
  service: Maybe<Service>;
  startsAt: Scalars['DateTime']['output'];
};

/** One approver's decision on a change. */
export type ChangeApproval = {
  __typename?: 'ChangeApproval';
  approver: Scalars['String']['output'];
  /** The role the decision counts under. */
  approverRole: ChangeApproverRole;
  decidedAt: Scalars['DateTime']['output'];
  decision: ChangeApprovalDecision;
  reason: Maybe<Scalars['String']['output']>;
};

export type ChangeApprovalBoard =
  /** The change advisory board. */
  | 'CAB'
  /** One change manager. */
  | 'CHANGE_MANAGER'
  /** The emergency change advisory board. */
  | 'ECAB'
  /** A STANDARD change: nobody needs to approve. */
  | 'PRE_AUTHORISED';

export type ChangeApprovalDecision =
  | 'APPROVED'
  | 'REJECTED';

export type ChangeApprovalDecisionInput = {
  decision: ChangeApprovalDecision;
  /** Required for a rejection. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Who must approve a change. */
export type ChangeApprovalPolicy = {
  __typename?: 'ChangeApprovalPolicy';
  board: ChangeApprovalBoard;
  /** Whether one of them must be a change manager. */
  changeManagerRequired: Scalars['Boolean']['output'];
  /** How many distinct approvers must approve. */
  quorum: Scalars['Int']['output'];
};

export type ChangeApproverRole =
  | 'CAB_MEMBER'
  | 'CHANGE_MANAGER';

export type ChangePriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MODERATE'
  | 'PLANNING';

/** A rating of impact, urgency or likelihood. */
export type ChangeRating =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A request for change. */
export type ChangeRequest = {
  __typename?: 'ChangeRequest';
  /**
   * The affected services. Through the gateway, customer-portfolio adds the customers that
   * depend on each, and service-level the agreements that cover it.
   */
  affectedServices: Array<Service>;
  /** The states this change may move to next. */
  allowedTransitions: Array<ChangeState>;
  /** Who must approve, from type and risk; null for a NORMAL change whose risk is not rated yet. */
  approvalPolicy: Maybe<ChangeApprovalPolicy>;
  /** The decisions of the approvers, in the order they were made. */
  approvals: Array<ChangeApproval>;
  backoutPlan: Maybe<Scalars['String']['output']>;
  /** Why an EMERGENCY change was scheduled into a blackout window. */
  blackoutOverrideReason: Maybe<Scalars['String']['output']>;
  category: Maybe<Scalars['String']['output']>;
  /** Other scheduled changes on the same services whose windows overlap this one's. */
  conflicts: Array<ScheduleConflict>;
  createdAt: Scalars['DateTime']['output'];
  /**
   * The customer the change is raised on behalf of, if any. Null for a CUSTOMER caller that sees
   * the change only because it affects a service its customers depend on.
   */
  customer: Maybe<Customer>;
  description: Maybe<Scalars['String']['output']>;
  /** Every state the change has been through: who moved it, when and why, oldest first. */
  history: Array<ChangeStateTransition>;
  id: Scalars['ID']['output'];
  impact: Maybe<ChangeRating>;
  implementationPlan: Maybe<Scalars['String']['output']>;
  likelihood: Maybe<ChangeRating>;
  /** End of the planned window (exclusive); null until the change is scheduled. */
  plannedEnd: Maybe<Scalars['DateTime']['output']>;
  /** Start of the planned window; null until the change is scheduled. */
  plannedStart: Maybe<Scalars['DateTime']['output']>;
  /** From impact × urgency; null until both are rated. */
  priority: Maybe<ChangePriority>;
  /** Human-readable reference, such as CHG-000042. */
  reference: Scalars['String']['output'];
  /** The release that ships this change, if any. */
  release: Maybe<Release>;
  /** Who raised the request. */
  requestedBy: Scalars['String']['output'];
  /** The post-implementation review, once recorded. */
  review: Maybe<PostImplementationReview>;
  /** From impact × likelihood; null until both are rated. */
  risk: Maybe<ChangeRisk>;
  /** The pre-authorised model a STANDARD change follows. */
  standardChangeModel: Maybe<StandardChangeModel>;
  state: ChangeState;
  testPlan: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: ChangeType;
  updatedAt: Scalars['DateTime']['output'];
  urgency: Maybe<ChangeRating>;
};

export type ChangeReviewOutcome =
  | 'FAILED'
  | 'PARTIAL'
  | 'SUCCESSFUL';

export type ChangeRisk =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type ChangeSchedule = {
  __typename?: 'ChangeSchedule';
  blackoutWindows: Array<BlackoutWindow>;
  changeRequests: Array<ChangeRequest>;
  conflicts: Array<ScheduleConflict>;
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
};

export type ChangeState =
  | 'ASSESSED'
  | 'AUTHORIZED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  /** Failed during implementation and backed out; still reviewed. */
  | 'FAILED'
  | 'IMPLEMENTED'
  | 'IMPLEMENTING'
  /** Final: a rejected change is raised anew rather than reworked. */
  | 'REJECTED'
  | 'REVIEWED'
  | 'SCHEDULED'
  | 'SUBMITTED';

/** A step of a change request's life. */
export type ChangeStateTransition = {
  __typename?: 'ChangeStateTransition';
  actor: Scalars['String']['output'];
  /** Null for the raising of the request. */
  fromState: Maybe<ChangeState>;
  occurredAt: Scalars['DateTime']['output'];
  reason: Maybe<Scalars['String']['output']>;
  toState: ChangeState;
};

export type ChangeType =
  /** Skips assessment and goes to the emergency CAB. */
  | 'EMERGENCY'
  | 'NORMAL'
  /** Pre-authorised: skips assessment and approval. */
  | 'STANDARD';

export type ContactSignature = {
  __typename?: 'ContactSignature';
  contactId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CreateReleaseInput = {
  changeRequestIds: Array<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type Customer = {
  __typename?: 'Customer';
  /**
   * Change requests that affect a service this customer depends on (its service dependencies in
   * customer-portfolio), newest first; null only when change-transition cannot answer. A CUSTOMER
   * caller sees those of other customers once authorised, without their customer.
   */
  affectingChangeRequests: Maybe<Array<ChangeRequest>>;
  /** Change requests raised on behalf of this customer, newest first; null only when change-transition cannot answer. */
  changeRequests: Maybe<Array<ChangeRequest>>;
  id: Scalars['ID']['output'];
};

export type DeclareBlackoutWindowInput = {
  endsAt: Scalars['DateTime']['input'];
  name: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Omit for a global blackout. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

export type DefineAcceptanceCriteriaInput = {
  criteria: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  releaseId: Scalars['ID']['input'];
};

export type DefineStandardChangeModelInput = {
  backoutPlan: Scalars['String']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  impact: ChangeRating;
  implementationPlan: Scalars['String']['input'];
  likelihood: ChangeRating;
  name: Scalars['String']['input'];
  testPlan: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** SUBMITTED → ASSESSED for a NORMAL change: the ratings that set its risk and so its approval policy. Requires CHANGE_MANAGER or ADMIN. */
  assessChangeRequest: ChangeRequest;
  /** Cancels a change before its implementation starts. Requires CHANGE_MANAGER, ADMIN or the requester. */
  cancelChangeRequest: ChangeRequest;
  /** REVIEWED → CLOSED. Requires CHANGE_MANAGER or ADMIN. */
  closeChangeRequest: ChangeRequest;
  /** IMPLEMENTING → IMPLEMENTED. Requires CHANGE_MANAGER or ADMIN. */
  completeImplementation: ChangeRequest;
  /** Plans a release of change requests that are not in another release. Requires CHANGE_MANAGER or ADMIN. */
  createRelease: Release;
  /**
   * Records the caller's decision on a change awaiting approval (a NORMAL change ASSESSED, an
   * EMERGENCY change SUBMITTED). The change becomes AUTHORIZED when its policy is met, and
   * REJECTED at the first rejection. Requires CAB_MEMBER or CHANGE_MANAGER; nobody decides on
   * a change they requested.
   */
  decideOnChangeRequest: ChangeRequest;
  /** Declares a period in which changes may not be scheduled, for one service or all. Requires CHANGE_MANAGER or ADMIN. */
  declareBlackoutWindow: BlackoutWindow;
  /** Records an affected customer's user-acceptance criteria for a PLANNED release. Requires CHANGE_MANAGER, ACCOUNT_MANAGER or ADMIN. */
  defineAcceptanceCriteria: Release;
  /** Adds a pre-authorised model to the catalogue of standard changes. Requires CHANGE_MANAGER or ADMIN. */
  defineStandardChangeModel: StandardChangeModel;
  /**
   * Deploys a PLANNED release once every affected customer has signed off and every change is
   * SCHEDULED: each change starts its implementation. Requires CHANGE_MANAGER or ADMIN.
   */
  deployRelease: Release;
  /** IMPLEMENTING → FAILED: the change was backed out, and why. Requires CHANGE_MANAGER or ADMIN. */
  failImplementation: ChangeRequest;
  /** Raises a change request in DRAFT. Requires CHANGE_MANAGER, ACCOUNT_MANAGER (for one of the customers in its token) or ADMIN. */
  raiseChangeRequest: ChangeRequest;
  /** IMPLEMENTED or FAILED → REVIEWED: the post-implementation review. Requires CHANGE_MANAGER or ADMIN. */
  reviewChangeRequest: ChangeRequest;
  /**
   * Gives an authorised change (a submitted STANDARD one) its planned window, or moves the
   * window of a SCHEDULED one. A window in a blackout is refused unless the change is EMERGENCY
   * and gives blackoutOverrideReason. Conflicts with other changes are allowed and reported in
   * ChangeRequest.conflicts. Requires CHANGE_MANAGER or ADMIN.
   */
  scheduleChangeRequest: ChangeRequest;
  /**
   * Records that the customer's contact signed off its acceptance criteria. Requires
   * ACCOUNT_MANAGER, CHANGE_MANAGER, ADMIN, or a CUSTOMER caller of that customer.
   */
  signOffAcceptance: Release;
  /** SCHEDULED → IMPLEMENTING. Requires CHANGE_MANAGER or ADMIN. */
  startImplementation: ChangeRequest;
  /** DRAFT → SUBMITTED, once impact, urgency, likelihood and the three plans are set. Requires CHANGE_MANAGER, ADMIN or the requester. */
  submitChangeRequest: ChangeRequest;
  /** Edits a DRAFT: only the fields given change, and null clears one. Requires CHANGE_MANAGER, ADMIN or the requester. */
  updateChangeRequest: ChangeRequest;
};


export type MutationAssessChangeRequestArgs = {
  id: Scalars['ID']['input'];
  input: AssessChangeRequestInput;
};


export type MutationCancelChangeRequestArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseChangeRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCompleteImplementationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateReleaseArgs = {
  input: CreateReleaseInput;
};


export type MutationDecideOnChangeRequestArgs = {
  id: Scalars['ID']['input'];
  input: ChangeApprovalDecisionInput;
};


export type MutationDeclareBlackoutWindowArgs = {
  input: DeclareBlackoutWindowInput;
};


export type MutationDefineAcceptanceCriteriaArgs = {
  input: DefineAcceptanceCriteriaInput;
};


export type MutationDefineStandardChangeModelArgs = {
  input: DefineStandardChangeModelInput;
};


export type MutationDeployReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFailImplementationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRaiseChangeRequestArgs = {
  input: RaiseChangeRequestInput;
};


export type MutationReviewChangeRequestArgs = {
  id: Scalars['ID']['input'];
  input: ReviewChangeRequestInput;
};


export type MutationScheduleChangeRequestArgs = {
  id: Scalars['ID']['input'];
  input: ScheduleChangeRequestInput;
};


export type MutationSignOffAcceptanceArgs = {
  input: SignOffAcceptanceInput;
};


export type MutationStartImplementationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSubmitChangeRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateChangeRequestArgs = {
  id: Scalars['ID']['input'];
  input: UpdateChangeRequestInput;
};

export type PostImplementationReview = {
  __typename?: 'PostImplementationReview';
  incidentsCaused: Scalars['Int']['output'];
  lessonsLearned: Maybe<Scalars['String']['output']>;
  outcome: ChangeReviewOutcome;
  reviewedAt: Scalars['DateTime']['output'];
  reviewedBy: Scalars['String']['output'];
};

/**
 * Change enablement: requests for change raised on behalf of customers against the services
 * they depend on, their assessment, approval, schedule, release and review. A CUSTOMER caller
 * sees the changes raised for its customers and, once authorised, those affecting a service its
 * customers depend on, without the customer those are raised for.
 */
export type Query = {
  __typename?: 'Query';
  changeRequest: Maybe<ChangeRequest>;
  /**
   * The forward schedule of change: the changes whose planned window overlaps [from, to), in
   * start order, with the blackout windows and the conflicts in that range. A range spans at
   * most 366 days.
   */
  changeSchedule: ChangeSchedule;
  release: Maybe<Release>;
  /** The catalogue of pre-authorised change models, in name order. */
  standardChangeModels: Array<StandardChangeModel>;
};


/**
 * Change enablement: requests for change raised on behalf of customers against the services
 * they depend on, their assessment, approval, schedule, release and review. A CUSTOMER caller
 * sees the changes raised for its customers and, once authorised, those affecting a service its
 * customers depend on, without the customer those are raised for.
 */
export type QueryChangeRequestArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Change enablement: requests for change raised on behalf of customers against the services
 * they depend on, their assessment, approval, schedule, release and review. A CUSTOMER caller
 * sees the changes raised for its customers and, once authorised, those affecting a service its
 * customers depend on, without the customer those are raised for.
 */
export type QueryChangeScheduleArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTime']['input'];
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


/**
 * Change enablement: requests for change raised on behalf of customers against the services
 * they depend on, their assessment, approval, schedule, release and review. A CUSTOMER caller
 * sees the changes raised for its customers and, once authorised, those affecting a service its
 * customers depend on, without the customer those are raised for.
 */
export type QueryReleaseArgs = {
  id: Scalars['ID']['input'];
};

export type RaiseChangeRequestInput = {
  backoutPlan?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  impact?: InputMaybe<ChangeRating>;
  implementationPlan?: InputMaybe<Scalars['String']['input']>;
  likelihood?: InputMaybe<ChangeRating>;
  serviceIds: Array<Scalars['ID']['input']>;
  /** Required for a STANDARD change, and only for one: its category, ratings and plans fill those the input omits. */
  standardChangeModelId?: InputMaybe<Scalars['ID']['input']>;
  testPlan?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  type: ChangeType;
  urgency?: InputMaybe<ChangeRating>;
};

/** A release: changes deployed together. */
export type Release = {
  __typename?: 'Release';
  acceptances: Array<UserAcceptance>;
  /**
   * The customers the changes are raised for, then those that depend on a changed service at
   * HIGH or CRITICAL business criticality; each must sign off before deployment.
   */
  affectedCustomers: Array<Customer>;
  /** The affected customers whose sign-off is still missing. */
  awaitingSignOff: Array<Customer>;
  changeRequests: Array<ChangeRequest>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  deployedAt: Maybe<Scalars['DateTime']['output']>;
  deployedBy: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Human-readable reference, such as REL-000007. */
  reference: Scalars['String']['output'];
  state: ReleaseState;
};

export type ReleaseState =
  | 'DEPLOYED'
  | 'PLANNED';

export type ReviewChangeRequestInput = {
  incidentsCaused: Scalars['Int']['input'];
  lessonsLearned?: InputMaybe<Scalars['String']['input']>;
  /** A FAILED change can only be reviewed as FAILED. */
  outcome: ChangeReviewOutcome;
};

export type ScheduleChangeRequestInput = {
  /** Only for an EMERGENCY change whose window falls in a blackout. */
  blackoutOverrideReason?: InputMaybe<Scalars['String']['input']>;
  /** Exclusive; at most 31 days after plannedStart. */
  plannedEnd: Scalars['DateTime']['input'];
  plannedStart: Scalars['DateTime']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Two scheduled changes on one service whose windows overlap. */
export type ScheduleConflict = {
  __typename?: 'ScheduleConflict';
  /** The two changes, the earlier start first. */
  changeRequests: Array<ChangeRequest>;
  overlapEnd: Scalars['DateTime']['output'];
  overlapStart: Scalars['DateTime']['output'];
  service: Service;
};

export type Service = {
  __typename?: 'Service';
  /** Change requests that affect this service, newest first; null only when change-transition cannot answer. */
  changeRequests: Maybe<Array<ChangeRequest>>;
  id: Scalars['ID']['output'];
};

export type SignOffAcceptanceInput = {
  /** The contact in customer-portfolio who signed off. */
  contactId: Scalars['ID']['input'];
  contactName: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  releaseId: Scalars['ID']['input'];
};

/**
 * A pre-authorised change model: a STANDARD change raised from it starts with its ratings and
 * plans, and needs no approval.
 */
export type StandardChangeModel = {
  __typename?: 'StandardChangeModel';
  backoutPlan: Scalars['String']['output'];
  category: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  definedBy: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  impact: ChangeRating;
  implementationPlan: Scalars['String']['output'];
  likelihood: ChangeRating;
  name: Scalars['String']['output'];
  risk: ChangeRisk;
  testPlan: Scalars['String']['output'];
};

export type UpdateChangeRequestInput = {
  backoutPlan?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  impact?: InputMaybe<ChangeRating>;
  implementationPlan?: InputMaybe<Scalars['String']['input']>;
  likelihood?: InputMaybe<ChangeRating>;
  testPlan?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  urgency?: InputMaybe<ChangeRating>;
};

/** One customer's user acceptance of a release. */
export type UserAcceptance = {
  __typename?: 'UserAcceptance';
  criteria: Scalars['String']['output'];
  customer: Customer;
  definedAt: Scalars['DateTime']['output'];
  definedBy: Scalars['String']['output'];
  /** Who recorded the sign-off. */
  signOffRecordedBy: Maybe<Scalars['String']['output']>;
  signedOffAt: Maybe<Scalars['DateTime']['output']>;
  /** The customer's contact who signed off, as recorded (contacts live in customer-portfolio). */
  signedOffBy: Maybe<ContactSignature>;
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
  ChangeRequest: ChangeRequest;
  Customer: Customer;
  Service: Service;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ChangeRequest:
    ( { __typename: 'ChangeRequest' }
    & GraphQLRecursivePick<FederationTypes['ChangeRequest'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AssessChangeRequestInput: AssessChangeRequestInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BlackoutWindow: ResolverTypeWrapper<BlackoutWindowRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChangeApproval: ResolverTypeWrapper<ApprovalRecord>;
  ChangeApprovalBoard: ChangeApprovalBoard;
  ChangeApprovalDecision: ChangeApprovalDecision;
  ChangeApprovalDecisionInput: ChangeApprovalDecisionInput;
  ChangeApprovalPolicy: ResolverTypeWrapper<ChangeApprovalPolicy>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ChangeApproverRole: ChangeApproverRole;
  ChangePriority: ChangePriority;
  ChangeRating: ChangeRating;
  ChangeRequest: ResolverTypeWrapper<ChangeRequestRecord>;
  ChangeReviewOutcome: ChangeReviewOutcome;
  ChangeRisk: ChangeRisk;
  ChangeSchedule: ResolverTypeWrapper<ChangeScheduleView>;
  ChangeState: ChangeState;
  ChangeStateTransition: ResolverTypeWrapper<StateTransitionRecord>;
  ChangeType: ChangeType;
  ContactSignature: ResolverTypeWrapper<ContactSignature>;
  CreateReleaseInput: CreateReleaseInput;
  Customer: ResolverTypeWrapper<EntityReference>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclareBlackoutWindowInput: DeclareBlackoutWindowInput;
  DefineAcceptanceCriteriaInput: DefineAcceptanceCriteriaInput;
  DefineStandardChangeModelInput: DefineStandardChangeModelInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PostImplementationReview: ResolverTypeWrapper<ReviewRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaiseChangeRequestInput: RaiseChangeRequestInput;
  Release: ResolverTypeWrapper<ReleaseRecord>;
  ReleaseState: ReleaseState;
  ReviewChangeRequestInput: ReviewChangeRequestInput;
  ScheduleChangeRequestInput: ScheduleChangeRequestInput;
  ScheduleConflict: ResolverTypeWrapper<ConflictView>;
  Service: ResolverTypeWrapper<EntityReference>;
  SignOffAcceptanceInput: SignOffAcceptanceInput;
  StandardChangeModel: ResolverTypeWrapper<StandardChangeModelRecord>;
  UpdateChangeRequestInput: UpdateChangeRequestInput;
  UserAcceptance: ResolverTypeWrapper<AcceptanceRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AssessChangeRequestInput: AssessChangeRequestInput;
  String: Scalars['String']['output'];
  BlackoutWindow: BlackoutWindowRecord;
  ID: Scalars['ID']['output'];
  ChangeApproval: ApprovalRecord;
  ChangeApprovalDecisionInput: ChangeApprovalDecisionInput;
  ChangeApprovalPolicy: ChangeApprovalPolicy;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  ChangeRequest: ChangeRequestRecord;
  ChangeSchedule: ChangeScheduleView;
  ChangeStateTransition: StateTransitionRecord;
  ContactSignature: ContactSignature;
  CreateReleaseInput: CreateReleaseInput;
  Customer: EntityReference;
  DateTime: Scalars['DateTime']['output'];
  DeclareBlackoutWindowInput: DeclareBlackoutWindowInput;
  DefineAcceptanceCriteriaInput: DefineAcceptanceCriteriaInput;
  DefineStandardChangeModelInput: DefineStandardChangeModelInput;
  Mutation: Record<PropertyKey, never>;
  PostImplementationReview: ReviewRecord;
  Query: Record<PropertyKey, never>;
  RaiseChangeRequestInput: RaiseChangeRequestInput;
  Release: ReleaseRecord;
  ReviewChangeRequestInput: ReviewChangeRequestInput;
  ScheduleChangeRequestInput: ScheduleChangeRequestInput;
  ScheduleConflict: ConflictView;
  Service: EntityReference;
  SignOffAcceptanceInput: SignOffAcceptanceInput;
  StandardChangeModel: StandardChangeModelRecord;
  UpdateChangeRequestInput: UpdateChangeRequestInput;
  UserAcceptance: AcceptanceRecord;
}>;

export type BlackoutWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlackoutWindow'] = ResolversParentTypes['BlackoutWindow']> = ResolversObject<{
  declaredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ChangeApprovalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeApproval'] = ResolversParentTypes['ChangeApproval']> = ResolversObject<{
  approver?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approverRole?: Resolver<ResolversTypes['ChangeApproverRole'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['ChangeApprovalDecision'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ChangeApprovalPolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeApprovalPolicy'] = ResolversParentTypes['ChangeApprovalPolicy']> = ResolversObject<{
  board?: Resolver<ResolversTypes['ChangeApprovalBoard'], ParentType, ContextType>;
  changeManagerRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quorum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChangeRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeRequest'] = ResolversParentTypes['ChangeRequest'], FederationReferenceType extends FederationReferenceTypes['ChangeRequest'] = FederationReferenceTypes['ChangeRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChangeRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  affectedServices?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['ChangeState']>, ParentType, ContextType>;
  approvalPolicy?: Resolver<Maybe<ResolversTypes['ChangeApprovalPolicy']>, ParentType, ContextType>;
  approvals?: Resolver<Array<ResolversTypes['ChangeApproval']>, ParentType, ContextType>;
  backoutPlan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  blackoutOverrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['ScheduleConflict']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ChangeStateTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<Maybe<ResolversTypes['ChangeRating']>, ParentType, ContextType>;
  implementationPlan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  likelihood?: Resolver<Maybe<ResolversTypes['ChangeRating']>, ParentType, ContextType>;
  plannedEnd?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  plannedStart?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['ChangePriority']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  release?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['PostImplementationReview']>, ParentType, ContextType>;
  risk?: Resolver<Maybe<ResolversTypes['ChangeRisk']>, ParentType, ContextType>;
  standardChangeModel?: Resolver<Maybe<ResolversTypes['StandardChangeModel']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ChangeState'], ParentType, ContextType>;
  testPlan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ChangeType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  urgency?: Resolver<Maybe<ResolversTypes['ChangeRating']>, ParentType, ContextType>;
}>;

export type ChangeScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeSchedule'] = ResolversParentTypes['ChangeSchedule']> = ResolversObject<{
  blackoutWindows?: Resolver<Array<ResolversTypes['BlackoutWindow']>, ParentType, ContextType>;
  changeRequests?: Resolver<Array<ResolversTypes['ChangeRequest']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['ScheduleConflict']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ChangeStateTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeStateTransition'] = ResolversParentTypes['ChangeStateTransition']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromState?: Resolver<Maybe<ResolversTypes['ChangeState']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toState?: Resolver<ResolversTypes['ChangeState'], ParentType, ContextType>;
}>;

export type ContactSignatureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactSignature'] = ResolversParentTypes['ContactSignature']> = ResolversObject<{
  contactId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  affectingChangeRequests?: Resolver<Maybe<Array<ResolversTypes['ChangeRequest']>>, ParentType, ContextType>;
  changeRequests?: Resolver<Maybe<Array<ResolversTypes['ChangeRequest']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  assessChangeRequest?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationAssessChangeRequestArgs, 'id' | 'input'>>;
  cancelChangeRequest?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationCancelChangeRequestArgs, 'id' | 'reason'>>;
  closeChangeRequest?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationCloseChangeRequestArgs, 'id'>>;
  completeImplementation?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationCompleteImplementationArgs, 'id'>>;
  createRelease?: Resolver<ResolversTypes['Release'], ParentType, ContextType, RequireFields<MutationCreateReleaseArgs, 'input'>>;
  decideOnChangeRequest?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationDecideOnChangeRequestArgs, 'id' | 'input'>>;
  declareBlackoutWindow?: Resolver<ResolversTypes['BlackoutWindow'], ParentType, ContextType, RequireFields<MutationDeclareBlackoutWindowArgs, 'input'>>;
  defineAcceptanceCriteria?: Resolver<ResolversTypes['Release'], ParentType, ContextType, RequireFields<MutationDefineAcceptanceCriteriaArgs, 'input'>>;
  defineStandardChangeModel?: Resolver<ResolversTypes['StandardChangeModel'], ParentType, ContextType, RequireFields<MutationDefineStandardChangeModelArgs, 'input'>>;
  deployRelease?: Resolver<ResolversTypes['Release'], ParentType, ContextType, RequireFields<MutationDeployReleaseArgs, 'id'>>;
  failImplementation?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationFailImplementationArgs, 'id' | 'reason'>>;
  raiseChangeRequest?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationRaiseChangeRequestArgs, 'input'>>;
  reviewChangeRequest?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationReviewChangeRequestArgs, 'id' | 'input'>>;
  scheduleChangeRequest?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationScheduleChangeRequestArgs, 'id' | 'input'>>;
  signOffAcceptance?: Resolver<ResolversTypes['Release'], ParentType, ContextType, RequireFields<MutationSignOffAcceptanceArgs, 'input'>>;
  startImplementation?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationStartImplementationArgs, 'id'>>;
  submitChangeRequest?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationSubmitChangeRequestArgs, 'id'>>;
  updateChangeRequest?: Resolver<ResolversTypes['ChangeRequest'], ParentType, ContextType, RequireFields<MutationUpdateChangeRequestArgs, 'id' | 'input'>>;
}>;

export type PostImplementationReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostImplementationReview'] = ResolversParentTypes['PostImplementationReview']> = ResolversObject<{
  incidentsCaused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lessonsLearned?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ChangeReviewOutcome'], ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reviewedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  changeRequest?: Resolver<Maybe<ResolversTypes['ChangeRequest']>, ParentType, ContextType, RequireFields<QueryChangeRequestArgs, 'id'>>;
  changeSchedule?: Resolver<ResolversTypes['ChangeSchedule'], ParentType, ContextType, RequireFields<QueryChangeScheduleArgs, 'from' | 'to'>>;
  release?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType, RequireFields<QueryReleaseArgs, 'id'>>;
  standardChangeModels?: Resolver<Array<ResolversTypes['StandardChangeModel']>, ParentType, ContextType>;
}>;

export type ReleaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Release'] = ResolversParentTypes['Release']> = ResolversObject<{
  acceptances?: Resolver<Array<ResolversTypes['UserAcceptance']>, ParentType, ContextType>;
  affectedCustomers?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  awaitingSignOff?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  changeRequests?: Resolver<Array<ResolversTypes['ChangeRequest']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deployedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deployedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ReleaseState'], ParentType, ContextType>;
}>;

export type ScheduleConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScheduleConflict'] = ResolversParentTypes['ScheduleConflict']> = ResolversObject<{
  changeRequests?: Resolver<Array<ResolversTypes['ChangeRequest']>, ParentType, ContextType>;
  overlapEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overlapStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  changeRequests?: Resolver<Maybe<Array<ResolversTypes['ChangeRequest']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StandardChangeModelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardChangeModel'] = ResolversParentTypes['StandardChangeModel']> = ResolversObject<{
  backoutPlan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  definedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['ChangeRating'], ParentType, ContextType>;
  implementationPlan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  likelihood?: Resolver<ResolversTypes['ChangeRating'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  risk?: Resolver<ResolversTypes['ChangeRisk'], ParentType, ContextType>;
  testPlan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserAcceptanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserAcceptance'] = ResolversParentTypes['UserAcceptance']> = ResolversObject<{
  criteria?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  definedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  definedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signOffRecordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedOffAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  signedOffBy?: Resolver<Maybe<ResolversTypes['ContactSignature']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  BlackoutWindow?: BlackoutWindowResolvers<ContextType>;
  ChangeApproval?: ChangeApprovalResolvers<ContextType>;
  ChangeApprovalPolicy?: ChangeApprovalPolicyResolvers<ContextType>;
  ChangeRequest?: ChangeRequestResolvers<ContextType>;
  ChangeSchedule?: ChangeScheduleResolvers<ContextType>;
  ChangeStateTransition?: ChangeStateTransitionResolvers<ContextType>;
  ContactSignature?: ContactSignatureResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PostImplementationReview?: PostImplementationReviewResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Release?: ReleaseResolvers<ContextType>;
  ScheduleConflict?: ScheduleConflictResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  StandardChangeModel?: StandardChangeModelResolvers<ContextType>;
  UserAcceptance?: UserAcceptanceResolvers<ContextType>;
}>;

