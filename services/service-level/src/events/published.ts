import {
  agreementDrafted,
  agreementSigned,
  agreementStatusChanged,
  agreementTargetAdded,
  calendarDefined,
  calendarHolidayAdded,
  eventOf,
  metricSampleRecorded,
  outageEnded,
  outageRecorded,
  type PendingEvent,
  requirementCaptured,
  serviceCalendarAssigned,
  serviceLifecycleChanged,
  serviceRegistered,
  supportingAgreementRegistered,
  supportingTargetAdded,
  targetAtRisk,
  targetBreached,
  targetMeasured,
  ticketTimingRecorded,
} from '@itsm/events';
import { UNIT_OF } from '../domain/attainment';
import type { Holiday } from '../domain/business-calendar';
import type { AgreementStatus } from '../domain/agreement';
import type { ServiceLifecycle } from '../domain/service';
import type { AgreementRecord } from '../entities/agreement';
import type { CalendarRecord } from '../entities/business-calendar';
import type { MetricSampleRecord } from '../entities/metric-sample';
import type { OutageRecord } from '../entities/outage';
import type { RequirementRecord } from '../entities/requirement';
import type { ServiceRecord } from '../entities/service';
import type { SignatoryRecord } from '../entities/signatory';
import type { SupportingAgreementRecord } from '../entities/supporting-agreement';
import type { SupportingTargetRecord } from '../entities/supporting-target';
import type { TargetRecord } from '../entities/target';
import type { TicketTimingRecord } from '../entities/ticket-timing';
import type { StandingView } from '../services/standing-evaluator';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function serviceRegisteredEvent(service: ServiceRecord) {
  return eventOf(serviceRegistered, service.id, {
    serviceId: service.id,
    name: service.name,
    owner: service.owner,
    lifecycle: service.lifecycle,
    registeredAt: service.createdAt.toISOString(),
  });
}

export function serviceLifecycleChangedEvent(
  service: ServiceRecord,
  from: ServiceLifecycle,
  changedBy: string,
  changedAt: Date,
) {
  return eventOf(serviceLifecycleChanged, service.id, {
    serviceId: service.id,
    from,
    to: service.lifecycle,
    changedBy,
    changedAt: changedAt.toISOString(),
  });
}

export function serviceCalendarAssignedEvent(service: ServiceRecord, by: string, at: Date) {
  return eventOf(serviceCalendarAssigned, service.id, {
    serviceId: service.id,
    calendarId: service.calendarId,
    assignedBy: by,
    assignedAt: at.toISOString(),
  });
}

export function calendarDefinedEvent(calendar: CalendarRecord) {
  return eventOf(calendarDefined, calendar.id, {
    calendarId: calendar.id,
    name: calendar.name,
    timeZone: calendar.timeZone,
    workingHours: calendar.workingHours,
    holidays: calendar.holidays,
    definedAt: calendar.createdAt.toISOString(),
  });
}

export function calendarHolidayAddedEvent(
  calendarId: string,
  holiday: Holiday,
  by: string,
  at: Date,
) {
  return eventOf(calendarHolidayAdded, calendarId, {
    calendarId,
    holiday,
    addedBy: by,
    addedAt: at.toISOString(),
  });
}

export function requirementCapturedEvent(requirement: RequirementRecord) {
  return eventOf(requirementCaptured, requirement.id, {
    requirementId: requirement.id,
    customerId: requirement.customerId,
    title: requirement.title,
    serviceIds: requirement.serviceIds,
    targets: requirement.targets.map((target) => ({ ...target, unit: UNIT_OF[target.metric] })),
    capturedBy: requirement.capturedBy,
    capturedAt: requirement.createdAt.toISOString(),
  });
}

export function agreementDraftedEvent(agreement: AgreementRecord, serviceIds: string[]) {
  return eventOf(agreementDrafted, agreement.id, {
    agreementId: agreement.id,
    name: agreement.name,
    type: agreement.type,
    status: agreement.status,
    customerId: agreement.customerId,
    serviceIds,
    validFrom: iso(agreement.validFrom),
    validTo: iso(agreement.validTo),
    draftedAt: agreement.createdAt.toISOString(),
  });
}

export function agreementStatusChangedEvent(
  agreement: AgreementRecord,
  from: AgreementStatus,
  changedBy: string,
  changedAt: Date,
) {
  return eventOf(agreementStatusChanged, agreement.id, {
    agreementId: agreement.id,
    customerId: agreement.customerId,
    from,
    to: agreement.status,
    reviewDate: iso(agreement.reviewDate),
    changedBy,
    changedAt: changedAt.toISOString(),
  });
}

export function agreementSignedEvent(signatory: SignatoryRecord) {
  return eventOf(agreementSigned, signatory.agreementId, {
    agreementId: signatory.agreementId,
    name: signatory.name,
    role: signatory.role,
    party: signatory.party,
    signedAt: signatory.signedAt.toISOString(),
  });
}

export function agreementTargetAddedEvent(target: TargetRecord) {
  return eventOf(agreementTargetAdded, target.agreementId, {
    agreementId: target.agreementId,
    targetId: target.id,
    serviceId: target.serviceId,
    metric: target.metric,
    unit: UNIT_OF[target.metric],
    targetValue: target.targetValue,
    priority: target.priority,
    compliancePercent: target.compliancePercent,
    warningThresholdPercent: target.warningThresholdPercent,
    measurementPeriod: target.measurementPeriod,
    calendarId: target.calendarId,
  });
}

export function supportingAgreementRegisteredEvent(agreement: SupportingAgreementRecord) {
  return eventOf(supportingAgreementRegistered, agreement.id, {
    supportingAgreementId: agreement.id,
    kind: agreement.kind,
    name: agreement.name,
    provider: agreement.provider,
    validFrom: iso(agreement.validFrom),
    validTo: iso(agreement.validTo),
    registeredAt: agreement.createdAt.toISOString(),
  });
}

export function supportingTargetAddedEvent(
  support: SupportingTargetRecord,
  supported: TargetRecord,
) {
  return eventOf(supportingTargetAdded, support.supportingAgreementId, {
    supportingAgreementId: support.supportingAgreementId,
    supportingTargetId: support.id,
    supportsTargetId: support.supportsTargetId,
    serviceId: support.serviceId,
    metric: supported.metric,
    unit: UNIT_OF[supported.metric],
    targetValue: support.targetValue,
    compliancePercent: support.compliancePercent,
    step: support.step,
    addedAt: support.createdAt.toISOString(),
  });
}

export function outageRecordedEvent(outage: OutageRecord) {
  return eventOf(outageRecorded, outage.id, {
    outageId: outage.id,
    serviceId: outage.serviceId,
    startedAt: outage.startedAt.toISOString(),
    endedAt: iso(outage.endedAt),
    description: outage.description,
    recordedBy: outage.recordedBy,
    recordedAt: outage.createdAt.toISOString(),
  });
}

export function outageEndedEvent(outage: OutageRecord & { endedAt: Date }, endedBy: string) {
  return eventOf(outageEnded, outage.id, {
    outageId: outage.id,
    serviceId: outage.serviceId,
    startedAt: outage.startedAt.toISOString(),
    endedAt: outage.endedAt.toISOString(),
    endedBy,
  });
}

export function ticketTimingRecordedEvent(ticket: TicketTimingRecord, recordedAt: Date) {
  return eventOf(ticketTimingRecorded, ticket.id, {
    ticketTimingId: ticket.id,
    reference: ticket.reference,
    serviceId: ticket.serviceId,
    customerId: ticket.customerId,
    priority: ticket.priority,
    openedAt: ticket.openedAt.toISOString(),
    respondedAt: iso(ticket.respondedAt),
    resolvedAt: iso(ticket.resolvedAt),
    cancelledAt: iso(ticket.cancelledAt),
    pauses: ticket.pauses.map((pause) => ({
      from: pause.from.toISOString(),
      to: iso(pause.to),
    })),
    recordedBy: ticket.recordedBy,
    recordedAt: recordedAt.toISOString(),
  });
}

export function metricSampleRecordedEvent(sample: MetricSampleRecord) {
  return eventOf(metricSampleRecorded, sample.id, {
    sampleId: sample.id,
    serviceId: sample.serviceId,
    customerId: sample.customerId,
    metric: sample.metric,
    unit: UNIT_OF[sample.metric],
    value: sample.value,
    observedAt: sample.observedAt.toISOString(),
    recordedBy: sample.recordedBy,
  });
}

/** The events of one standing: measured when it moved, at-risk and breached when their
 * alert rows were just inserted. */
export function standingEvents(
  view: StandingView,
  evaluatedAt: Date,
  raise: { measured: boolean; atRisk: boolean; breached: boolean },
  breachProbability: number | undefined,
): PendingEvent[] {
  const data = {
    targetId: view.target.id,
    agreementId: view.agreement.id,
    customerId: view.agreement.customerId,
    serviceId: view.serviceId,
    metric: view.target.metric,
    unit: view.unit,
    targetValue: view.target.targetValue,
    measuredValue: view.measuredValue,
    status: view.status,
    errorBudgetConsumedPercent: view.errorBudgetConsumedPercent,
    periodStart: view.period.start.toISOString(),
    periodEnd: view.period.end.toISOString(),
    evaluatedAt: evaluatedAt.toISOString(),
  };
  return [
    ...(raise.measured ? [eventOf(targetMeasured, view.target.id, data)] : []),
    ...(raise.atRisk
      ? [
          eventOf(targetAtRisk, view.target.id, {
            ...data,
            breachProbability: breachProbability ?? null,
          }),
        ]
      : []),
    ...(raise.breached ? [eventOf(targetBreached, view.target.id, data)] : []),
  ];
}
