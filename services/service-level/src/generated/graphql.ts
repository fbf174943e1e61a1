import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference } from '@itsm/subgraph-kit';
import type { ServiceRecord } from '../entities/service';
import type { CalendarRecord } from '../entities/business-calendar';
import type { RequirementRecord } from '../entities/requirement';
import type { RequiredTargetModel } from '../domain/target';
import type { AgreementRecord } from '../entities/agreement';
import type { SignatoryRecord } from '../entities/signatory';
import type { TargetRecord } from '../entities/target';
import type { SupportingAgreementRecord } from '../entities/supporting-agreement';
import type { SupportingTargetRecord } from '../entities/supporting-target';
import type { SupportLinkView, StepChainView } from '../services/support-service';
import type { StandingView, ForecastView, TimerView } from '../services/standing-evaluator';
import type { ForecastFigures } from '../domain/breach-forecast';
import type { ChangeRequestReference, BudgetImpactView } from '../services/foresight-service';
import type { WhatIfView, WhatIfLineView, ReportView, ReportLineView, ComplianceSummaryView } from '../services/report-service';
import type { OutageRecord } from '../entities/outage';
import type { TicketTimingRecord, PauseRecord } from '../entities/ticket-timing';
import type { MetricSampleRecord } from '../entities/metric-sample';
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

export type AddCalendarHolidayInput = {
  businessCalendarId: Scalars['ID']['input'];
  date: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type AddSupportingTargetInput = {
  compliancePercent?: InputMaybe<Scalars['Float']['input']>;
  serviceId: Scalars['ID']['input'];
  /**
   * Its place (1 to 20) in a sequence of steps that carry the target together; omit when it
   * carries the target alone. Not for CUSTOMER_SATISFACTION, whose scores do not add up.
   */
  step?: InputMaybe<Scalars['Int']['input']>;
  supportingAgreementId: Scalars['ID']['input'];
  supportsTargetId: Scalars['ID']['input'];
  targetValue: Scalars['Float']['input'];
};

export type AddTargetInput = {
  agreementId: Scalars['ID']['input'];
  /** Omit to measure each service in its own calendar. */
  businessCalendarId?: InputMaybe<Scalars['ID']['input']>;
  compliancePercent?: InputMaybe<Scalars['Float']['input']>;
  measurementPeriod?: InputMaybe<MeasurementPeriod>;
  metric: TargetMetric;
  priority?: InputMaybe<TicketPriority>;
  /** One of the agreement's services; omit for all of them. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  targetValue: Scalars['Float']['input'];
  warningThresholdPercent?: InputMaybe<Scalars['Float']['input']>;
};

export type AgreementLevel =
  /** Generic commitments for the whole customer organisation. */
  | 'CORPORATE'
  /** Commitments for one customer group, under a CORPORATE level. */
  | 'CUSTOMER'
  /** Commitments for one service, under a CUSTOMER level. */
  | 'SERVICE';

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

export type AssignBusinessCalendarInput = {
  /** Null: round the clock, in UTC. */
  businessCalendarId?: InputMaybe<Scalars['ID']['input']>;
  serviceId: Scalars['ID']['input'];
};

/**
 * A target's breach forecast on one service for the current measurement period: the figures it
 * is made from (inputs) and what follows from them. The service-level README works examples.
 */
export type BreachForecast = {
  __typename?: 'BreachForecast';
  /** The probability is above BREACH_FORECAST_AT_RISK_PROBABILITY, which raises AT_RISK. */
  atRisk: Scalars['Boolean']['output'];
  /** When the expected consumption reaches the whole error budget; null: not in this period. */
  expectedBreachAt: Maybe<Scalars['DateTime']['output']>;
  /** The inputs and the result, in words. */
  explanation: Scalars['String']['output'];
  inputs: ForecastInputs;
  /** The model, in words. */
  method: Scalars['String']['output'];
  periodEnd: Scalars['DateTime']['output'];
  periodStart: Scalars['DateTime']['output'];
  /** The probability, from 0 to 1, that the period ends breached. */
  probability: Scalars['Float']['output'];
  service: Service;
  target: ServiceLevelTarget;
};

/** Service hours per weekday in a time zone, and holidays, which have none. */
export type BusinessCalendar = {
  __typename?: 'BusinessCalendar';
  createdAt: Scalars['DateTime']['output'];
  /** Holidays in date order. */
  holidays: Array<Holiday>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /**
   * How many minutes of the window [from, to) fall inside service hours: what downtime and
   * ticket timers are measured in.
   */
  serviceMinutesBetween: Scalars['Float']['output'];
  /** An IANA time zone, such as Asia/Jakarta; daylight-saving changes follow it. */
  timeZone: Scalars['String']['output'];
  workingHours: Array<WorkingHours>;
};


/** Service hours per weekday in a time zone, and holidays, which have none. */
export type BusinessCalendarServiceMinutesBetweenArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type CaptureRequirementInput = {
  customerId: Scalars['ID']['input'];
  serviceIds: Array<Scalars['ID']['input']>;
  targets: Array<RequiredTargetInput>;
  title: Scalars['String']['input'];
};

/**
 * A request for change, owned by change-transition; service-level adds what its planned window
 * would cost the error budgets.
 */
export type ChangeRequest = {
  __typename?: 'ChangeRequest';
  affectedServices: Array<Service>;
  id: Scalars['ID']['output'];
  plannedEnd: Maybe<Scalars['DateTime']['output']>;
  plannedStart: Maybe<Scalars['DateTime']['output']>;
  /**
   * What the planned window would cost the availability error budget of every agreement in force
   * on each affected service, were the service down for the whole window: per target, service
   * and measurement period, against the budget left now. Empty until the change is scheduled.
   * A CUSTOMER caller sees only its own customers' agreements and service-based ones.
   */
  serviceLevelImpact: Array<ErrorBudgetImpact>;
};

export type ChangeServiceLifecycleInput = {
  lifecycle: ServiceLifecycle;
  serviceId: Scalars['ID']['input'];
};

/** How a customer's active agreements stand in their current periods. */
export type ComplianceSummary = {
  __typename?: 'ComplianceSummary';
  activeAgreements: Scalars['Int']['output'];
  atRisk: Scalars['Int']['output'];
  breached: Scalars['Int']['output'];
  /** The share of pairs not breached; null when there are none. */
  compliancePercent: Maybe<Scalars['Float']['output']>;
  met: Scalars['Int']['output'];
  /** Target and service pairs judged. */
  targets: Scalars['Int']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  /** The agreements in which this customer is the party; null only when service-level cannot answer. */
  agreements: Maybe<Array<ServiceLevelAgreement>>;
  id: Scalars['ID']['output'];
  /** How the customer's ACTIVE and UNDER_REVIEW agreements stand at `at` (default: now). */
  serviceLevelCompliance: Maybe<ComplianceSummary>;
  /** The customer's service level requirements, newest first. */
  serviceLevelRequirements: Maybe<Array<ServiceLevelRequirement>>;
};


export type CustomerServiceLevelComplianceArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DefineBusinessCalendarInput = {
  holidays?: InputMaybe<Array<HolidayInput>>;
  name: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
  workingHours: Array<WorkingHoursInput>;
};

export type DraftAgreementFromRequirementInput = {
  level?: InputMaybe<AgreementLevel>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  requirementId: Scalars['ID']['input'];
  reviewDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** CUSTOMER_BASED by default. */
  type?: InputMaybe<AgreementType>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DraftAgreementInput = {
  /** Required unless the agreement is SERVICE_BASED. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for MULTI_LEVEL, forbidden otherwise. */
  level?: InputMaybe<AgreementLevel>;
  name: Scalars['String']['input'];
  /** The level above: required for the CUSTOMER and SERVICE levels. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  reviewDate?: InputMaybe<Scalars['DateTime']['input']>;
  serviceIds: Array<Scalars['ID']['input']>;
  type: AgreementType;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type EndOutageInput = {
  endedAt: Scalars['DateTime']['input'];
  outageId: Scalars['ID']['input'];
};

/** What a change's planned window would cost one availability target on one service in one period. */
export type ErrorBudgetImpact = {
  __typename?: 'ErrorBudgetImpact';
  agreement: ServiceLevelAgreement;
  /** The downtime the whole period allows. */
  allowedDowntimeMinutes: Scalars['Float']['output'];
  /** The share of the budget used so far. */
  consumedPercent: Scalars['Float']['output'];
  /** The customer whose budget it is; null for a service-based agreement, which covers every customer. */
  customer: Maybe<Customer>;
  /** Downtime recorded in the period so far. */
  downtimeMinutes: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  /** Whether any of the planned window falls inside service hours. */
  insideServiceHours: Scalars['Boolean']['output'];
  periodEnd: Scalars['DateTime']['output'];
  periodStart: Scalars['DateTime']['output'];
  /** The planned window's minutes inside the service hours of the target's calendar in the period. */
  plannedServiceMinutes: Scalars['Float']['output'];
  /** The share used once the window's service minutes are added. */
  projectedConsumedPercent: Scalars['Float']['output'];
  /** The budget left before the change. */
  remainingBudgetMinutes: Scalars['Float']['output'];
  service: Service;
  target: ServiceLevelTarget;
  /** From below 100% to 100% or above: the change would breach the target. */
  wouldBreach: Scalars['Boolean']['output'];
  /** From below the target's warning threshold to it or above: the change would put it AT_RISK. */
  wouldCrossAtRisk: Scalars['Boolean']['output'];
};

/**
 * What a forecast is made from. AVAILABILITY fills the outage fields, the other metrics the
 * observation fields; the rest are null.
 */
export type ForecastInputs = {
  __typename?: 'ForecastInputs';
  /** Outages, or observations, expected in the rest of the period. */
  expectedOccurrences: Scalars['Float']['output'];
  /** AVAILABILITY: their mean downtime inside service hours. */
  meanOutageMinutes: Maybe<Scalars['Float']['output']>;
  /** Other metrics: the share of the window's judged observations that missed. */
  missProportion: Maybe<Scalars['Float']['output']>;
  /** Other metrics: observations per day in the window. */
  observationsPerDay: Maybe<Scalars['Float']['output']>;
  /** Outages that cost service time, or observations (ticket timers, samples), in the window. */
  observed: Scalars['Int']['output'];
  /** Other metrics: the misses among the window's judged observations. */
  observedMisses: Maybe<Scalars['Int']['output']>;
  /** AVAILABILITY: outages per service hour in the window. */
  outagesPerServiceHour: Maybe<Scalars['Float']['output']>;
  /** Other metrics: tickets of the period still open and not yet late. */
  pendingObservations: Maybe<Scalars['Int']['output']>;
  /**
   * AVAILABILITY: downtime minutes left in the error budget; other metrics: misses the target
   * still tolerates at the period's end, at the expected number of observations.
   */
  remainingBudget: Scalars['Float']['output'];
  /** Other metrics: days from now to the end of the period. */
  remainingDays: Maybe<Scalars['Float']['output']>;
  /** AVAILABILITY: service minutes from now to the end of the period. */
  remainingServiceMinutes: Maybe<Scalars['Float']['output']>;
  windowEnd: Scalars['DateTime']['output'];
  /** The recent window the rates are read from, BREACH_FORECAST_WINDOW_DAYS before now. */
  windowStart: Scalars['DateTime']['output'];
};

export type Holiday = {
  __typename?: 'Holiday';
  /** A local date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type HolidayInput = {
  date: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type MeasurementPeriod =
  | 'DAILY'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY'
  | 'YEARLY';

export type MeasurementUnit =
  | 'MILLISECONDS'
  | 'MINUTES'
  | 'PERCENT'
  | 'SCORE';

export type MetricSample = {
  __typename?: 'MetricSample';
  customer: Maybe<Customer>;
  id: Scalars['ID']['output'];
  metric: TargetMetric;
  observedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  service: Service;
  unit: MeasurementUnit;
  value: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a holiday to a calendar. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  addCalendarHoliday: BusinessCalendar;
  /** Commits an OLA or UC to a target that supports an SLA target on one service. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  addSupportingTarget: SupportingTarget;
  /**
   * Adds a target to an agreement in DRAFT or NEGOTIATING. On a lower level of a multi-level
   * agreement it may only tighten what it inherits. Requires SERVICE_LEVEL_MANAGER or ADMIN.
   */
  addTarget: ServiceLevelTarget;
  /**
   * Sets the business calendar a service is measured in; null for round the clock in UTC.
   * Requires SERVICE_LEVEL_MANAGER or ADMIN.
   */
  assignBusinessCalendar: Service;
  /** Captures a customer's service level requirement. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  captureRequirement: ServiceLevelRequirement;
  /** Moves a service PIPELINE → LIVE → RETIRED. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  changeServiceLifecycle: Service;
  /** Defines a business calendar. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  defineBusinessCalendar: BusinessCalendar;
  /** Drafts an agreement. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  draftAgreement: ServiceLevelAgreement;
  /**
   * Drafts an agreement from a captured requirement, with its services and its targets.
   * Requires SERVICE_LEVEL_MANAGER or ADMIN.
   */
  draftAgreementFromRequirement: ServiceLevelAgreement;
  /** Ends an outage that is still going on. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  endOutage: Outage;
  /** Records a performance or satisfaction sample. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  recordMetricSample: MetricSample;
  /** Records an outage of a service, ended or still going on. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  recordOutage: Outage;
  /**
   * Records the timings of a ticket; recording a reference again replaces its timings.
   * Requires SERVICE_LEVEL_MANAGER or ADMIN.
   */
  recordTicketTiming: TicketTiming;
  /** Adds a service to the catalogue. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  registerService: Service;
  /** Registers an OLA or a UC. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  registerSupportingAgreement: SupportingAgreement;
  /** Records a signature on an agreement in NEGOTIATING. Requires SERVICE_LEVEL_MANAGER or ADMIN. */
  signAgreement: ServiceLevelAgreement;
  /**
   * Moves an agreement through its lifecycle. AGREED needs a provider and a customer
   * signature; ACTIVE needs every target supported by an OLA or UC at least as strict.
   * Requires SERVICE_LEVEL_MANAGER or ADMIN.
   */
  transitionAgreement: ServiceLevelAgreement;
};


export type MutationAddCalendarHolidayArgs = {
  input: AddCalendarHolidayInput;
};


export type MutationAddSupportingTargetArgs = {
  input: AddSupportingTargetInput;
};


export type MutationAddTargetArgs = {
  input: AddTargetInput;
};


export type MutationAssignBusinessCalendarArgs = {
  input: AssignBusinessCalendarInput;
};


export type MutationCaptureRequirementArgs = {
  input: CaptureRequirementInput;
};


export type MutationChangeServiceLifecycleArgs = {
  input: ChangeServiceLifecycleInput;
};


export type MutationDefineBusinessCalendarArgs = {
  input: DefineBusinessCalendarInput;
};


export type MutationDraftAgreementArgs = {
  input: DraftAgreementInput;
};


export type MutationDraftAgreementFromRequirementArgs = {
  input: DraftAgreementFromRequirementInput;
};


export type MutationEndOutageArgs = {
  input: EndOutageInput;
};


export type MutationRecordMetricSampleArgs = {
  input: RecordMetricSampleInput;
};


export type MutationRecordOutageArgs = {
  input: RecordOutageInput;
};


export type MutationRecordTicketTimingArgs = {
  input: RecordTicketTimingInput;
};


export type MutationRegisterServiceArgs = {
  input: RegisterServiceInput;
};


export type MutationRegisterSupportingAgreementArgs = {
  input: RegisterSupportingAgreementInput;
};


export type MutationSignAgreementArgs = {
  input: SignAgreementInput;
};


export type MutationTransitionAgreementArgs = {
  input: TransitionAgreementInput;
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
  /** The monitoring tool's id for the outage, if it came from one. */
  reference: Maybe<Scalars['String']['output']>;
  service: Service;
  startedAt: Scalars['DateTime']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Pause = {
  __typename?: 'Pause';
  from: Scalars['DateTime']['output'];
  /** Null while the ticket is on hold. */
  to: Maybe<Scalars['DateTime']['output']>;
};

export type PauseInput = {
  from: Scalars['DateTime']['input'];
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A business calendar as defineBusinessCalendar takes it, without a name: it is not stored. */
export type ProposedCalendarInput = {
  holidays?: InputMaybe<Array<HolidayInput>>;
  timeZone: Scalars['String']['input'];
  workingHours: Array<WorkingHoursInput>;
};

/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type Query = {
  __typename?: 'Query';
  agreement: Maybe<ServiceLevelAgreement>;
  /**
   * ACTIVE and UNDER_REVIEW agreements whose review date is on or before `asOf` (default:
   * now), earliest review first. A CUSTOMER caller sees only its own.
   */
  agreementsDueForReview: Array<ServiceLevelAgreement>;
  businessCalendar: Maybe<BusinessCalendar>;
  /** Every business calendar, in name order. */
  businessCalendars: Array<BusinessCalendar>;
  requirement: Maybe<ServiceLevelRequirement>;
  service: Maybe<Service>;
  /**
   * The service level report of an agreement for the measurement period of each target that
   * contains `periodContaining`, with `trendPeriods` earlier periods (0 to 12) for the trend.
   */
  serviceLevelReport: ServiceLevelReport;
  /** The service catalogue in name order. */
  services: ServiceConnection;
  supportingAgreement: Maybe<SupportingAgreement>;
  /** OLAs and UCs in name order; internal, so not for CUSTOMER callers. */
  supportingAgreements: Array<SupportingAgreement>;
  target: Maybe<ServiceLevelTarget>;
  /** The timings of a ticket by its service desk reference, with its SLA timers. */
  ticketTiming: Maybe<TicketTiming>;
  /**
   * What-if: replays the measurement period of a target that contains `periodContaining` (not in
   * the future) under a proposed target value, compliance, warning threshold and/or calendar,
   * and reports per service the attainment and breaches it would have had beside those it had.
   * Changes no stored data and publishes nothing.
   */
  whatIf: WhatIfReplay;
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QueryAgreementsDueForReviewArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QueryBusinessCalendarArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QueryRequirementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QueryServiceLevelReportArgs = {
  agreementId: Scalars['ID']['input'];
  periodContaining: Scalars['DateTime']['input'];
  trendPeriods?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QuerySupportingAgreementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QueryTargetArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QueryTicketTimingArgs = {
  reference: Scalars['String']['input'];
};


/**
 * Service level management: the service catalogue, business calendars, requirements,
 * agreements and their targets, the OLAs and UCs that support them, measurements, and the
 * reports that judge them.
 */
export type QueryWhatIfArgs = {
  input: WhatIfInput;
};

export type RecordMetricSampleInput = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  metric: TargetMetric;
  observedAt: Scalars['DateTime']['input'];
  serviceId: Scalars['ID']['input'];
  value: Scalars['Float']['input'];
};

export type RecordOutageInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Omit while the outage goes on. */
  endedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The monitoring tool's id for the outage. */
  reference?: InputMaybe<Scalars['String']['input']>;
  serviceId: Scalars['ID']['input'];
  startedAt: Scalars['DateTime']['input'];
};

export type RecordTicketTimingInput = {
  cancelledAt?: InputMaybe<Scalars['DateTime']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  openedAt: Scalars['DateTime']['input'];
  pauses?: InputMaybe<Array<PauseInput>>;
  priority: TicketPriority;
  reference: Scalars['String']['input'];
  resolvedAt?: InputMaybe<Scalars['DateTime']['input']>;
  respondedAt?: InputMaybe<Scalars['DateTime']['input']>;
  serviceId: Scalars['ID']['input'];
};

export type RegisterServiceInput = {
  /** Null: round the clock, in UTC. */
  businessCalendarId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  lifecycle?: InputMaybe<ServiceLifecycle>;
  name: Scalars['String']['input'];
  owner: Scalars['String']['input'];
};

export type RegisterSupportingAgreementInput = {
  kind: SupportingAgreementKind;
  name: Scalars['String']['input'];
  provider: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ReportLine = {
  __typename?: 'ReportLine';
  standing: TargetStanding;
  /** The same target and service in the earlier periods, latest first. */
  trend: Array<TargetStanding>;
};

export type RequiredTarget = {
  __typename?: 'RequiredTarget';
  compliancePercent: Maybe<Scalars['Float']['output']>;
  measurementPeriod: MeasurementPeriod;
  metric: TargetMetric;
  priority: Maybe<TicketPriority>;
  targetValue: Scalars['Float']['output'];
  unit: MeasurementUnit;
};

export type RequiredTargetInput = {
  /** Required for every metric but AVAILABILITY; default 100. */
  compliancePercent?: InputMaybe<Scalars['Float']['input']>;
  measurementPeriod?: InputMaybe<MeasurementPeriod>;
  metric: TargetMetric;
  priority?: InputMaybe<TicketPriority>;
  targetValue: Scalars['Float']['input'];
};

export type RequirementStatus =
  | 'CAPTURED'
  /** An agreement was drafted from it. */
  | 'DRAFTED';

/** A catalogue entry: a service the provider delivers. */
export type Service = {
  __typename?: 'Service';
  /** The agreements that cover the service and that the caller may see, in name order. */
  agreements: Array<ServiceLevelAgreement>;
  /** The calendar whose service hours the service is measured in; null: round the clock, in UTC. */
  businessCalendar: Maybe<BusinessCalendar>;
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
  /** The statuses it may move to from here. */
  allowedTransitions: Array<AgreementStatus>;
  /** The levels below, in name order. */
  children: Array<ServiceLevelAgreement>;
  createdAt: Scalars['DateTime']['output'];
  /** The customer party; null for a service-based agreement, which covers every customer. */
  customer: Maybe<Customer>;
  /**
   * Its own targets, and those it inherits from the levels above where it sets none of the
   * same metric and priority.
   */
  effectiveTargets: Array<ServiceLevelTarget>;
  id: Scalars['ID']['output'];
  /** The level of a MULTI_LEVEL agreement; null for the other types. */
  level: Maybe<AgreementLevel>;
  name: Scalars['String']['output'];
  /** The level above, whose targets this one inherits. */
  parent: Maybe<ServiceLevelAgreement>;
  /** The requirement it was drafted from, if any. */
  requirement: Maybe<ServiceLevelRequirement>;
  reviewDate: Maybe<Scalars['DateTime']['output']>;
  /** The services the agreement covers. */
  services: Array<Service>;
  signatories: Array<Signatory>;
  status: AgreementStatus;
  /**
   * What keeps the agreement from becoming ACTIVE: each of its targets, per service, that no
   * OLA or UC in force supports at least as strictly. Not for CUSTOMER callers.
   */
  supportGaps: Array<SupportGap>;
  /** Its own targets, in the order they were added. */
  targets: Array<ServiceLevelTarget>;
  type: AgreementType;
  validFrom: Maybe<Scalars['DateTime']['output']>;
  validTo: Maybe<Scalars['DateTime']['output']>;
};

/** A service level report: how an agreement's targets did in a period, and before. */
export type ServiceLevelReport = {
  __typename?: 'ServiceLevelReport';
  agreement: ServiceLevelAgreement;
  /** How many lines are BREACHED in the period. */
  breaches: Scalars['Int']['output'];
  /** The lines and their trends as CSV (RFC 4180), one row per line and period, latest period first. */
  csv: Scalars['String']['output'];
  /** One line per effective target and service in scope. */
  lines: Array<ReportLine>;
};

/** What a customer requires, captured before any agreement exists. */
export type ServiceLevelRequirement = {
  __typename?: 'ServiceLevelRequirement';
  /** The agreement drafted from it, once there is one. */
  agreement: Maybe<ServiceLevelAgreement>;
  capturedBy: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  id: Scalars['ID']['output'];
  services: Array<Service>;
  status: RequirementStatus;
  targets: Array<RequiredTarget>;
  title: Scalars['String']['output'];
};

/** A commitment of an agreement, measured per service and period. */
export type ServiceLevelTarget = {
  __typename?: 'ServiceLevelTarget';
  agreement: ServiceLevelAgreement;
  /** The calendar it is measured in; null: each service's own. */
  businessCalendar: Maybe<BusinessCalendar>;
  /** The share of observations that must meet the value; null for AVAILABILITY. */
  compliancePercent: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /**
   * How likely the target is to end the current period breached on each service in scope,
   * forecast from the measurements of the recent window, with the inputs that explain it.
   */
  forecasts: Array<BreachForecast>;
  id: Scalars['ID']['output'];
  /** The same commitment on the level above, which this one repeats or tightens. */
  inheritsFrom: Maybe<ServiceLevelTarget>;
  measurementPeriod: MeasurementPeriod;
  metric: TargetMetric;
  /** For ticket metrics: the priority it applies to; null: every priority. */
  priority: Maybe<TicketPriority>;
  /** The one service it is about; null: every service of the agreement. */
  service: Maybe<Service>;
  /** How the target stands on each service in the period containing `at` (default: now). */
  standings: Array<TargetStanding>;
  /**
   * How each service in scope is supported by OLAs and UCs: the support chain of the target.
   * Not for CUSTOMER callers.
   */
  supportChain: Array<SupportLink>;
  /**
   * AVAILABILITY: the least percent of service hours up; RESPONSE_TIME and RESOLUTION_TIME:
   * the most business minutes; PERFORMANCE: the most milliseconds; CUSTOMER_SATISFACTION:
   * the least score.
   */
  targetValue: Scalars['Float']['output'];
  unit: MeasurementUnit;
  /** The share of the error budget at which the target is AT_RISK. */
  warningThresholdPercent: Scalars['Float']['output'];
};


/** A commitment of an agreement, measured per service and period. */
export type ServiceLevelTargetStandingsArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ServiceLifecycle =
  | 'LIVE'
  | 'PIPELINE'
  | 'RETIRED';

export type SignAgreementInput = {
  agreementId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  party: SignatoryParty;
  role: Scalars['String']['input'];
};

export type Signatory = {
  __typename?: 'Signatory';
  name: Scalars['String']['output'];
  party: SignatoryParty;
  role: Scalars['String']['output'];
  signedAt: Scalars['DateTime']['output'];
};

export type SignatoryParty =
  | 'CUSTOMER'
  | 'PROVIDER';

export type SupportGap = {
  __typename?: 'SupportGap';
  explanation: Scalars['String']['output'];
  service: Service;
  target: ServiceLevelTarget;
  verdict: SupportVerdict;
};

/** One link of a target's support chain: a service in its scope and what supports it there. */
export type SupportLink = {
  __typename?: 'SupportLink';
  explanation: Scalars['String']['output'];
  service: Service;
  /** How the sequential steps add up against the target; null when no support is a step. */
  stepChain: Maybe<SupportStepChain>;
  /** The supporting targets on this service, strongest first. */
  supportingTargets: Array<SupportingTarget>;
  verdict: SupportVerdict;
};

/**
 * The steps of a support chain, and whether they add up: a 240-minute resolution carried by a
 * 120-minute OLA handover and then a 180-minute UC fix does not fit.
 */
export type SupportStepChain = {
  __typename?: 'SupportStepChain';
  /**
   * The share of observations that meets every step at least: 100 less the sum of each step's
   * misses (the union bound). Null for AVAILABILITY.
   */
  composedCompliancePercent: Maybe<Scalars['Float']['output']>;
  /** What the steps promise end to end: minutes and milliseconds add up, availabilities multiply. */
  composedValue: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  fits: Scalars['Boolean']['output'];
  /** Slack in the target's unit: positive when the steps leave room, negative when they overrun. */
  margin: Scalars['Float']['output'];
  /** The commitment counted at each step, in step order: the strongest where several share a step. */
  steps: Array<SupportingTarget>;
};

export type SupportVerdict =
  /** An OLA or UC in force commits to at least as much, or the steps of a sequence add up to it. */
  | 'SUPPORTED'
  /** No OLA or UC in force commits to it. */
  | 'UNSUPPORTED'
  /** Only weaker commitments are in force. */
  | 'WEAKER';

/** An operational level agreement with an internal team, or an underpinning contract with a supplier. */
export type SupportingAgreement = {
  __typename?: 'SupportingAgreement';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: SupportingAgreementKind;
  name: Scalars['String']['output'];
  /** The internal team (OLA) or the supplier (UC). */
  provider: Scalars['String']['output'];
  targets: Array<SupportingTarget>;
  validFrom: Maybe<Scalars['DateTime']['output']>;
  validTo: Maybe<Scalars['DateTime']['output']>;
};

export type SupportingAgreementKind =
  | 'OLA'
  | 'UC';

/** What an OLA or UC commits to, in support of one SLA target on one service. */
export type SupportingTarget = {
  __typename?: 'SupportingTarget';
  compliancePercent: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  service: Service;
  /**
   * Its place in a sequence of steps that carry the target together (an OLA handover, then a
   * UC fix); null when it carries the target alone.
   */
  step: Maybe<Scalars['Int']['output']>;
  supportingAgreement: SupportingAgreement;
  supports: ServiceLevelTarget;
  /** In the unit of the target it supports. */
  targetValue: Scalars['Float']['output'];
};

export type TargetMetric =
  | 'AVAILABILITY'
  | 'CUSTOMER_SATISFACTION'
  | 'PERFORMANCE'
  | 'RESOLUTION_TIME'
  | 'RESPONSE_TIME';

/** How a target stands on one service in one measurement period. */
export type TargetStanding = {
  __typename?: 'TargetStanding';
  allowedDowntimeMinutes: Maybe<Scalars['Float']['output']>;
  allowedMisses: Maybe<Scalars['Int']['output']>;
  /** When the target was first reported at risk in the period, if it was. */
  atRiskAt: Maybe<Scalars['DateTime']['output']>;
  /** When the target was reported breached in the period, if it was. */
  breachedAt: Maybe<Scalars['DateTime']['output']>;
  downtimeMinutes: Maybe<Scalars['Float']['output']>;
  /** The share of the allowed shortfall used; 100 or more breaks the target. */
  errorBudgetConsumedPercent: Scalars['Float']['output'];
  /** The figures behind the status, in words. */
  explanation: Scalars['String']['output'];
  /** Availability in percent, or the observation at the compliance percentile; null while nothing is measured. */
  measuredValue: Maybe<Scalars['Float']['output']>;
  misses: Maybe<Scalars['Int']['output']>;
  /** Other metrics: observations judged, misses, and misses the target tolerates. */
  observations: Maybe<Scalars['Int']['output']>;
  periodEnd: Scalars['DateTime']['output'];
  periodStart: Scalars['DateTime']['output'];
  service: Service;
  /** AVAILABILITY: service minutes in the period, down so far, and allowed down. */
  serviceMinutes: Maybe<Scalars['Float']['output']>;
  status: TargetStatus;
  target: ServiceLevelTarget;
  unit: MeasurementUnit;
};

export type TargetStatus =
  | 'AT_RISK'
  | 'BREACHED'
  | 'MET';

export type ThresholdFiring = {
  __typename?: 'ThresholdFiring';
  at: Scalars['DateTime']['output'];
  percent: Scalars['Int']['output'];
};

export type TicketPriority =
  | 'P1'
  | 'P2'
  | 'P3'
  | 'P4';

/** One SLA timer of a ticket, as DESIGN §7 defines it. */
export type TicketTimer = {
  __typename?: 'TicketTimer';
  /** Wall-clock minutes since the start. */
  actualElapsedMinutes: Scalars['Float']['output'];
  actualElapsedPercent: Scalars['Float']['output'];
  /** When the goal runs out, moved later by every pause so far. */
  breachAt: Scalars['DateTime']['output'];
  breached: Scalars['Boolean']['output'];
  /** Minutes inside service hours since the start, less those on hold. */
  businessElapsedMinutes: Scalars['Float']['output'];
  businessElapsedPercent: Scalars['Float']['output'];
  businessPausedMinutes: Scalars['Float']['output'];
  endedAt: Maybe<Scalars['DateTime']['output']>;
  goalMinutes: Scalars['Float']['output'];
  /** Why it governs: the tightest of the matching targets, and the ones it beat. */
  governingReason: Scalars['String']['output'];
  /** The target that governs the timer. */
  governingTarget: ServiceLevelTarget;
  metric: TargetMetric;
  /** When the goal would run out had the ticket never been on hold. */
  originalBreachAt: Scalars['DateTime']['output'];
  stage: TimerStage;
  startedAt: Scalars['DateTime']['output'];
  /** The 50%, 75% (at risk) and 100% (breached) thresholds, as they fired. */
  thresholds: Array<ThresholdFiring>;
};

/** A ticket's timings, from the service desk, and the SLA timers they run. */
export type TicketTiming = {
  __typename?: 'TicketTiming';
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  customer: Maybe<Customer>;
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  pauses: Array<Pause>;
  priority: TicketPriority;
  recordedBy: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  service: Service;
  /**
   * The response and resolution timers, measured against the tightest target that covers the
   * ticket; none for a metric that no active agreement covers.
   */
  timers: Array<TicketTimer>;
};


/** A ticket's timings, from the service desk, and the SLA timers they run. */
export type TicketTimingTimersArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};

export type TimerStage =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PAUSED';

export type TransitionAgreementInput = {
  agreementId: Scalars['ID']['input'];
  /** The next review date; required when a review ends with the agreement ACTIVE again. */
  reviewDate?: InputMaybe<Scalars['DateTime']['input']>;
  to: AgreementStatus;
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type WhatIfInput = {
  /** A proposed calendar to measure the target in; omitted: the one it is measured in. */
  calendar?: InputMaybe<ProposedCalendarInput>;
  /** Proposed, for metrics other than AVAILABILITY; omitted: the target's own. */
  compliancePercent?: InputMaybe<Scalars['Float']['input']>;
  /** A moment in the period to replay; not in the future. */
  periodContaining: Scalars['DateTime']['input'];
  targetId: Scalars['ID']['input'];
  /** Proposed; omitted: the target's own. Checked against the metric as for addTarget. */
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  /** Proposed; omitted: the target's own. */
  warningThresholdPercent?: InputMaybe<Scalars['Float']['input']>;
};

export type WhatIfLine = {
  __typename?: 'WhatIfLine';
  /** As measured, in the stored terms and calendar. */
  actual: TargetStanding;
  /**
   * Under the proposal: judged on copies of the terms and calendar, so its target is the stored
   * one, and it has no alerts (atRiskAt and breachedAt are null).
   */
  proposed: TargetStanding;
};

/** A period of a target replayed under proposed terms and calendar, beside the period as it was. */
export type WhatIfReplay = {
  __typename?: 'WhatIfReplay';
  /** How many lines were BREACHED as measured, and how many would have been. */
  actualBreaches: Scalars['Int']['output'];
  /** One line per service in the target's scope. */
  lines: Array<WhatIfLine>;
  proposedBreaches: Scalars['Int']['output'];
  proposedCompliancePercent: Maybe<Scalars['Float']['output']>;
  /** The terms replayed: the proposal's, else the target's own. */
  proposedTargetValue: Scalars['Float']['output'];
  proposedWarningThresholdPercent: Scalars['Float']['output'];
  target: ServiceLevelTarget;
};

export type WorkingHours = {
  __typename?: 'WorkingHours';
  /** Local time, HH:MM; 24:00 is the end of the day. */
  end: Scalars['String']['output'];
  /** Local time, HH:MM. */
  start: Scalars['String']['output'];
  weekday: Weekday;
};

export type WorkingHoursInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
  weekday: Weekday;
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
  ServiceLevelAgreement: ServiceLevelAgreement;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ChangeRequest:
    ( { __typename: 'ChangeRequest' }
    & GraphQLRecursivePick<FederationTypes['ChangeRequest'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['ChangeRequest'], {"plannedStart":true,"plannedEnd":true,"affectedServices":{"id":true}}> ) );
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
  AddCalendarHolidayInput: AddCalendarHolidayInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddSupportingTargetInput: AddSupportingTargetInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddTargetInput: AddTargetInput;
  AgreementLevel: AgreementLevel;
  AgreementStatus: AgreementStatus;
  AgreementType: AgreementType;
  AssignBusinessCalendarInput: AssignBusinessCalendarInput;
  BreachForecast: ResolverTypeWrapper<ForecastView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BusinessCalendar: ResolverTypeWrapper<CalendarRecord>;
  CaptureRequirementInput: CaptureRequirementInput;
  ChangeRequest: ResolverTypeWrapper<ChangeRequestReference>;
  ChangeServiceLifecycleInput: ChangeServiceLifecycleInput;
  ComplianceSummary: ResolverTypeWrapper<ComplianceSummaryView>;
  Customer: ResolverTypeWrapper<EntityReference>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DefineBusinessCalendarInput: DefineBusinessCalendarInput;
  DraftAgreementFromRequirementInput: DraftAgreementFromRequirementInput;
  DraftAgreementInput: DraftAgreementInput;
  EndOutageInput: EndOutageInput;
  ErrorBudgetImpact: ResolverTypeWrapper<BudgetImpactView>;
  ForecastInputs: ResolverTypeWrapper<ForecastFigures>;
  Holiday: ResolverTypeWrapper<Holiday>;
  HolidayInput: HolidayInput;
  MeasurementPeriod: MeasurementPeriod;
  MeasurementUnit: MeasurementUnit;
  MetricSample: ResolverTypeWrapper<MetricSampleRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Outage: ResolverTypeWrapper<OutageRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pause: ResolverTypeWrapper<PauseRecord>;
  PauseInput: PauseInput;
  ProposedCalendarInput: ProposedCalendarInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordMetricSampleInput: RecordMetricSampleInput;
  RecordOutageInput: RecordOutageInput;
  RecordTicketTimingInput: RecordTicketTimingInput;
  RegisterServiceInput: RegisterServiceInput;
  RegisterSupportingAgreementInput: RegisterSupportingAgreementInput;
  ReportLine: ResolverTypeWrapper<ReportLineView>;
  RequiredTarget: ResolverTypeWrapper<RequiredTargetModel>;
  RequiredTargetInput: RequiredTargetInput;
  RequirementStatus: RequirementStatus;
  Service: ResolverTypeWrapper<ServiceRecord>;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceLevelAgreement: ResolverTypeWrapper<AgreementRecord>;
  ServiceLevelReport: ResolverTypeWrapper<ReportView>;
  ServiceLevelRequirement: ResolverTypeWrapper<RequirementRecord>;
  ServiceLevelTarget: ResolverTypeWrapper<TargetRecord>;
  ServiceLifecycle: ServiceLifecycle;
  SignAgreementInput: SignAgreementInput;
  Signatory: ResolverTypeWrapper<SignatoryRecord>;
  SignatoryParty: SignatoryParty;
  SupportGap: ResolverTypeWrapper<SupportLinkView>;
  SupportLink: ResolverTypeWrapper<SupportLinkView>;
  SupportStepChain: ResolverTypeWrapper<StepChainView>;
  SupportVerdict: SupportVerdict;
  SupportingAgreement: ResolverTypeWrapper<SupportingAgreementRecord>;
  SupportingAgreementKind: SupportingAgreementKind;
  SupportingTarget: ResolverTypeWrapper<SupportingTargetRecord>;
  TargetMetric: TargetMetric;
  TargetStanding: ResolverTypeWrapper<StandingView>;
  TargetStatus: TargetStatus;
  ThresholdFiring: ResolverTypeWrapper<ThresholdFiring>;
  TicketPriority: TicketPriority;
  TicketTimer: ResolverTypeWrapper<TimerView>;
  TicketTiming: ResolverTypeWrapper<TicketTimingRecord>;
  TimerStage: TimerStage;
  TransitionAgreementInput: TransitionAgreementInput;
  Weekday: Weekday;
  WhatIfInput: WhatIfInput;
  WhatIfLine: ResolverTypeWrapper<WhatIfLineView>;
  WhatIfReplay: ResolverTypeWrapper<WhatIfView>;
  WorkingHours: ResolverTypeWrapper<WorkingHours>;
  WorkingHoursInput: WorkingHoursInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddCalendarHolidayInput: AddCalendarHolidayInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AddSupportingTargetInput: AddSupportingTargetInput;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  AddTargetInput: AddTargetInput;
  AssignBusinessCalendarInput: AssignBusinessCalendarInput;
  BreachForecast: ForecastView;
  Boolean: Scalars['Boolean']['output'];
  BusinessCalendar: CalendarRecord;
  CaptureRequirementInput: CaptureRequirementInput;
  ChangeRequest: ChangeRequestReference;
  ChangeServiceLifecycleInput: ChangeServiceLifecycleInput;
  ComplianceSummary: ComplianceSummaryView;
  Customer: EntityReference;
  DateTime: Scalars['DateTime']['output'];
  DefineBusinessCalendarInput: DefineBusinessCalendarInput;
  DraftAgreementFromRequirementInput: DraftAgreementFromRequirementInput;
  DraftAgreementInput: DraftAgreementInput;
  EndOutageInput: EndOutageInput;
  ErrorBudgetImpact: BudgetImpactView;
  ForecastInputs: ForecastFigures;
  Holiday: Holiday;
  HolidayInput: HolidayInput;
  MetricSample: MetricSampleRecord;
  Mutation: Record<PropertyKey, never>;
  Outage: OutageRecord;
  PageInfo: PageInfo;
  Pause: PauseRecord;
  PauseInput: PauseInput;
  ProposedCalendarInput: ProposedCalendarInput;
  Query: Record<PropertyKey, never>;
  RecordMetricSampleInput: RecordMetricSampleInput;
  RecordOutageInput: RecordOutageInput;
  RecordTicketTimingInput: RecordTicketTimingInput;
  RegisterServiceInput: RegisterServiceInput;
  RegisterSupportingAgreementInput: RegisterSupportingAgreementInput;
  ReportLine: ReportLineView;
  RequiredTarget: RequiredTargetModel;
  RequiredTargetInput: RequiredTargetInput;
  Service: ServiceRecord;
  ServiceConnection: Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceLevelAgreement: AgreementRecord;
  ServiceLevelReport: ReportView;
  ServiceLevelRequirement: RequirementRecord;
  ServiceLevelTarget: TargetRecord;
  SignAgreementInput: SignAgreementInput;
  Signatory: SignatoryRecord;
  SupportGap: SupportLinkView;
  SupportLink: SupportLinkView;
  SupportStepChain: StepChainView;
  SupportingAgreement: SupportingAgreementRecord;
  SupportingTarget: SupportingTargetRecord;
  TargetStanding: StandingView;
  ThresholdFiring: ThresholdFiring;
  TicketTimer: TimerView;
  TicketTiming: TicketTimingRecord;
  TransitionAgreementInput: TransitionAgreementInput;
  WhatIfInput: WhatIfInput;
  WhatIfLine: WhatIfLineView;
  WhatIfReplay: WhatIfView;
  WorkingHours: WorkingHours;
  WorkingHoursInput: WorkingHoursInput;
}>;

export type BreachForecastResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BreachForecast'] = ResolversParentTypes['BreachForecast']> = ResolversObject<{
  atRisk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expectedBreachAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inputs?: Resolver<ResolversTypes['ForecastInputs'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ServiceLevelTarget'], ParentType, ContextType>;
}>;

export type BusinessCalendarResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessCalendar'] = ResolversParentTypes['BusinessCalendar']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['Holiday']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceMinutesBetween?: Resolver<ResolversTypes['Float'], ParentType, ContextType, RequireFields<BusinessCalendarServiceMinutesBetweenArgs, 'from' | 'to'>>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workingHours?: Resolver<Array<ResolversTypes['WorkingHours']>, ParentType, ContextType>;
}>;

export type ChangeRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeRequest'] = ResolversParentTypes['ChangeRequest'], FederationReferenceType extends FederationReferenceTypes['ChangeRequest'] = FederationReferenceTypes['ChangeRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChangeRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceLevelImpact?: Resolver<Array<ResolversTypes['ErrorBudgetImpact']>, ParentType, ContextType>;
}>;

export type ComplianceSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceSummary'] = ResolversParentTypes['ComplianceSummary']> = ResolversObject<{
  activeAgreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  atRisk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  breached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  compliancePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreements?: Resolver<Maybe<Array<ResolversTypes['ServiceLevelAgreement']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceLevelCompliance?: Resolver<Maybe<ResolversTypes['ComplianceSummary']>, ParentType, ContextType, Partial<CustomerServiceLevelComplianceArgs>>;
  serviceLevelRequirements?: Resolver<Maybe<Array<ResolversTypes['ServiceLevelRequirement']>>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErrorBudgetImpactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErrorBudgetImpact'] = ResolversParentTypes['ErrorBudgetImpact']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ServiceLevelAgreement'], ParentType, ContextType>;
  allowedDowntimeMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  consumedPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  downtimeMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  insideServiceHours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  plannedServiceMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  projectedConsumedPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  remainingBudgetMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ServiceLevelTarget'], ParentType, ContextType>;
  wouldBreach?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wouldCrossAtRisk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ForecastInputsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForecastInputs'] = ResolversParentTypes['ForecastInputs']> = ResolversObject<{
  expectedOccurrences?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  meanOutageMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  missProportion?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  observationsPerDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  observed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  observedMisses?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  outagesPerServiceHour?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pendingObservations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remainingBudget?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  remainingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  remainingServiceMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type HolidayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Holiday'] = ResolversParentTypes['Holiday']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MetricSampleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MetricSample'] = ResolversParentTypes['MetricSample']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TargetMetric'], ParentType, ContextType>;
  observedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['MeasurementUnit'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCalendarHoliday?: Resolver<ResolversTypes['BusinessCalendar'], ParentType, ContextType, RequireFields<MutationAddCalendarHolidayArgs, 'input'>>;
  addSupportingTarget?: Resolver<ResolversTypes['SupportingTarget'], ParentType, ContextType, RequireFields<MutationAddSupportingTargetArgs, 'input'>>;
  addTarget?: Resolver<ResolversTypes['ServiceLevelTarget'], ParentType, ContextType, RequireFields<MutationAddTargetArgs, 'input'>>;
  assignBusinessCalendar?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationAssignBusinessCalendarArgs, 'input'>>;
  captureRequirement?: Resolver<ResolversTypes['ServiceLevelRequirement'], ParentType, ContextType, RequireFields<MutationCaptureRequirementArgs, 'input'>>;
  changeServiceLifecycle?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationChangeServiceLifecycleArgs, 'input'>>;
  defineBusinessCalendar?: Resolver<ResolversTypes['BusinessCalendar'], ParentType, ContextType, RequireFields<MutationDefineBusinessCalendarArgs, 'input'>>;
  draftAgreement?: Resolver<ResolversTypes['ServiceLevelAgreement'], ParentType, ContextType, RequireFields<MutationDraftAgreementArgs, 'input'>>;
  draftAgreementFromRequirement?: Resolver<ResolversTypes['ServiceLevelAgreement'], ParentType, ContextType, RequireFields<MutationDraftAgreementFromRequirementArgs, 'input'>>;
  endOutage?: Resolver<ResolversTypes['Outage'], ParentType, ContextType, RequireFields<MutationEndOutageArgs, 'input'>>;
  recordMetricSample?: Resolver<ResolversTypes['MetricSample'], ParentType, ContextType, RequireFields<MutationRecordMetricSampleArgs, 'input'>>;
  recordOutage?: Resolver<ResolversTypes['Outage'], ParentType, ContextType, RequireFields<MutationRecordOutageArgs, 'input'>>;
  recordTicketTiming?: Resolver<ResolversTypes['TicketTiming'], ParentType, ContextType, RequireFields<MutationRecordTicketTimingArgs, 'input'>>;
  registerService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationRegisterServiceArgs, 'input'>>;
  registerSupportingAgreement?: Resolver<ResolversTypes['SupportingAgreement'], ParentType, ContextType, RequireFields<MutationRegisterSupportingAgreementArgs, 'input'>>;
  signAgreement?: Resolver<ResolversTypes['ServiceLevelAgreement'], ParentType, ContextType, RequireFields<MutationSignAgreementArgs, 'input'>>;
  transitionAgreement?: Resolver<ResolversTypes['ServiceLevelAgreement'], ParentType, ContextType, RequireFields<MutationTransitionAgreementArgs, 'input'>>;
}>;

export type OutageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Outage'] = ResolversParentTypes['Outage']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PauseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Pause'] = ResolversParentTypes['Pause']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agreement?: Resolver<Maybe<ResolversTypes['ServiceLevelAgreement']>, ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  agreementsDueForReview?: Resolver<Array<ResolversTypes['ServiceLevelAgreement']>, ParentType, ContextType, Partial<QueryAgreementsDueForReviewArgs>>;
  businessCalendar?: Resolver<Maybe<ResolversTypes['BusinessCalendar']>, ParentType, ContextType, RequireFields<QueryBusinessCalendarArgs, 'id'>>;
  businessCalendars?: Resolver<Array<ResolversTypes['BusinessCalendar']>, ParentType, ContextType>;
  requirement?: Resolver<Maybe<ResolversTypes['ServiceLevelRequirement']>, ParentType, ContextType, RequireFields<QueryRequirementArgs, 'id'>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'id'>>;
  serviceLevelReport?: Resolver<ResolversTypes['ServiceLevelReport'], ParentType, ContextType, RequireFields<QueryServiceLevelReportArgs, 'agreementId' | 'periodContaining' | 'trendPeriods'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryServicesArgs, 'first'>>;
  supportingAgreement?: Resolver<Maybe<ResolversTypes['SupportingAgreement']>, ParentType, ContextType, RequireFields<QuerySupportingAgreementArgs, 'id'>>;
  supportingAgreements?: Resolver<Array<ResolversTypes['SupportingAgreement']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ServiceLevelTarget']>, ParentType, ContextType, RequireFields<QueryTargetArgs, 'id'>>;
  ticketTiming?: Resolver<Maybe<ResolversTypes['TicketTiming']>, ParentType, ContextType, RequireFields<QueryTicketTimingArgs, 'reference'>>;
  whatIf?: Resolver<ResolversTypes['WhatIfReplay'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'input'>>;
}>;

export type ReportLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportLine'] = ResolversParentTypes['ReportLine']> = ResolversObject<{
  standing?: Resolver<ResolversTypes['TargetStanding'], ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['TargetStanding']>, ParentType, ContextType>;
}>;

export type RequiredTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequiredTarget'] = ResolversParentTypes['RequiredTarget']> = ResolversObject<{
  compliancePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measurementPeriod?: Resolver<ResolversTypes['MeasurementPeriod'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TargetMetric'], ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['TicketPriority']>, ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['MeasurementUnit'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['ServiceLevelAgreement']>, ParentType, ContextType>;
  businessCalendar?: Resolver<Maybe<ResolversTypes['BusinessCalendar']>, ParentType, ContextType>;
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
  allowedTransitions?: Resolver<Array<ResolversTypes['AgreementStatus']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['ServiceLevelAgreement']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  effectiveTargets?: Resolver<Array<ResolversTypes['ServiceLevelTarget']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['AgreementLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ServiceLevelAgreement']>, ParentType, ContextType>;
  requirement?: Resolver<Maybe<ResolversTypes['ServiceLevelRequirement']>, ParentType, ContextType>;
  reviewDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  signatories?: Resolver<Array<ResolversTypes['Signatory']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  supportGaps?: Resolver<Array<ResolversTypes['SupportGap']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['ServiceLevelTarget']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AgreementType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ServiceLevelReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceLevelReport'] = ResolversParentTypes['ServiceLevelReport']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ServiceLevelAgreement'], ParentType, ContextType>;
  breaches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
}>;

export type ServiceLevelRequirementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceLevelRequirement'] = ResolversParentTypes['ServiceLevelRequirement']> = ResolversObject<{
  agreement?: Resolver<Maybe<ResolversTypes['ServiceLevelAgreement']>, ParentType, ContextType>;
  capturedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequirementStatus'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['RequiredTarget']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ServiceLevelTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceLevelTarget'] = ResolversParentTypes['ServiceLevelTarget']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ServiceLevelAgreement'], ParentType, ContextType>;
  businessCalendar?: Resolver<Maybe<ResolversTypes['BusinessCalendar']>, ParentType, ContextType>;
  compliancePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  forecasts?: Resolver<Array<ResolversTypes['BreachForecast']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inheritsFrom?: Resolver<Maybe<ResolversTypes['ServiceLevelTarget']>, ParentType, ContextType>;
  measurementPeriod?: Resolver<ResolversTypes['MeasurementPeriod'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TargetMetric'], ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['TicketPriority']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  standings?: Resolver<Array<ResolversTypes['TargetStanding']>, ParentType, ContextType, Partial<ServiceLevelTargetStandingsArgs>>;
  supportChain?: Resolver<Array<ResolversTypes['SupportLink']>, ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['MeasurementUnit'], ParentType, ContextType>;
  warningThresholdPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SignatoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Signatory'] = ResolversParentTypes['Signatory']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['SignatoryParty'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SupportGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportGap'] = ResolversParentTypes['SupportGap']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ServiceLevelTarget'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['SupportVerdict'], ParentType, ContextType>;
}>;

export type SupportLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportLink'] = ResolversParentTypes['SupportLink']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  stepChain?: Resolver<Maybe<ResolversTypes['SupportStepChain']>, ParentType, ContextType>;
  supportingTargets?: Resolver<Array<ResolversTypes['SupportingTarget']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['SupportVerdict'], ParentType, ContextType>;
}>;

export type SupportStepChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportStepChain'] = ResolversParentTypes['SupportStepChain']> = ResolversObject<{
  composedCompliancePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  composedValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  margin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['SupportingTarget']>, ParentType, ContextType>;
}>;

export type SupportingAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportingAgreement'] = ResolversParentTypes['SupportingAgreement']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupportingAgreementKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['SupportingTarget']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type SupportingTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportingTarget'] = ResolversParentTypes['SupportingTarget']> = ResolversObject<{
  compliancePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  step?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  supportingAgreement?: Resolver<ResolversTypes['SupportingAgreement'], ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['ServiceLevelTarget'], ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type TargetStandingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetStanding'] = ResolversParentTypes['TargetStanding']> = ResolversObject<{
  allowedDowntimeMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  allowedMisses?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  atRiskAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  breachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  downtimeMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  errorBudgetConsumedPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measuredValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  misses?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  observations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  serviceMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ServiceLevelTarget'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['MeasurementUnit'], ParentType, ContextType>;
}>;

export type ThresholdFiringResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThresholdFiring'] = ResolversParentTypes['ThresholdFiring']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TicketTimerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TicketTimer'] = ResolversParentTypes['TicketTimer']> = ResolversObject<{
  actualElapsedMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  actualElapsedPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  breachAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  breached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  businessElapsedMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  businessElapsedPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  businessPausedMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  goalMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  governingReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  governingTarget?: Resolver<ResolversTypes['ServiceLevelTarget'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TargetMetric'], ParentType, ContextType>;
  originalBreachAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['TimerStage'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  thresholds?: Resolver<Array<ResolversTypes['ThresholdFiring']>, ParentType, ContextType>;
}>;

export type TicketTimingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TicketTiming'] = ResolversParentTypes['TicketTiming']> = ResolversObject<{
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pauses?: Resolver<Array<ResolversTypes['Pause']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  timers?: Resolver<Array<ResolversTypes['TicketTimer']>, ParentType, ContextType, Partial<TicketTimingTimersArgs>>;
}>;

export type WhatIfLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhatIfLine'] = ResolversParentTypes['WhatIfLine']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['TargetStanding'], ParentType, ContextType>;
  proposed?: Resolver<ResolversTypes['TargetStanding'], ParentType, ContextType>;
}>;

export type WhatIfReplayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhatIfReplay'] = ResolversParentTypes['WhatIfReplay']> = ResolversObject<{
  actualBreaches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['WhatIfLine']>, ParentType, ContextType>;
  proposedBreaches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposedCompliancePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  proposedTargetValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  proposedWarningThresholdPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ServiceLevelTarget'], ParentType, ContextType>;
}>;

export type WorkingHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkingHours'] = ResolversParentTypes['WorkingHours']> = ResolversObject<{
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  BreachForecast?: BreachForecastResolvers<ContextType>;
  BusinessCalendar?: BusinessCalendarResolvers<ContextType>;
  ChangeRequest?: ChangeRequestResolvers<ContextType>;
  ComplianceSummary?: ComplianceSummaryResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ErrorBudgetImpact?: ErrorBudgetImpactResolvers<ContextType>;
  ForecastInputs?: ForecastInputsResolvers<ContextType>;
  Holiday?: HolidayResolvers<ContextType>;
  MetricSample?: MetricSampleResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Outage?: OutageResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pause?: PauseResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportLine?: ReportLineResolvers<ContextType>;
  RequiredTarget?: RequiredTargetResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceLevelAgreement?: ServiceLevelAgreementResolvers<ContextType>;
  ServiceLevelReport?: ServiceLevelReportResolvers<ContextType>;
  ServiceLevelRequirement?: ServiceLevelRequirementResolvers<ContextType>;
  ServiceLevelTarget?: ServiceLevelTargetResolvers<ContextType>;
  Signatory?: SignatoryResolvers<ContextType>;
  SupportGap?: SupportGapResolvers<ContextType>;
  SupportLink?: SupportLinkResolvers<ContextType>;
  SupportStepChain?: SupportStepChainResolvers<ContextType>;
  SupportingAgreement?: SupportingAgreementResolvers<ContextType>;
  SupportingTarget?: SupportingTargetResolvers<ContextType>;
  TargetStanding?: TargetStandingResolvers<ContextType>;
  ThresholdFiring?: ThresholdFiringResolvers<ContextType>;
  TicketTimer?: TicketTimerResolvers<ContextType>;
  TicketTiming?: TicketTimingResolvers<ContextType>;
  WhatIfLine?: WhatIfLineResolvers<ContextType>;
  WhatIfReplay?: WhatIfReplayResolvers<ContextType>;
  WorkingHours?: WorkingHoursResolvers<ContextType>;
}>;

