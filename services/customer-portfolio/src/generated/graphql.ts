import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRecord } from '../entities/customer';
import type { RelationshipLevelChangeRecord } from '../entities/relationship-level-change';
import type { RevenueEntryRecord } from '../entities/revenue-entry';
import type { ContactRecord } from '../entities/contact';
import type { StakeholdersModel } from '../services/contact-service';
import type { BusinessObjectiveRecord } from '../entities/business-objective';
import type { ServiceDependencyRecord } from '../entities/service-dependency';
import type { OpportunityRecord, OpportunityTransitionRecord } from '../entities/opportunity';
import type { SatisfactionSurveyRecord } from '../entities/satisfaction-survey';
import type { DimensionGap } from '../domain/servqual';
import type { FeedbackRecord } from '../entities/feedback';
import type { CustomerHealthModel } from '../services/health-service';
import type { AttributedBreach } from '../repositories/sla-breach-repository';
import type { EntityReference } from '@itsm/subgraph-kit';
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
  /** A calendar date, as YYYY-MM-DD. */
  LocalDate: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AcknowledgeFeedbackInput = {
  id: Scalars['ID']['input'];
};

export type AddContactInput = {
  customerId: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  roles: Array<ContactRole>;
};

export type AddServiceDependencyInput = {
  businessProcess?: InputMaybe<Scalars['String']['input']>;
  criticality: BusinessCriticality;
  customerId: Scalars['ID']['input'];
  /** A service of the catalogue in service-level; only its shape is checked here. */
  serviceId: Scalars['ID']['input'];
  userCount: Scalars['Int']['input'];
};

export type AdvanceOpportunityInput = {
  id: Scalars['ID']['input'];
  /** Required for REJECTED. */
  note?: InputMaybe<Scalars['String']['input']>;
  state: OpportunityState;
};

export type AgreeObjectiveInput = {
  /** A DECISION_MAKER or SPONSOR of the customer. */
  contactId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};

export type BusinessCriticality =
  /** The business stops without the service. */
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A desired business outcome, agreed with the customer. */
export type BusinessObjective = {
  __typename?: 'BusinessObjective';
  agreedAt: Maybe<Scalars['DateTime']['output']>;
  /** The customer's contact who agreed it. */
  agreedBy: Maybe<Contact>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  description: Maybe<Scalars['String']['output']>;
  dueDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** What is measured, such as 'checkout payment success rate'. */
  measure: Scalars['String']['output'];
  /** Why it ended as it did. */
  outcomeNote: Maybe<Scalars['String']['output']>;
  /** True while AGREED after its due date has passed. */
  overdue: Scalars['Boolean']['output'];
  status: ObjectiveStatus;
  /** The value to reach, such as '99.5 %'. */
  target: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ChangeRelationshipLevelInput = {
  customerId: Scalars['ID']['input'];
  level: RelationshipLevel;
  reason: Scalars['String']['input'];
};

export type CloseFeedbackInput = {
  id: Scalars['ID']['input'];
};

export type CloseObjectiveInput = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  /** ACHIEVED, MISSED or WITHDRAWN. */
  status: ObjectiveStatus;
};

export type ComplaintHealth = {
  __typename?: 'ComplaintHealth';
  explanation: Scalars['String']['output'];
  score: Scalars['Int']['output'];
  /** COMPLAINT feedback that is OPEN or ACKNOWLEDGED. */
  unresolved: Scalars['Int']['output'];
  unresolvedBySeverity: Array<SeverityCount>;
  weight: Scalars['Float']['output'];
};

/** A person at the customer. */
export type Contact = {
  __typename?: 'Contact';
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  /** Set once the contact is removed; removed contacts stay readable where they signed something. */
  removedAt: Maybe<Scalars['DateTime']['output']>;
  /** At least one; a contact may hold several. */
  roles: Array<ContactRole>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ContactRole =
  /** Receives and settles the invoices. */
  | 'BILLING'
  /** Decides for the customer; an ACTIVE customer always keeps one. */
  | 'DECISION_MAKER'
  /** Uses the services heavily and speaks for the other users. */
  | 'KEY_USER'
  /** Funds and champions the services. */
  | 'SPONSOR'
  | 'USER';

/** A customer of the service provider, as the business relationship manager knows it. */
export type Customer = {
  __typename?: 'Customer';
  /** The business relationship manager who owns the relationship. */
  accountManager: Scalars['String']['output'];
  /** Short unique code, such as MKT-01. */
  code: Scalars['String']['output'];
  /** The contacts, in name order. */
  contacts: Array<Contact>;
  createdAt: Scalars['DateTime']['output'];
  /** The health score and each of its components. Not for CUSTOMER callers. */
  health: Maybe<CustomerHealth>;
  id: Scalars['ID']['output'];
  /** The latest satisfaction survey, if any. */
  latestSurvey: Maybe<SatisfactionSurvey>;
  name: Scalars['String']['output'];
  /** Desired business outcomes, by due date. Not for CUSTOMER callers. */
  objectives: Maybe<Array<BusinessObjective>>;
  /** Opportunities, the most recently identified first. Not for CUSTOMER callers. */
  opportunities: Maybe<Array<Opportunity>>;
  /** What the customer is expected to bring in a year. Not for CUSTOMER callers. */
  predictedAnnualValue: Maybe<Money>;
  /** Every level the relationship has had, the first at registration. Not for CUSTOMER callers. */
  relationshipHistory: Maybe<Array<RelationshipLevelChange>>;
  relationshipLevel: RelationshipLevel;
  /** Revenue per month, the latest first. Not for CUSTOMER callers. */
  revenue: Maybe<Array<RevenueEntry>>;
  /** Industry or market segment. */
  segment: Maybe<Scalars['String']['output']>;
  /** The services the customer's business depends on, the most critical first. Not for CUSTOMER callers. */
  serviceDependencies: Maybe<Array<ServiceDependency>>;
  /** Who decides for the customer, who sponsors, who uses the services and who pays. */
  stakeholders: Stakeholders;
  status: CustomerStatus;
  tier: CustomerTier;
  updatedAt: Scalars['DateTime']['output'];
};


/** A customer of the service provider, as the business relationship manager knows it. */
export type CustomerObjectivesArgs = {
  status?: InputMaybe<ObjectiveStatus>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerFilter = {
  accountManager?: InputMaybe<Scalars['String']['input']>;
  relationshipLevel?: InputMaybe<RelationshipLevel>;
  /** Part of the name, in any letter case. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CustomerStatus>;
  tier?: InputMaybe<CustomerTier>;
};

/**
 * The customer's health, 0 to 100: the weighted mean of the components that have data.
 * SATISFACTION (weight 0.4) is 100 + 25 × the latest survey's overall gap, capped to 0–100,
 * and has no data before the first survey. COMPLAINTS (0.3) is 100 minus 5, 10, 20 or 40 per
 * unresolved LOW, MEDIUM, HIGH or CRITICAL complaint. SLA_BREACHES (0.3) is 100 minus 25 per
 * breach in the last 90 days, of the customer's agreements or of service-based agreements on
 * services it depends on. Each score is floored at 0; the total is rounded.
 */
export type CustomerHealth = {
  __typename?: 'CustomerHealth';
  complaints: ComplaintHealth;
  computedAt: Scalars['DateTime']['output'];
  rating: HealthRating;
  satisfaction: SatisfactionHealth;
  score: Scalars['Int']['output'];
  slaBreaches: SlaBreachHealth;
};

export type CustomerStatus =
  | 'ACTIVE'
  | 'FORMER'
  | 'PROSPECT';

export type CustomerTier =
  | 'KEY'
  | 'STANDARD'
  | 'STRATEGIC';

export type DefineObjectiveInput = {
  customerId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate: Scalars['LocalDate']['input'];
  measure: Scalars['String']['input'];
  target: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A complaint, compliment, comment or suggestion from a customer. */
export type Feedback = {
  __typename?: 'Feedback';
  /** When it must be acknowledged, from its severity; fixed when it is logged. */
  acknowledgeBy: Scalars['DateTime']['output'];
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy: Maybe<Scalars['String']['output']>;
  /** True when the deadline passed before acknowledgement, or passed while it is still OPEN. */
  acknowledgementLate: Scalars['Boolean']['output'];
  closedAt: Maybe<Scalars['DateTime']['output']>;
  closedBy: Maybe<Scalars['String']['output']>;
  /** The contact who gave it, if recorded. */
  contact: Maybe<Contact>;
  customer: Customer;
  details: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  loggedBy: Scalars['String']['output'];
  /** When the customer gave it; the response times count from here. */
  receivedAt: Scalars['DateTime']['output'];
  resolution: Maybe<Scalars['String']['output']>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  resolvedBy: Maybe<Scalars['String']['output']>;
  /** The service it is about, if any. */
  service: Maybe<Service>;
  severity: FeedbackSeverity;
  status: FeedbackStatus;
  summary: Scalars['String']['output'];
  /** Seconds from receipt to acknowledgement. */
  timeToAcknowledgeSeconds: Maybe<Scalars['Int']['output']>;
  /** Seconds from receipt to resolution. */
  timeToResolveSeconds: Maybe<Scalars['Int']['output']>;
  type: FeedbackType;
};

export type FeedbackConnection = {
  __typename?: 'FeedbackConnection';
  edges: Array<FeedbackEdge>;
  pageInfo: PageInfo;
};

export type FeedbackEdge = {
  __typename?: 'FeedbackEdge';
  cursor: Scalars['String']['output'];
  node: Feedback;
};

export type FeedbackFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  severity?: InputMaybe<FeedbackSeverity>;
  status?: InputMaybe<FeedbackStatus>;
  type?: InputMaybe<FeedbackType>;
};

export type FeedbackSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type FeedbackStatus =
  | 'ACKNOWLEDGED'
  | 'CLOSED'
  | 'OPEN'
  | 'RESOLVED';

export type FeedbackType =
  | 'COMMENT'
  | 'COMPLAINT'
  | 'COMPLIMENT'
  | 'SUGGESTION';

export type HealthRating =
  /** 50 to 74. */
  | 'AT_RISK'
  /** Below 50. */
  | 'CRITICAL'
  /** 75 or more. */
  | 'HEALTHY';

export type IdentifyOpportunityInput = {
  customerId: Scalars['ID']['input'];
  desiredOutcome: Scalars['String']['input'];
  estimatedCost: MoneyInput;
  expectedBenefit: Scalars['String']['input'];
  requirement: Scalars['String']['input'];
  /** An existing service it builds on; only its shape is checked here. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type LogFeedbackInput = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
  details?: InputMaybe<Scalars['String']['input']>;
  /** When the customer gave it, if earlier than now; not in the future. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  severity: FeedbackSeverity;
  summary: Scalars['String']['input'];
  type: FeedbackType;
};

/** An amount in a currency. */
export type Money = {
  __typename?: 'Money';
  /** In major units, with at most two decimals. */
  amount: Scalars['Float']['output'];
  /** ISO 4217 code, such as IDR. */
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  amount: Scalars['Float']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** OPEN → ACKNOWLEDGED. */
  acknowledgeFeedback: Feedback;
  addContact: Contact;
  addServiceDependency: ServiceDependency;
  /**
   * IDENTIFIED → ASSESSED → APPROVED → IN_PORTFOLIO, or REJECTED before IN_PORTFOLIO.
   * APPROVED needs the customer's sign-off.
   */
  advanceOpportunity: Opportunity;
  /** Records that a DECISION_MAKER or SPONSOR of the customer agreed the DRAFT objective. */
  agreeObjective: BusinessObjective;
  /** Moves the relationship to another level, recording who, why and when. */
  changeRelationshipLevel: Customer;
  /** RESOLVED → CLOSED. */
  closeFeedback: Feedback;
  /** Ends an objective: ACHIEVED or MISSED once AGREED, WITHDRAWN from DRAFT or AGREED. */
  closeObjective: BusinessObjective;
  /** Records a desired business outcome as a DRAFT. */
  defineObjective: BusinessObjective;
  /** Records a new service requirement with its business case, IDENTIFIED. */
  identifyOpportunity: Opportunity;
  /** Logs feedback as OPEN, with an acknowledgement deadline from its severity. */
  logFeedback: Feedback;
  /** Records the revenue of one month, or corrects it. */
  recordRevenue: Customer;
  /** Records a SERVQUAL survey; the gaps are computed. */
  recordSurvey: SatisfactionSurvey;
  /** Registers a customer. An ACTIVE customer needs a DECISION_MAKER among its first contacts. */
  registerCustomer: Customer;
  /** Removes a contact; it stays readable where it signed something. Returns the customer. */
  removeContact: Customer;
  /** Returns the customer. */
  removeServiceDependency: Customer;
  /** ACKNOWLEDGED → RESOLVED. */
  resolveFeedback: Feedback;
  /** Records that a DECISION_MAKER or SPONSOR signed off the requirement and business case. */
  signOffOpportunity: Opportunity;
  /** Changes what is given; roles, when given, replace the contact's roles. */
  updateContact: Contact;
  /**
   * Changes what is given and keeps the rest. Status moves PROSPECT → ACTIVE or FORMER,
   * ACTIVE → FORMER, FORMER → ACTIVE; becoming ACTIVE needs a DECISION_MAKER contact.
   */
  updateCustomer: Customer;
  /** Edits a DRAFT objective. */
  updateObjective: BusinessObjective;
  /** Edits an IDENTIFIED or ASSESSED opportunity; a changed business case voids the sign-off. */
  updateOpportunity: Opportunity;
  updateServiceDependency: ServiceDependency;
};


export type MutationAcknowledgeFeedbackArgs = {
  input: AcknowledgeFeedbackInput;
};


export type MutationAddContactArgs = {
  input: AddContactInput;
};


export type MutationAddServiceDependencyArgs = {
  input: AddServiceDependencyInput;
};


export type MutationAdvanceOpportunityArgs = {
  input: AdvanceOpportunityInput;
};


export type MutationAgreeObjectiveArgs = {
  input: AgreeObjectiveInput;
};


export type MutationChangeRelationshipLevelArgs = {
  input: ChangeRelationshipLevelInput;
};


export type MutationCloseFeedbackArgs = {
  input: CloseFeedbackInput;
};


export type MutationCloseObjectiveArgs = {
  input: CloseObjectiveInput;
};


export type MutationDefineObjectiveArgs = {
  input: DefineObjectiveInput;
};


export type MutationIdentifyOpportunityArgs = {
  input: IdentifyOpportunityInput;
};


export type MutationLogFeedbackArgs = {
  input: LogFeedbackInput;
};


export type MutationRecordRevenueArgs = {
  input: RecordRevenueInput;
};


export type MutationRecordSurveyArgs = {
  input: RecordSurveyInput;
};


export type MutationRegisterCustomerArgs = {
  input: RegisterCustomerInput;
};


export type MutationRemoveContactArgs = {
  input: RemoveContactInput;
};


export type MutationRemoveServiceDependencyArgs = {
  input: RemoveServiceDependencyInput;
};


export type MutationResolveFeedbackArgs = {
  input: ResolveFeedbackInput;
};


export type MutationSignOffOpportunityArgs = {
  input: SignOffOpportunityInput;
};


export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


export type MutationUpdateCustomerArgs = {
  input: UpdateCustomerInput;
};


export type MutationUpdateObjectiveArgs = {
  input: UpdateObjectiveInput;
};


export type MutationUpdateOpportunityArgs = {
  input: UpdateOpportunityInput;
};


export type MutationUpdateServiceDependencyArgs = {
  input: UpdateServiceDependencyInput;
};

export type NewContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  roles: Array<ContactRole>;
};

export type ObjectiveStatus =
  | 'ACHIEVED'
  | 'AGREED'
  | 'DRAFT'
  | 'MISSED'
  | 'WITHDRAWN';

/** A new service requirement of a customer, with its business case. */
export type Opportunity = {
  __typename?: 'Opportunity';
  /** The states it may move to now. */
  allowedTransitions: Array<OpportunityState>;
  customer: Customer;
  desiredOutcome: Scalars['String']['output'];
  estimatedCost: Money;
  /** The benefit the customer expects. */
  expectedBenefit: Scalars['String']['output'];
  /** Every state change, oldest first. */
  history: Array<OpportunityTransition>;
  id: Scalars['ID']['output'];
  identifiedAt: Scalars['DateTime']['output'];
  identifiedBy: Scalars['String']['output'];
  /** What the customer needs. */
  requirement: Scalars['String']['output'];
  /** The existing service it builds on, if any. */
  service: Maybe<Service>;
  signedOffAt: Maybe<Scalars['DateTime']['output']>;
  /** The customer's contact who signed off the requirement and business case. */
  signedOffBy: Maybe<Contact>;
  state: OpportunityState;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  edges: Array<OpportunityEdge>;
  pageInfo: PageInfo;
};

export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  cursor: Scalars['String']['output'];
  node: Opportunity;
};

export type OpportunityFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<OpportunityState>;
};

export type OpportunityState =
  | 'APPROVED'
  | 'ASSESSED'
  | 'IDENTIFIED'
  | 'IN_PORTFOLIO'
  | 'REJECTED';

export type OpportunityTransition = {
  __typename?: 'OpportunityTransition';
  actor: Scalars['String']['output'];
  fromState: OpportunityState;
  note: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  toState: OpportunityState;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Business relationship management: who the customers are, who decides for them, what they
 * want to achieve, which services their business depends on, how satisfied they are, and how
 * the relationship stands.
 *
 * Reads are open to every role. A CUSTOMER caller sees only its own customers, their contacts,
 * satisfaction surveys and feedback; the provider's internal view (relationship history,
 * revenue, objectives, dependencies, opportunities, health) is FORBIDDEN to it. Writes need
 * ACCOUNT_MANAGER or ADMIN.
 */
export type Query = {
  __typename?: 'Query';
  customer: Maybe<Customer>;
  /** Customers in (name, id) order, filtered and searched; restricted to a CUSTOMER caller's own. */
  customers: CustomerConnection;
  feedback: Maybe<Feedback>;
  /** Feedback, most recently received first; a CUSTOMER caller sees its own. */
  feedbackItems: FeedbackConnection;
  /** Opportunities, most recently identified first. Not for CUSTOMER callers. */
  opportunities: OpportunityConnection;
  /** An opportunity by id. Not for CUSTOMER callers. */
  opportunity: Maybe<Opportunity>;
  /**
   * OPEN feedback whose acknowledgement deadline has passed, the most overdue first: the
   * account manager's to-do list. Not for CUSTOMER callers.
   */
  overdueAcknowledgements: FeedbackConnection;
  satisfactionSurvey: Maybe<SatisfactionSurvey>;
  /** Survey results over time, most recently conducted first; a CUSTOMER caller sees its own. */
  satisfactionSurveys: SatisfactionSurveyConnection;
};


/**
 * Business relationship management: who the customers are, who decides for them, what they
 * want to achieve, which services their business depends on, how satisfied they are, and how
 * the relationship stands.
 *
 * Reads are open to every role. A CUSTOMER caller sees only its own customers, their contacts,
 * satisfaction surveys and feedback; the provider's internal view (relationship history,
 * revenue, objectives, dependencies, opportunities, health) is FORBIDDEN to it. Writes need
 * ACCOUNT_MANAGER or ADMIN.
 */
export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Business relationship management: who the customers are, who decides for them, what they
 * want to achieve, which services their business depends on, how satisfied they are, and how
 * the relationship stands.
 *
 * Reads are open to every role. A CUSTOMER caller sees only its own customers, their contacts,
 * satisfaction surveys and feedback; the provider's internal view (relationship history,
 * revenue, objectives, dependencies, opportunities, health) is FORBIDDEN to it. Writes need
 * ACCOUNT_MANAGER or ADMIN.
 */
export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Business relationship management: who the customers are, who decides for them, what they
 * want to achieve, which services their business depends on, how satisfied they are, and how
 * the relationship stands.
 *
 * Reads are open to every role. A CUSTOMER caller sees only its own customers, their contacts,
 * satisfaction surveys and feedback; the provider's internal view (relationship history,
 * revenue, objectives, dependencies, opportunities, health) is FORBIDDEN to it. Writes need
 * ACCOUNT_MANAGER or ADMIN.
 */
export type QueryFeedbackArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Business relationship management: who the customers are, who decides for them, what they
 * want to achieve, which services their business depends on, how satisfied they are, and how
 * the relationship stands.
 *
 * Reads are open to every role. A CUSTOMER caller sees only its own customers, their contacts,
 * satisfaction surveys and feedback; the provider's internal view (relationship history,
 * revenue, objectives, dependencies, opportunities, health) is FORBIDDEN to it. Writes need
 * ACCOUNT_MANAGER or ADMIN.
 */
export type QueryFeedbackItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FeedbackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Business relationship management: who the customers are, who decides for them, what they
 * want to achieve, which services their business depends on, how satisfied they are, and how
 * the relationship stands.
 *
 * Reads are open to every role. A CUSTOMER caller sees only its own customers, their contacts,
 * satisfaction surveys and feedback; the provider's internal view (relationship history,
 * revenue, objectives, dependencies, opportunities, health) is FORBIDDEN to it. Writes need
 * ACCOUNT_MANAGER or ADMIN.
 */
export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Business relationship management: who the customers are, who decides for them, what they
 * want to achieve, which services their business depends on, how satisfied they are, and how
 * the relationship stands.
 *
 * Reads are open to every role. A CUSTOMER caller sees only its own customers, their contacts,
 * satisfaction surveys and feedback; the provider's internal view (relationship history,
 * revenue, objectives, dependencies, opportunities, health) is FORBIDDEN to it. Writes need
 * ACCOUNT_MANAGER or ADMIN.
 */
export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Business relationship management: who the customers are, who decides for them, what they
 * want to achieve, which services their business depends on, how satisfied they are, and how
 * the relationship stands.
 *
 * Reads are open to every role. A CUSTOMER caller sees only its own customers, their contacts,
 * satisfaction surveys and feedback; the provider's internal view (relationship history,
 * revenue, objectives, dependencies, opportunities, health) is FORBIDDEN to it. Writes need
 * ACCOUNT_MANAGER or ADMIN.
 */
export type QueryOverdueAcknowledgementsArgs = {
  accountManager?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Business relationship management: who the customers are, who decides for them, what they
 * want to achieve, which services their business depends on, how satisfied they are, and how
 * the relationship stands.
 *
 * Reads are open to every role. A CUSTOMER caller sees only its own customers, their contacts,
 * satisfaction surveys and feedback; the provider's internal view (relationship history,
 * revenue, objectives, dependencies, opportunities, health) is FORBIDDEN to it. Writes need
 * ACCOUNT_MANAGER or ADMIN.
 */
export type QuerySatisfactionSurveyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Business relationship management: who the customers are, who decides for them, what they
 * want to achieve, which services their business depends on, how satisfied they are, and how
 * the relationship stands.
 *
 * Reads are open to every role. A CUSTOMER caller sees only its own customers, their contacts,
 * satisfaction surveys and feedback; the provider's internal view (relationship history,
 * revenue, objectives, dependencies, opportunities, health) is FORBIDDEN to it. Writes need
 * ACCOUNT_MANAGER or ADMIN.
 */
export type QuerySatisfactionSurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordRevenueInput = {
  customerId: Scalars['ID']['input'];
  /** The month, as YYYY-MM. */
  period: Scalars['String']['input'];
  revenue: MoneyInput;
};

export type RecordSurveyInput = {
  comments?: InputMaybe<Scalars['String']['input']>;
  /** Not in the future. */
  conductedAt: Scalars['DateTime']['input'];
  customerId: Scalars['ID']['input'];
  netPromoterScore?: InputMaybe<Scalars['Int']['input']>;
  overallSatisfaction?: InputMaybe<Scalars['Float']['input']>;
  respondentContactId?: InputMaybe<Scalars['ID']['input']>;
  /** Each of the five dimensions exactly once. */
  scores: Array<ServqualScoreInput>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};

export type RegisterCustomerInput = {
  accountManager: Scalars['String']['input'];
  code: Scalars['String']['input'];
  /** Contacts to add at once; an ACTIVE customer needs a DECISION_MAKER among them. */
  contacts?: InputMaybe<Array<NewContactInput>>;
  name: Scalars['String']['input'];
  predictedAnnualValue?: InputMaybe<MoneyInput>;
  relationshipLevel?: InputMaybe<RelationshipLevel>;
  segment?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CustomerStatus>;
  tier: CustomerTier;
};

/** The five levels of a customer relationship, from basic to partnership. */
export type RelationshipLevel =
  /** The provider follows up on what the customer bought and uses. */
  | 'ACCOUNTABLE'
  /** The provider sells and delivers, without further contact. */
  | 'BASIC'
  /** Provider and customer share what they know to add value for the customer. */
  | 'PARTNERSHIP'
  /** The provider contacts the customer regularly, for more than the service bought. */
  | 'PROACTIVE'
  /** The customer gets in touch when something goes wrong. */
  | 'REACTIVE';

export type RelationshipLevelChange = {
  __typename?: 'RelationshipLevelChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  /** Null for the level given at registration. */
  fromLevel: Maybe<RelationshipLevel>;
  reason: Scalars['String']['output'];
  toLevel: RelationshipLevel;
};

export type RemoveContactInput = {
  id: Scalars['ID']['input'];
};

export type RemoveServiceDependencyInput = {
  id: Scalars['ID']['input'];
};

export type ResolveFeedbackInput = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};

export type RevenueEntry = {
  __typename?: 'RevenueEntry';
  /** The month, as YYYY-MM. */
  period: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  revenue: Money;
};

export type SatisfactionHealth = {
  __typename?: 'SatisfactionHealth';
  explanation: Scalars['String']['output'];
  latestSurvey: Maybe<SatisfactionSurvey>;
  /** Null before the first survey; the other components then carry the weight. */
  score: Maybe<Scalars['Int']['output']>;
  weight: Scalars['Float']['output'];
};

/** A SERVQUAL survey: expectation and perception per dimension, scored 1 to 5. */
export type SatisfactionSurvey = {
  __typename?: 'SatisfactionSurvey';
  comments: Maybe<Scalars['String']['output']>;
  conductedAt: Scalars['DateTime']['output'];
  customer: Customer;
  /** The five dimensions, in SERVQUAL's order. */
  dimensions: Array<ServqualScore>;
  id: Scalars['ID']['output'];
  /** Net promoter score, -100 to 100, if asked. */
  netPromoterScore: Maybe<Scalars['Int']['output']>;
  /** The mean of the five gaps, rounded to two decimals; negative means the service fell short. */
  overallGap: Scalars['Float']['output'];
  /** An overall satisfaction score of 1 to 5, if asked. */
  overallSatisfaction: Maybe<Scalars['Float']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  /** The contact who answered, if recorded. */
  respondent: Maybe<Contact>;
  /** The service surveyed; null for the relationship as a whole. */
  service: Maybe<Service>;
};

export type SatisfactionSurveyConnection = {
  __typename?: 'SatisfactionSurveyConnection';
  edges: Array<SatisfactionSurveyEdge>;
  pageInfo: PageInfo;
};

export type SatisfactionSurveyEdge = {
  __typename?: 'SatisfactionSurveyEdge';
  cursor: Scalars['String']['output'];
  node: SatisfactionSurvey;
};

export type Service = {
  __typename?: 'Service';
  /** The customers whose business depends on this service, the most critical first. Not for CUSTOMER callers. */
  dependentCustomers: Maybe<Array<ServiceDependency>>;
  id: Scalars['ID']['output'];
};

/** How the customer's business depends on a service. */
export type ServiceDependency = {
  __typename?: 'ServiceDependency';
  /** The business activity that relies on the service, such as 'checkout'. */
  businessProcess: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  criticality: BusinessCriticality;
  customer: Customer;
  id: Scalars['ID']['output'];
  service: Service;
  updatedAt: Scalars['DateTime']['output'];
  /** How many of the customer's people use the service. */
  userCount: Scalars['Int']['output'];
};

export type ServqualDimension =
  /** Knowledge and courtesy that inspire trust. */
  | 'ASSURANCE'
  /** Caring, individual attention. */
  | 'EMPATHY'
  /** Delivering what was promised, dependably and accurately. */
  | 'RELIABILITY'
  /** Willingness to help and prompt service. */
  | 'RESPONSIVENESS'
  /** Physical facilities, equipment and the look of what the customer sees. */
  | 'TANGIBLES';

export type ServqualScore = {
  __typename?: 'ServqualScore';
  dimension: ServqualDimension;
  expectation: Scalars['Float']['output'];
  /** Perception minus expectation. */
  gap: Scalars['Float']['output'];
  perception: Scalars['Float']['output'];
};

export type ServqualScoreInput = {
  dimension: ServqualDimension;
  /** 1 to 5, at most two decimals (a mean of several answers). */
  expectation: Scalars['Float']['input'];
  /** 1 to 5, at most two decimals. */
  perception: Scalars['Float']['input'];
};

export type SeverityCount = {
  __typename?: 'SeverityCount';
  count: Scalars['Int']['output'];
  severity: FeedbackSeverity;
};

export type SignOffOpportunityInput = {
  /** A DECISION_MAKER or SPONSOR of the customer. */
  contactId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};

/** A service level target breached in a period, as service-level reported it. */
export type SlaBreach = {
  __typename?: 'SlaBreach';
  agreementId: Scalars['ID']['output'];
  evaluatedAt: Scalars['DateTime']['output'];
  measuredValue: Maybe<Scalars['Float']['output']>;
  metric: Scalars['String']['output'];
  /** False when it is the breach of a service-based agreement on a service the customer depends on. */
  ofCustomerAgreement: Scalars['Boolean']['output'];
  periodEnd: Scalars['DateTime']['output'];
  periodStart: Scalars['DateTime']['output'];
  service: Service;
  targetId: Scalars['ID']['output'];
  targetValue: Scalars['Float']['output'];
};

export type SlaBreachHealth = {
  __typename?: 'SlaBreachHealth';
  /** The breaches counted, the latest first. */
  breaches: Array<SlaBreach>;
  explanation: Scalars['String']['output'];
  score: Scalars['Int']['output'];
  weight: Scalars['Float']['output'];
  windowDays: Scalars['Int']['output'];
};

/** The contacts by role; a contact with several roles appears under each. */
export type Stakeholders = {
  __typename?: 'Stakeholders';
  billing: Array<Contact>;
  decisionMakers: Array<Contact>;
  keyUsers: Array<Contact>;
  sponsors: Array<Contact>;
  users: Array<Contact>;
};

export type SurveyFilter = {
  /** Conducted before. */
  conductedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Conducted at or after. */
  conductedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateContactInput = {
  /** Null clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Null clears it. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<ContactRole>>;
};

export type UpdateCustomerInput = {
  accountManager?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  predictedAnnualValue?: InputMaybe<MoneyInput>;
  /** Null clears it. */
  segment?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CustomerStatus>;
  tier?: InputMaybe<CustomerTier>;
};

export type UpdateObjectiveInput = {
  /** Null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  measure?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOpportunityInput = {
  desiredOutcome?: InputMaybe<Scalars['String']['input']>;
  estimatedCost?: InputMaybe<MoneyInput>;
  expectedBenefit?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  requirement?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateServiceDependencyInput = {
  /** Null clears it. */
  businessProcess?: InputMaybe<Scalars['String']['input']>;
  criticality?: InputMaybe<BusinessCriticality>;
  id: Scalars['ID']['input'];
  userCount?: InputMaybe<Scalars['Int']['input']>;
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
  Service: Service;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcknowledgeFeedbackInput: AcknowledgeFeedbackInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddContactInput: AddContactInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddServiceDependencyInput: AddServiceDependencyInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AdvanceOpportunityInput: AdvanceOpportunityInput;
  AgreeObjectiveInput: AgreeObjectiveInput;
  BusinessCriticality: BusinessCriticality;
  BusinessObjective: ResolverTypeWrapper<BusinessObjectiveRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeRelationshipLevelInput: ChangeRelationshipLevelInput;
  CloseFeedbackInput: CloseFeedbackInput;
  CloseObjectiveInput: CloseObjectiveInput;
  ComplaintHealth: ResolverTypeWrapper<ComplaintHealth>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Contact: ResolverTypeWrapper<ContactRecord>;
  ContactRole: ContactRole;
  Customer: ResolverTypeWrapper<CustomerRecord>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerHealth: ResolverTypeWrapper<CustomerHealthModel>;
  CustomerStatus: CustomerStatus;
  CustomerTier: CustomerTier;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DefineObjectiveInput: DefineObjectiveInput;
  Feedback: ResolverTypeWrapper<FeedbackRecord>;
  FeedbackConnection: ResolverTypeWrapper<Omit<FeedbackConnection, 'edges'> & { edges: Array<ResolversTypes['FeedbackEdge']> }>;
  FeedbackEdge: ResolverTypeWrapper<Omit<FeedbackEdge, 'node'> & { node: ResolversTypes['Feedback'] }>;
  FeedbackFilter: FeedbackFilter;
  FeedbackSeverity: FeedbackSeverity;
  FeedbackStatus: FeedbackStatus;
  FeedbackType: FeedbackType;
  HealthRating: HealthRating;
  IdentifyOpportunityInput: IdentifyOpportunityInput;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  LogFeedbackInput: LogFeedbackInput;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewContactInput: NewContactInput;
  ObjectiveStatus: ObjectiveStatus;
  Opportunity: ResolverTypeWrapper<OpportunityRecord>;
  OpportunityConnection: ResolverTypeWrapper<Omit<OpportunityConnection, 'edges'> & { edges: Array<ResolversTypes['OpportunityEdge']> }>;
  OpportunityEdge: ResolverTypeWrapper<Omit<OpportunityEdge, 'node'> & { node: ResolversTypes['Opportunity'] }>;
  OpportunityFilter: OpportunityFilter;
  OpportunityState: OpportunityState;
  OpportunityTransition: ResolverTypeWrapper<OpportunityTransitionRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordRevenueInput: RecordRevenueInput;
  RecordSurveyInput: RecordSurveyInput;
  RegisterCustomerInput: RegisterCustomerInput;
  RelationshipLevel: RelationshipLevel;
  RelationshipLevelChange: ResolverTypeWrapper<RelationshipLevelChangeRecord>;
  RemoveContactInput: RemoveContactInput;
  RemoveServiceDependencyInput: RemoveServiceDependencyInput;
  ResolveFeedbackInput: ResolveFeedbackInput;
  RevenueEntry: ResolverTypeWrapper<RevenueEntryRecord>;
  SatisfactionHealth: ResolverTypeWrapper<Omit<SatisfactionHealth, 'latestSurvey'> & { latestSurvey?: Maybe<ResolversTypes['SatisfactionSurvey']> }>;
  SatisfactionSurvey: ResolverTypeWrapper<SatisfactionSurveyRecord>;
  SatisfactionSurveyConnection: ResolverTypeWrapper<Omit<SatisfactionSurveyConnection, 'edges'> & { edges: Array<ResolversTypes['SatisfactionSurveyEdge']> }>;
  SatisfactionSurveyEdge: ResolverTypeWrapper<Omit<SatisfactionSurveyEdge, 'node'> & { node: ResolversTypes['SatisfactionSurvey'] }>;
  Service: ResolverTypeWrapper<EntityReference>;
  ServiceDependency: ResolverTypeWrapper<ServiceDependencyRecord>;
  ServqualDimension: ServqualDimension;
  ServqualScore: ResolverTypeWrapper<DimensionGap>;
  ServqualScoreInput: ServqualScoreInput;
  SeverityCount: ResolverTypeWrapper<SeverityCount>;
  SignOffOpportunityInput: SignOffOpportunityInput;
  SlaBreach: ResolverTypeWrapper<AttributedBreach>;
  SlaBreachHealth: ResolverTypeWrapper<Omit<SlaBreachHealth, 'breaches'> & { breaches: Array<ResolversTypes['SlaBreach']> }>;
  Stakeholders: ResolverTypeWrapper<StakeholdersModel>;
  SurveyFilter: SurveyFilter;
  UpdateContactInput: UpdateContactInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateObjectiveInput: UpdateObjectiveInput;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UpdateServiceDependencyInput: UpdateServiceDependencyInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcknowledgeFeedbackInput: AcknowledgeFeedbackInput;
  ID: Scalars['ID']['output'];
  AddContactInput: AddContactInput;
  String: Scalars['String']['output'];
  AddServiceDependencyInput: AddServiceDependencyInput;
  Int: Scalars['Int']['output'];
  AdvanceOpportunityInput: AdvanceOpportunityInput;
  AgreeObjectiveInput: AgreeObjectiveInput;
  BusinessObjective: BusinessObjectiveRecord;
  Boolean: Scalars['Boolean']['output'];
  ChangeRelationshipLevelInput: ChangeRelationshipLevelInput;
  CloseFeedbackInput: CloseFeedbackInput;
  CloseObjectiveInput: CloseObjectiveInput;
  ComplaintHealth: ComplaintHealth;
  Float: Scalars['Float']['output'];
  Contact: ContactRecord;
  Customer: CustomerRecord;
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  CustomerHealth: CustomerHealthModel;
  DateTime: Scalars['DateTime']['output'];
  DefineObjectiveInput: DefineObjectiveInput;
  Feedback: FeedbackRecord;
  FeedbackConnection: Omit<FeedbackConnection, 'edges'> & { edges: Array<ResolversParentTypes['FeedbackEdge']> };
  FeedbackEdge: Omit<FeedbackEdge, 'node'> & { node: ResolversParentTypes['Feedback'] };
  FeedbackFilter: FeedbackFilter;
  IdentifyOpportunityInput: IdentifyOpportunityInput;
  LocalDate: Scalars['LocalDate']['output'];
  LogFeedbackInput: LogFeedbackInput;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  NewContactInput: NewContactInput;
  Opportunity: OpportunityRecord;
  OpportunityConnection: Omit<OpportunityConnection, 'edges'> & { edges: Array<ResolversParentTypes['OpportunityEdge']> };
  OpportunityEdge: Omit<OpportunityEdge, 'node'> & { node: ResolversParentTypes['Opportunity'] };
  OpportunityFilter: OpportunityFilter;
  OpportunityTransition: OpportunityTransitionRecord;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordRevenueInput: RecordRevenueInput;
  RecordSurveyInput: RecordSurveyInput;
  RegisterCustomerInput: RegisterCustomerInput;
  RelationshipLevelChange: RelationshipLevelChangeRecord;
  RemoveContactInput: RemoveContactInput;
  RemoveServiceDependencyInput: RemoveServiceDependencyInput;
  ResolveFeedbackInput: ResolveFeedbackInput;
  RevenueEntry: RevenueEntryRecord;
  SatisfactionHealth: Omit<SatisfactionHealth, 'latestSurvey'> & { latestSurvey?: Maybe<ResolversParentTypes['SatisfactionSurvey']> };
  SatisfactionSurvey: SatisfactionSurveyRecord;
  SatisfactionSurveyConnection: Omit<SatisfactionSurveyConnection, 'edges'> & { edges: Array<ResolversParentTypes['SatisfactionSurveyEdge']> };
  SatisfactionSurveyEdge: Omit<SatisfactionSurveyEdge, 'node'> & { node: ResolversParentTypes['SatisfactionSurvey'] };
  Service: EntityReference;
  ServiceDependency: ServiceDependencyRecord;
  ServqualScore: DimensionGap;
  ServqualScoreInput: ServqualScoreInput;
  SeverityCount: SeverityCount;
  SignOffOpportunityInput: SignOffOpportunityInput;
  SlaBreach: AttributedBreach;
  SlaBreachHealth: Omit<SlaBreachHealth, 'breaches'> & { breaches: Array<ResolversParentTypes['SlaBreach']> };
  Stakeholders: StakeholdersModel;
  SurveyFilter: SurveyFilter;
  UpdateContactInput: UpdateContactInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateObjectiveInput: UpdateObjectiveInput;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UpdateServiceDependencyInput: UpdateServiceDependencyInput;
}>;

export type BusinessObjectiveResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessObjective'] = ResolversParentTypes['BusinessObjective']> = ResolversObject<{
  agreedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  agreedBy?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObjectiveStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ComplaintHealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplaintHealth'] = ResolversParentTypes['ComplaintHealth']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unresolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unresolvedBySeverity?: Resolver<Array<ResolversTypes['SeverityCount']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['ContactRole']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountManager?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  health?: Resolver<Maybe<ResolversTypes['CustomerHealth']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestSurvey?: Resolver<Maybe<ResolversTypes['SatisfactionSurvey']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectives?: Resolver<Maybe<Array<ResolversTypes['BusinessObjective']>>, ParentType, ContextType, Partial<CustomerObjectivesArgs>>;
  opportunities?: Resolver<Maybe<Array<ResolversTypes['Opportunity']>>, ParentType, ContextType>;
  predictedAnnualValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  relationshipHistory?: Resolver<Maybe<Array<ResolversTypes['RelationshipLevelChange']>>, ParentType, ContextType>;
  relationshipLevel?: Resolver<ResolversTypes['RelationshipLevel'], ParentType, ContextType>;
  revenue?: Resolver<Maybe<Array<ResolversTypes['RevenueEntry']>>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceDependencies?: Resolver<Maybe<Array<ResolversTypes['ServiceDependency']>>, ParentType, ContextType>;
  stakeholders?: Resolver<ResolversTypes['Stakeholders'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustomerStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['CustomerTier'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type CustomerHealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerHealth'] = ResolversParentTypes['CustomerHealth']> = ResolversObject<{
  complaints?: Resolver<ResolversTypes['ComplaintHealth'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['HealthRating'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['SatisfactionHealth'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slaBreaches?: Resolver<ResolversTypes['SlaBreachHealth'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FeedbackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = ResolversObject<{
  acknowledgeBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  acknowledgementLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loggedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FeedbackSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedbackStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeToAcknowledgeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timeToResolveSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FeedbackType'], ParentType, ContextType>;
}>;

export type FeedbackConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackConnection'] = ResolversParentTypes['FeedbackConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FeedbackEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type FeedbackEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackEdge'] = ResolversParentTypes['FeedbackEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType>;
}>;

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationAcknowledgeFeedbackArgs, 'input'>>;
  addContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationAddContactArgs, 'input'>>;
  addServiceDependency?: Resolver<ResolversTypes['ServiceDependency'], ParentType, ContextType, RequireFields<MutationAddServiceDependencyArgs, 'input'>>;
  advanceOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationAdvanceOpportunityArgs, 'input'>>;
  agreeObjective?: Resolver<ResolversTypes['BusinessObjective'], ParentType, ContextType, RequireFields<MutationAgreeObjectiveArgs, 'input'>>;
  changeRelationshipLevel?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationChangeRelationshipLevelArgs, 'input'>>;
  closeFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationCloseFeedbackArgs, 'input'>>;
  closeObjective?: Resolver<ResolversTypes['BusinessObjective'], ParentType, ContextType, RequireFields<MutationCloseObjectiveArgs, 'input'>>;
  defineObjective?: Resolver<ResolversTypes['BusinessObjective'], ParentType, ContextType, RequireFields<MutationDefineObjectiveArgs, 'input'>>;
  identifyOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationIdentifyOpportunityArgs, 'input'>>;
  logFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationLogFeedbackArgs, 'input'>>;
  recordRevenue?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRecordRevenueArgs, 'input'>>;
  recordSurvey?: Resolver<ResolversTypes['SatisfactionSurvey'], ParentType, ContextType, RequireFields<MutationRecordSurveyArgs, 'input'>>;
  registerCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRegisterCustomerArgs, 'input'>>;
  removeContact?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRemoveContactArgs, 'input'>>;
  removeServiceDependency?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRemoveServiceDependencyArgs, 'input'>>;
  resolveFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationResolveFeedbackArgs, 'input'>>;
  signOffOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationSignOffOpportunityArgs, 'input'>>;
  updateContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'input'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'input'>>;
  updateObjective?: Resolver<ResolversTypes['BusinessObjective'], ParentType, ContextType, RequireFields<MutationUpdateObjectiveArgs, 'input'>>;
  updateOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationUpdateOpportunityArgs, 'input'>>;
  updateServiceDependency?: Resolver<ResolversTypes['ServiceDependency'], ParentType, ContextType, RequireFields<MutationUpdateServiceDependencyArgs, 'input'>>;
}>;

export type OpportunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity']> = ResolversObject<{
  allowedTransitions?: Resolver<Array<ResolversTypes['OpportunityState']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  desiredOutcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimatedCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  expectedBenefit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['OpportunityTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  identifiedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  signedOffAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  signedOffBy?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['OpportunityState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type OpportunityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityConnection'] = ResolversParentTypes['OpportunityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OpportunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OpportunityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityEdge'] = ResolversParentTypes['OpportunityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
}>;

export type OpportunityTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityTransition'] = ResolversParentTypes['OpportunityTransition']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromState?: Resolver<ResolversTypes['OpportunityState'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  toState?: Resolver<ResolversTypes['OpportunityState'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
  feedback?: Resolver<Maybe<ResolversTypes['Feedback']>, ParentType, ContextType, RequireFields<QueryFeedbackArgs, 'id'>>;
  feedbackItems?: Resolver<ResolversTypes['FeedbackConnection'], ParentType, ContextType, RequireFields<QueryFeedbackItemsArgs, 'first'>>;
  opportunities?: Resolver<ResolversTypes['OpportunityConnection'], ParentType, ContextType, RequireFields<QueryOpportunitiesArgs, 'first'>>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<QueryOpportunityArgs, 'id'>>;
  overdueAcknowledgements?: Resolver<ResolversTypes['FeedbackConnection'], ParentType, ContextType, RequireFields<QueryOverdueAcknowledgementsArgs, 'first'>>;
  satisfactionSurvey?: Resolver<Maybe<ResolversTypes['SatisfactionSurvey']>, ParentType, ContextType, RequireFields<QuerySatisfactionSurveyArgs, 'id'>>;
  satisfactionSurveys?: Resolver<ResolversTypes['SatisfactionSurveyConnection'], ParentType, ContextType, RequireFields<QuerySatisfactionSurveysArgs, 'first'>>;
}>;

export type RelationshipLevelChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipLevelChange'] = ResolversParentTypes['RelationshipLevelChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromLevel?: Resolver<Maybe<ResolversTypes['RelationshipLevel']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toLevel?: Resolver<ResolversTypes['RelationshipLevel'], ParentType, ContextType>;
}>;

export type RevenueEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevenueEntry'] = ResolversParentTypes['RevenueEntry']> = ResolversObject<{
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type SatisfactionHealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SatisfactionHealth'] = ResolversParentTypes['SatisfactionHealth']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestSurvey?: Resolver<Maybe<ResolversTypes['SatisfactionSurvey']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SatisfactionSurveyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SatisfactionSurvey'] = ResolversParentTypes['SatisfactionSurvey']> = ResolversObject<{
  comments?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conductedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  dimensions?: Resolver<Array<ResolversTypes['ServqualScore']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  netPromoterScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  overallGap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overallSatisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondent?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
}>;

export type SatisfactionSurveyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SatisfactionSurveyConnection'] = ResolversParentTypes['SatisfactionSurveyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SatisfactionSurveyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SatisfactionSurveyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SatisfactionSurveyEdge'] = ResolversParentTypes['SatisfactionSurveyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SatisfactionSurvey'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dependentCustomers?: Resolver<Maybe<Array<ResolversTypes['ServiceDependency']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ServiceDependencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceDependency'] = ResolversParentTypes['ServiceDependency']> = ResolversObject<{
  businessProcess?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  criticality?: Resolver<ResolversTypes['BusinessCriticality'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServqualScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServqualScore'] = ResolversParentTypes['ServqualScore']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['ServqualDimension'], ParentType, ContextType>;
  expectation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  perception?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SeverityCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SeverityCount'] = ResolversParentTypes['SeverityCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FeedbackSeverity'], ParentType, ContextType>;
}>;

export type SlaBreachResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SlaBreach'] = ResolversParentTypes['SlaBreach']> = ResolversObject<{
  agreementId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evaluatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  measuredValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ofCustomerAgreement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SlaBreachHealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SlaBreachHealth'] = ResolversParentTypes['SlaBreachHealth']> = ResolversObject<{
  breaches?: Resolver<Array<ResolversTypes['SlaBreach']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  windowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StakeholdersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stakeholders'] = ResolversParentTypes['Stakeholders']> = ResolversObject<{
  billing?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  decisionMakers?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  keyUsers?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  sponsors?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  BusinessObjective?: BusinessObjectiveResolvers<ContextType>;
  ComplaintHealth?: ComplaintHealthResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerHealth?: CustomerHealthResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Feedback?: FeedbackResolvers<ContextType>;
  FeedbackConnection?: FeedbackConnectionResolvers<ContextType>;
  FeedbackEdge?: FeedbackEdgeResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  OpportunityConnection?: OpportunityConnectionResolvers<ContextType>;
  OpportunityEdge?: OpportunityEdgeResolvers<ContextType>;
  OpportunityTransition?: OpportunityTransitionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelationshipLevelChange?: RelationshipLevelChangeResolvers<ContextType>;
  RevenueEntry?: RevenueEntryResolvers<ContextType>;
  SatisfactionHealth?: SatisfactionHealthResolvers<ContextType>;
  SatisfactionSurvey?: SatisfactionSurveyResolvers<ContextType>;
  SatisfactionSurveyConnection?: SatisfactionSurveyConnectionResolvers<ContextType>;
  SatisfactionSurveyEdge?: SatisfactionSurveyEdgeResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceDependency?: ServiceDependencyResolvers<ContextType>;
  ServqualScore?: ServqualScoreResolvers<ContextType>;
  SeverityCount?: SeverityCountResolvers<ContextType>;
  SlaBreach?: SlaBreachResolvers<ContextType>;
  SlaBreachHealth?: SlaBreachHealthResolvers<ContextType>;
  Stakeholders?: StakeholdersResolvers<ContextType>;
}>;

