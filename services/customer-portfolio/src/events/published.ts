import {
  type contactAdded,
  type contactRemoved,
  type contactUpdated,
  customerRegistered,
  customerRelationshipLevelChanged,
  customerRevenueRecorded,
  customerUpdated,
  eventOf,
  feedbackAcknowledged,
  feedbackClosed,
  feedbackLogged,
  feedbackResolved,
  objectiveClosed,
  type objectiveAgreed,
  type objectiveDefined,
  type objectiveUpdated,
  opportunityAdvanced,
  opportunityIdentified,
  opportunitySignedOff,
  opportunityUpdated,
  type serviceDependencyAdded,
  type serviceDependencyRemoved,
  type serviceDependencyUpdated,
  surveyRecorded,
} from '@itsm/events';
import type { RelationshipLevel } from '../domain/customer';
import { secondsBetween } from '../domain/feedback';
import type { OpportunityState } from '../domain/opportunity';
import type { DimensionGap } from '../domain/servqual';
import type { BusinessObjectiveRecord } from '../entities/business-objective';
import type { ContactRecord } from '../entities/contact';
import type { CustomerRecord } from '../entities/customer';
import type { FeedbackRecord } from '../entities/feedback';
import type { OpportunityRecord } from '../entities/opportunity';
import type { RevenueEntryRecord } from '../entities/revenue-entry';
import type { SatisfactionSurveyRecord } from '../entities/satisfaction-survey';
import type { ServiceDependencyRecord } from '../entities/service-dependency';

/** Who made a change, and when. */
export interface Occurrence {
  actor: string;
  occurredAt: Date;
}

const occurrenceData = ({ actor, occurredAt }: Occurrence) => ({
  actor,
  occurredAt: occurredAt.toISOString(),
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function predictedValueOf(customer: CustomerRecord) {
  return customer.predictedAnnualValue === null
    ? null
    : { amount: customer.predictedAnnualValue, currency: customer.predictedValueCurrency! };
}

export function customerRegisteredEvent(customer: CustomerRecord) {
  return eventOf(customerRegistered, customer.id, {
    customerId: customer.id,
    code: customer.code,
    name: customer.name,
    segment: customer.segment,
    tier: customer.tier,
    status: customer.status,
    accountManager: customer.accountManager,
    relationshipLevel: customer.relationshipLevel,
    registeredAt: customer.createdAt.toISOString(),
  });
}

export function customerUpdatedEvent(
  customer: CustomerRecord,
  previous: CustomerRecord,
  changedFields: string[],
  occurrence: Occurrence,
) {
  return eventOf(customerUpdated, customer.id, {
    customerId: customer.id,
    code: customer.code,
    name: customer.name,
    segment: customer.segment,
    tier: customer.tier,
    status: customer.status,
    previousStatus: previous.status,
    accountManager: customer.accountManager,
    predictedAnnualValue: predictedValueOf(customer),
    changedFields,
    ...occurrenceData(occurrence),
  });
}

export function relationshipLevelChangedEvent(
  customerId: string,
  fromLevel: RelationshipLevel,
  toLevel: RelationshipLevel,
  reason: string,
  occurrence: Occurrence,
) {
  return eventOf(customerRelationshipLevelChanged, customerId, {
    customerId,
    fromLevel,
    toLevel,
    reason,
    ...occurrenceData(occurrence),
  });
}

export function revenueRecordedEvent(
  entry: RevenueEntryRecord,
  previous: RevenueEntryRecord | null,
) {
  return eventOf(customerRevenueRecorded, entry.customerId, {
    customerId: entry.customerId,
    period: entry.period,
    revenue: { amount: entry.amount, currency: entry.currency },
    previousRevenue: previous && { amount: previous.amount, currency: previous.currency },
    ...occurrenceData({ actor: entry.recordedBy, occurredAt: entry.recordedAt }),
  });
}

export function contactEvent(
  definition: typeof contactAdded | typeof contactUpdated | typeof contactRemoved,
  contact: ContactRecord,
  occurrence: Occurrence,
) {
  return eventOf(definition, contact.customerId, {
    customerId: contact.customerId,
    contactId: contact.id,
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    jobTitle: contact.jobTitle,
    roles: contact.roles,
    ...occurrenceData(occurrence),
  });
}

function objectiveFacts(objective: BusinessObjectiveRecord, occurrence: Occurrence) {
  return {
    customerId: objective.customerId,
    objectiveId: objective.id,
    title: objective.title,
    measure: objective.measure,
    target: objective.target,
    dueDate: objective.dueDate,
    status: objective.status,
    agreedByContactId: objective.agreedByContactId,
    agreedAt: iso(objective.agreedAt),
    ...occurrenceData(occurrence),
  };
}

/** Defined, updated or agreed. */
export function objectiveEvent(
  definition: typeof objectiveDefined | typeof objectiveUpdated | typeof objectiveAgreed,
  objective: BusinessObjectiveRecord,
  occurrence: Occurrence,
) {
  return eventOf(definition, objective.customerId, objectiveFacts(objective, occurrence));
}

export function objectiveClosedEvent(objective: BusinessObjectiveRecord, occurrence: Occurrence) {
  return eventOf(objectiveClosed, objective.customerId, {
    ...objectiveFacts(objective, occurrence),
    outcomeNote: objective.outcomeNote!,
  });
}

export function dependencyEvent(
  definition:
    | typeof serviceDependencyAdded
    | typeof serviceDependencyUpdated
    | typeof serviceDependencyRemoved,
  dependency: ServiceDependencyRecord,
  occurrence: Occurrence,
) {
  return eventOf(definition, dependency.customerId, {
    customerId: dependency.customerId,
    dependencyId: dependency.id,
    serviceId: dependency.serviceId,
    criticality: dependency.criticality,
    userCount: dependency.userCount,
    businessProcess: dependency.businessProcess,
    ...occurrenceData(occurrence),
  });
}

function opportunityFacts(opportunity: OpportunityRecord) {
  return {
    opportunityId: opportunity.id,
    customerId: opportunity.customerId,
    title: opportunity.title,
    state: opportunity.state,
    estimatedCost: { amount: opportunity.estimatedCost, currency: opportunity.costCurrency },
    serviceId: opportunity.serviceId,
    signedOffByContactId: opportunity.signedOffByContactId,
    signedOffAt: iso(opportunity.signedOffAt),
  };
}

export function opportunityIdentifiedEvent(opportunity: OpportunityRecord) {
  return eventOf(opportunityIdentified, opportunity.id, {
    ...opportunityFacts(opportunity),
    desiredOutcome: opportunity.desiredOutcome,
    ...occurrenceData({ actor: opportunity.identifiedBy, occurredAt: opportunity.identifiedAt }),
  });
}

export function opportunityUpdatedEvent(
  opportunity: OpportunityRecord,
  changedFields: string[],
  signOffVoided: boolean,
  occurrence: Occurrence,
) {
  return eventOf(opportunityUpdated, opportunity.id, {
    ...opportunityFacts(opportunity),
    changedFields,
    signOffVoided,
    ...occurrenceData(occurrence),
  });
}

export function opportunitySignedOffEvent(opportunity: OpportunityRecord, occurrence: Occurrence) {
  return eventOf(opportunitySignedOff, opportunity.id, {
    ...opportunityFacts(opportunity),
    ...occurrenceData(occurrence),
  });
}

export function opportunityAdvancedEvent(
  opportunity: OpportunityRecord,
  fromState: OpportunityState,
  note: string | null,
  occurrence: Occurrence,
) {
  return eventOf(opportunityAdvanced, opportunity.id, {
    ...opportunityFacts(opportunity),
    fromState,
    note,
    ...occurrenceData(occurrence),
  });
}

export function surveyRecordedEvent(survey: SatisfactionSurveyRecord, dimensions: DimensionGap[]) {
  return eventOf(surveyRecorded, survey.id, {
    surveyId: survey.id,
    customerId: survey.customerId,
    serviceId: survey.serviceId,
    conductedAt: survey.conductedAt.toISOString(),
    dimensions,
    overallGap: survey.overallGap,
    netPromoterScore: survey.netPromoterScore,
    overallSatisfaction: survey.overallSatisfaction,
    recordedBy: survey.recordedBy,
    recordedAt: survey.recordedAt.toISOString(),
  });
}

function feedbackFacts(feedback: FeedbackRecord) {
  return {
    feedbackId: feedback.id,
    customerId: feedback.customerId,
    type: feedback.type,
    severity: feedback.severity,
    serviceId: feedback.serviceId,
    summary: feedback.summary,
    loggedAt: feedback.loggedAt.toISOString(),
  };
}

function feedbackClock(feedback: FeedbackRecord) {
  return {
    receivedAt: feedback.receivedAt.toISOString(),
    acknowledgeBy: feedback.acknowledgeBy.toISOString(),
  };
}

export function feedbackLoggedEvent(feedback: FeedbackRecord) {
  return eventOf(feedbackLogged, feedback.id, {
    ...feedbackFacts(feedback),
    loggedBy: feedback.loggedBy,
    ...feedbackClock(feedback),
    contactId: feedback.contactId,
  });
}

export function feedbackAcknowledgedEvent(feedback: FeedbackRecord, late: boolean) {
  const acknowledgedAt = feedback.acknowledgedAt!;
  return eventOf(feedbackAcknowledged, feedback.id, {
    ...feedbackFacts(feedback),
    ...feedbackClock(feedback),
    acknowledgedAt: acknowledgedAt.toISOString(),
    acknowledgedBy: feedback.acknowledgedBy!,
    timeToAcknowledgeSeconds: secondsBetween(feedback.receivedAt, acknowledgedAt)!,
    late,
  });
}

export function feedbackResolvedEvent(feedback: FeedbackRecord) {
  return eventOf(feedbackResolved, feedback.id, {
    ...feedbackFacts(feedback),
    acknowledgedAt: feedback.acknowledgedAt!.toISOString(),
    resolvedAt: feedback.resolvedAt!.toISOString(),
    resolution: feedback.resolution!,
    resolvedBy: feedback.resolvedBy!,
    ...feedbackClock(feedback),
    timeToAcknowledgeSeconds: secondsBetween(feedback.receivedAt, feedback.acknowledgedAt)!,
    timeToResolveSeconds: secondsBetween(feedback.receivedAt, feedback.resolvedAt)!,
  });
}

export function feedbackClosedEvent(feedback: FeedbackRecord) {
  return eventOf(feedbackClosed, feedback.id, {
    ...feedbackFacts(feedback),
    closedAt: feedback.closedAt!.toISOString(),
    closedBy: feedback.closedBy!,
  });
}
