import { eventOf, improvementIdentified } from '@itsm/events';
import type { ImprovementInitiativeRecord } from '../entities/improvement-initiative';

export function improvementIdentifiedEvent(
  initiative: ImprovementInitiativeRecord,
  triggeredBy: string[],
) {
  return eventOf(improvementIdentified, initiative.id, {
    initiativeId: initiative.id,
    title: initiative.title,
    source: initiative.source,
    priority: initiative.priority,
    state: initiative.state,
    owner: initiative.owner,
    customerId: initiative.customerId,
    serviceId: initiative.serviceId,
    triggeredBy,
    identifiedAt: initiative.createdAt.toISOString(),
  });
}
