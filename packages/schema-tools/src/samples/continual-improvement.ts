import {
  eventOf,
  improvementAdvanced,
  improvementEscalated,
  improvementIdentified,
  improvementValidated,
  type PendingEvent,
} from '@itsm/events';
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
    serviceIds: [ids.service],
    agreementIds: [],
    triggeredBy: [ids.triggeringEvent],
    identifiedAt: at,
  }),
  eventOf(improvementAdvanced, ids.initiative, {
    initiativeId: ids.initiative,
    fromState: 'IMPLEMENTED',
    state: 'IN_PROGRESS',
    reason: 'Availability reached 99.1%, short of 99.5%.',
    customerId: ids.customer,
    actor: 'improvement.manager@itsm.local',
    occurredAt: at,
  }),
  eventOf(improvementValidated, ids.initiative, {
    initiativeId: ids.initiative,
    customerId: ids.customer,
    measure: {
      name: 'Email availability',
      unit: 'PERCENT',
      direction: 'HIGHER_IS_BETTER',
      baseline: 98.7,
      target: 99.5,
      actual: 99.7,
    },
    expectedBenefitValue: 12000,
    realisedBenefitValue: 15000,
    validatedBy: 'improvement.manager@itsm.local',
    validatedAt: at,
  }),
  eventOf(improvementEscalated, ids.initiative, {
    initiativeId: ids.initiative,
    customerId: ids.customer,
    fromPriority: 'MEDIUM',
    priority: 'HIGH',
    triggeredBy: [ids.triggeringEvent],
    escalatedAt: at,
  }),
];
