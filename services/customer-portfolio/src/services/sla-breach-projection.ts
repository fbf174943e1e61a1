import type { ReceivedEvent, targetBreached, Transaction } from '@itsm/events';
import { SlaBreachRepository } from '../repositories/sla-breach-repository';

/** Keeps the breaches service-level reports, for the SLA component of customer health. It
 * runs in the consumer's transaction, so the inbox makes a redelivery change nothing. */
export async function recordSlaBreach(
  event: ReceivedEvent<typeof targetBreached>,
  transaction: Transaction,
): Promise<void> {
  const breach = event.data;
  await new SlaBreachRepository(transaction.manager).insert({
    eventId: event.id,
    targetId: breach.targetId,
    agreementId: breach.agreementId,
    customerId: breach.customerId,
    serviceId: breach.serviceId,
    metric: breach.metric,
    targetValue: breach.targetValue,
    measuredValue: breach.measuredValue,
    periodStart: new Date(breach.periodStart),
    periodEnd: new Date(breach.periodEnd),
    evaluatedAt: new Date(breach.evaluatedAt),
  });
}
