import { type EntityManager, In, Not } from 'typeorm';
import type { ImprovementSource, NewImprovementInitiative } from '../domain/improvement-initiative';
import { FINISHED_STATES } from '../domain/outage-rule';
import {
  ImprovementInitiativeEntity,
  type ImprovementInitiativeRecord,
} from '../entities/improvement-initiative';
import {
  ImprovementTriggerEntity,
  type ImprovementTriggerRecord,
} from '../entities/improvement-trigger';

// The id breaks ties between initiatives created in the same instant, so the order is stable.
const NEWEST_FIRST = { createdAt: 'DESC', id: 'DESC' } as const;

export class ImprovementInitiativeRepository {
  constructor(private readonly manager: EntityManager) {}

  private get initiatives() {
    return this.manager.getRepository(ImprovementInitiativeEntity);
  }

  findByIds(ids: readonly string[]): Promise<ImprovementInitiativeRecord[]> {
    return this.initiatives.findBy({ id: In([...ids]) });
  }

  findByCustomerIds(customerIds: readonly string[]): Promise<ImprovementInitiativeRecord[]> {
    return this.initiatives.find({
      where: { customerId: In([...customerIds]) },
      order: NEWEST_FIRST,
    });
  }

  findByServiceIds(serviceIds: readonly string[]): Promise<ImprovementInitiativeRecord[]> {
    return this.initiatives.find({
      where: { serviceId: In([...serviceIds]) },
      order: NEWEST_FIRST,
    });
  }

  /** The unfinished initiative a rule opened for the service, locked for the caller's
   * transaction. */
  findUnfinished(
    serviceId: string,
    source: ImprovementSource,
  ): Promise<ImprovementInitiativeRecord | null> {
    return this.initiatives.findOne({
      where: { serviceId, source, state: Not(In([...FINISHED_STATES])) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  insert(initiative: NewImprovementInitiative): Promise<ImprovementInitiativeRecord> {
    return this.initiatives.save(this.initiatives.create(initiative));
  }

  triggersOf(initiativeIds: readonly string[]): Promise<ImprovementTriggerRecord[]> {
    return this.manager.getRepository(ImprovementTriggerEntity).find({
      where: { initiativeId: In([...initiativeIds]) },
      order: { occurredAt: 'ASC', eventId: 'ASC' },
    });
  }

  async addTrigger(trigger: ImprovementTriggerRecord): Promise<void> {
    await this.manager.getRepository(ImprovementTriggerEntity).insert(trigger);
  }
}
