import { type EntityManager, In, IsNull } from 'typeorm';
import {
  ServiceDependencyReplicaEntity,
  type ServiceDependencyReplicaRecord,
} from '../entities/service-dependency-replica';

/** The replica of customer-portfolio's service dependencies. */
export class ServiceDependencyReplicaRepository {
  constructor(private readonly manager: EntityManager) {}

  private get dependencies() {
    return this.manager.getRepository(ServiceDependencyReplicaEntity);
  }

  /** Locks the dependency's row, if any, until the transaction ends, so that two events about
   * one dependency apply one after the other. */
  findForUpdate(dependencyId: string): Promise<ServiceDependencyReplicaRecord | null> {
    return this.dependencies.findOne({
      where: { dependencyId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async save(dependency: ServiceDependencyReplicaRecord): Promise<void> {
    await this.dependencies.save(dependency);
  }

  /** The dependencies of these customers that still hold. */
  ofCustomers(customerIds: readonly string[]): Promise<ServiceDependencyReplicaRecord[]> {
    return this.dependencies.find({
      where: { customerId: In([...customerIds]), removedAt: IsNull() },
      order: { customerId: 'ASC', serviceId: 'ASC' },
    });
  }

  /** The dependencies on these services that still hold, by customer within a service. */
  onServices(serviceIds: readonly string[]): Promise<ServiceDependencyReplicaRecord[]> {
    return this.dependencies.find({
      where: { serviceId: In([...serviceIds]), removedAt: IsNull() },
      order: { serviceId: 'ASC', customerId: 'ASC' },
    });
  }
}
