import { type EntityManager, In } from 'typeorm';
import {
  ServiceDependencyEntity,
  type ServiceDependencyRecord,
} from '../entities/service-dependency';

export type NewServiceDependencyRecord = Omit<
  ServiceDependencyRecord,
  'id' | 'createdAt' | 'updatedAt'
>;

export class ServiceDependencyRepository {
  constructor(private readonly manager: EntityManager) {}

  private get dependencies() {
    return this.manager.getRepository(ServiceDependencyEntity);
  }

  findById(id: string): Promise<ServiceDependencyRecord | null> {
    return this.dependencies.findOneBy({ id });
  }

  findByCustomerIds(customerIds: readonly string[]): Promise<ServiceDependencyRecord[]> {
    return this.dependencies.findBy({ customerId: In([...customerIds]) });
  }

  findByServiceIds(serviceIds: readonly string[]): Promise<ServiceDependencyRecord[]> {
    return this.dependencies.findBy({ serviceId: In([...serviceIds]) });
  }

  insert(dependency: NewServiceDependencyRecord): Promise<ServiceDependencyRecord> {
    return this.dependencies.save(this.dependencies.create(dependency));
  }

  save(dependency: ServiceDependencyRecord): Promise<ServiceDependencyRecord> {
    return this.dependencies.save(dependency);
  }

  async delete(id: string): Promise<void> {
    await this.dependencies.delete({ id });
  }
}
