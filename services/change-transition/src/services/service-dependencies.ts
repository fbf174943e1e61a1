import DataLoader from 'dataloader';
import { manyByKey } from '@itsm/subgraph-kit';
import type { ServiceDependencyReplicaRecord } from '../entities/service-dependency-replica';
import type { ServiceDependencyReplicaRepository } from '../repositories/service-dependency-replica-repository';

/** Reads the dependencies that hold in the replica of customer-portfolio's, batched. */
export class ServiceDependencies {
  private readonly byCustomerId = new DataLoader<string, ServiceDependencyReplicaRecord[]>(
    async (ids) =>
      manyByKey(ids, await this.repository.ofCustomers(ids), (dependency) => dependency.customerId),
  );

  private readonly byServiceId = new DataLoader<string, ServiceDependencyReplicaRecord[]>(
    async (ids) =>
      manyByKey(ids, await this.repository.onServices(ids), (dependency) => dependency.serviceId),
  );

  constructor(private readonly repository: ServiceDependencyReplicaRepository) {}

  async ofCustomers(customerIds: readonly string[]): Promise<ServiceDependencyReplicaRecord[]> {
    return (await Promise.all(customerIds.map((id) => this.byCustomerId.load(id)))).flat();
  }

  async onServices(serviceIds: readonly string[]): Promise<ServiceDependencyReplicaRecord[]> {
    return (await Promise.all(serviceIds.map((id) => this.byServiceId.load(id)))).flat();
  }
}
