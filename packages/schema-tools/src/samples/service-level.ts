import {
  agreementDrafted,
  eventOf,
  outageRecorded,
  type PendingEvent,
  serviceRegistered,
  targetAtRisk,
  targetBreached,
  targetMeasured,
} from '@itsm/events';
import { at, ids } from './ids';

const standing = {
  targetId: ids.target,
  agreementId: ids.agreement,
  customerId: ids.customer,
  serviceId: ids.service,
  metric: 'AVAILABILITY',
  unit: 'PERCENT',
  targetValue: 99.5,
  periodStart: '2026-03-01T00:00:00+07:00',
  periodEnd: '2026-04-01T00:00:00+07:00',
  evaluatedAt: at,
} as const;

export const serviceLevelSamples: PendingEvent[] = [
  eventOf(serviceRegistered, ids.service, {
    serviceId: ids.service,
    name: 'Email',
    owner: 'messaging-team',
    lifecycle: 'LIVE',
    registeredAt: at,
  }),
  eventOf(agreementDrafted, ids.agreement, {
    agreementId: ids.agreement,
    name: 'Acme email',
    type: 'CUSTOMER_BASED',
    status: 'DRAFT',
    customerId: ids.customer,
    serviceIds: [ids.service],
    validFrom: '2026-04-01T00:00:00+02:00',
    validTo: null,
    draftedAt: at,
  }),
  eventOf(outageRecorded, ids.outage, {
    outageId: ids.outage,
    serviceId: ids.service,
    startedAt: '2026-03-02T08:00:00Z',
    endedAt: null,
    description: 'The mail queue stalled.',
    recordedBy: 'service.desk@itsm.local',
    recordedAt: at,
  }),
  eventOf(targetMeasured, ids.target, {
    ...standing,
    measuredValue: 99.8,
    status: 'MET',
    errorBudgetConsumedPercent: 40,
  }),
  eventOf(targetAtRisk, ids.target, {
    ...standing,
    measuredValue: 99.6,
    status: 'AT_RISK',
    errorBudgetConsumedPercent: 80,
  }),
  eventOf(targetBreached, ids.target, {
    ...standing,
    measuredValue: 99.2,
    status: 'BREACHED',
    errorBudgetConsumedPercent: 160,
  }),
];
