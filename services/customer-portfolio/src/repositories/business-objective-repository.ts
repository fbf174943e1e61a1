import { type EntityManager, In } from 'typeorm';
import {
  BusinessObjectiveEntity,
  type BusinessObjectiveRecord,
} from '../entities/business-objective';

export type NewObjective = Pick<
  BusinessObjectiveRecord,
  'customerId' | 'title' | 'description' | 'measure' | 'target' | 'dueDate' | 'status'
>;

export class BusinessObjectiveRepository {
  constructor(private readonly manager: EntityManager) {}

  private get objectives() {
    return this.manager.getRepository(BusinessObjectiveEntity);
  }

  findById(id: string): Promise<BusinessObjectiveRecord | null> {
    return this.objectives.findOneBy({ id });
  }

  /** By due date, then creation. */
  findByCustomerIds(customerIds: readonly string[]): Promise<BusinessObjectiveRecord[]> {
    return this.objectives.find({
      where: { customerId: In([...customerIds]) },
      order: { dueDate: 'ASC', id: 'ASC' },
    });
  }

  insert(objective: NewObjective): Promise<BusinessObjectiveRecord> {
    return this.objectives.save(this.objectives.create(objective));
  }

  save(objective: BusinessObjectiveRecord): Promise<BusinessObjectiveRecord> {
    return this.objectives.save(objective);
  }
}
