import { eventOf, improvementIdentified, type PendingEvent } from '@itsm/events';
import { at, ids } from './ids';

export const continualImprovementSamples: PendingEvent[] = [
  eventOf(improvementIdentified, ids.initiative, {
    initiativeId: ids.initiative,
    title: 'Stop mail queue stalls',
    source: 'OUTAGE',
    priority: 'HIGH',
    state: 'IDENTIFIED',
    owner: null,
    customerId: null,
    serviceId: ids.service,
    triggeredBy: [ids.triggeringEvent],
    identifiedAt: at,
  }),
];
