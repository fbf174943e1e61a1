import {
  eventOf,
  improvementAdvanced,
  improvementEscalated,
  improvementIdentified,
  improvementValidated,
} from '@itsm/events';
import { measureOf, type Priority } from '../domain/improvement-initiative';
import type { ImprovementInitiativeRecord } from '../entities/improvement-initiative';
import type { ImprovementTransitionRecord } from '../entities/improvement-transition';

export function improvementIdentifiedEvent(
  initiative: ImprovementInitiativeRecord,
  related: { serviceIds: string[]; agreementIds: string[] },
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
    serviceId: related.serviceIds[0] ?? null,
    serviceIds: related.serviceIds,
    agreementIds: related.agreementIds,
    triggeredBy,
    identifiedAt: initiative.createdAt.toISOString(),
  });
}

export function improvementAdvancedEvent(
  initiative: ImprovementInitiativeRecord,
  transition: Pick<ImprovementTransitionRecord, 'fromState' | 'toState' | 'reason' | 'actor'>,
) {
  return eventOf(improvementAdvanced, initiative.id, {
    initiativeId: initiative.id,
    fromState: transition.fromState!,
    state: transition.toState,
    reason: transition.reason,
    customerId: initiative.customerId,
    actor: transition.actor,
    occurredAt: initiative.updatedAt.toISOString(),
  });
}

/** Published only for an initiative whose measure and actual were checked against the target. */
export function improvementValidatedEvent(initiative: ImprovementInitiativeRecord, actor: string) {
  const measure = measureOf(initiative)!;
  return eventOf(improvementValidated, initiative.id, {
    initiativeId: initiative.id,
    customerId: initiative.customerId,
    measure: {
      name: measure.name,
      unit: measure.unit,
      direction: measure.direction,
      baseline: measure.baseline,
      target: measure.target,
      actual: initiative.actualValue!,
    },
    expectedBenefitValue: initiative.expectedBenefitValue,
    realisedBenefitValue: initiative.realisedBenefitValue,
    validatedBy: actor,
    validatedAt: initiative.validatedAt!.toISOString(),
  });
}

export function improvementEscalatedEvent(
  initiative: ImprovementInitiativeRecord,
  fromPriority: Priority,
  triggeredBy: string[],
) {
  return eventOf(improvementEscalated, initiative.id, {
    initiativeId: initiative.id,
    customerId: initiative.customerId,
    fromPriority,
    priority: initiative.priority,
    triggeredBy,
    escalatedAt: initiative.updatedAt.toISOString(),
  });
}
