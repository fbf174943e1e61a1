import { agreementDrafted, eventOf, outageRecorded, serviceRegistered } from '@itsm/events';
import type { AgreementRecord } from '../entities/agreement';
import type { OutageRecord } from '../entities/outage';
import type { ServiceRecord } from '../entities/service';

export function serviceRegisteredEvent(service: ServiceRecord) {
  return eventOf(serviceRegistered, service.id, {
    serviceId: service.id,
    name: service.name,
    owner: service.owner,
    lifecycle: service.lifecycle,
    registeredAt: service.createdAt.toISOString(),
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
    validFrom: agreement.validFrom?.toISOString() ?? null,
    validTo: agreement.validTo?.toISOString() ?? null,
    draftedAt: agreement.createdAt.toISOString(),
  });
}

export function outageRecordedEvent(outage: OutageRecord) {
  return eventOf(outageRecorded, outage.id, {
    outageId: outage.id,
    serviceId: outage.serviceId,
    startedAt: outage.startedAt.toISOString(),
    endedAt: outage.endedAt?.toISOString() ?? null,
    description: outage.description,
    recordedBy: outage.recordedBy,
    recordedAt: outage.createdAt.toISOString(),
  });
}
