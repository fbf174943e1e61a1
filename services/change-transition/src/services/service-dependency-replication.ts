import type {
  ReceivedEvent,
  serviceDependencyAdded,
  serviceDependencyRemoved,
  serviceDependencyUpdated,
  Transaction,
} from '@itsm/events';
import { type DependencyChange, replicate } from '../domain/service-dependency';
import { ServiceDependencyReplicaRepository } from '../repositories/service-dependency-replica-repository';

type DependencyEvent = ReceivedEvent<
  typeof serviceDependencyAdded | typeof serviceDependencyUpdated | typeof serviceDependencyRemoved
>;

/** Applies one of customer-portfolio's dependency events to the replica. It runs in the
 * consumer's transaction with the inbox entry, so a redelivered event changes nothing, and
 * `replicate` makes the outcome the same whatever order the events arrive in. */
export function replicateDependency(change: DependencyChange) {
  return async (event: DependencyEvent, transaction: Transaction): Promise<void> => {
    const { dependencyId, customerId, serviceId, criticality, occurredAt } = event.data;
    const repository = new ServiceDependencyReplicaRepository(transaction.manager);
    const next = replicate(await repository.findForUpdate(dependencyId), change, {
      dependencyId,
      customerId,
      serviceId,
      criticality,
      asOf: new Date(occurredAt),
    });
    if (next) await repository.save(next);
  };
}
