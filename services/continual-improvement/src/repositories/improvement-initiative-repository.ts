import { type EntityManager, In } from 'typeorm';
import {
  ImprovementInitiativeEntity,
  type ImprovementInitiativeRecord,
} from '../entities/improvement-initiative';
import type { NewImprovementInitiative } from '../domain/improvement-initiative';

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

  insert(initiative: NewImprovementInitiative): Promise<ImprovementInitiativeRecord> {
    return this.initiatives.save(this.initiatives.create(initiative));
  }
}
