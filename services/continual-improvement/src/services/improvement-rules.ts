import type { outageRecorded, ReceivedEvent, Transaction } from '@itsm/events';
import { initiativeForOutage, outageSummary } from '../domain/outage-rule';
import { improvementIdentifiedEvent } from '../events/published';
import { ImprovementInitiativeRepository } from '../repositories/improvement-initiative-repository';

/** Rules that turn other subgraphs' events into initiatives. Each runs in the consumer's
 * transaction, so the inbox makes it idempotent. */
export async function applyOutageRule(
  event: ReceivedEvent<typeof outageRecorded>,
  transaction: Transaction,
): Promise<void> {
  const repository = new ImprovementInitiativeRepository(transaction.manager);
  const outage = event.data;
  let initiative = await repository.findUnfinished(outage.serviceId, 'OUTAGE');
  if (!initiative) {
    initiative = await repository.insert(initiativeForOutage(outage));
    await transaction.publish(improvementIdentifiedEvent(initiative, [event.id]));
  }
  await repository.addTrigger({
    initiativeId: initiative.id,
    eventId: event.id,
    eventType: event.type,
    occurredAt: event.time,
    summary: outageSummary(outage),
  });
}
