import { EntitySchema } from 'typeorm';
import type { ReplicatedDependency } from '../domain/service-dependency';

/** customer-portfolio's service dependencies, as its events tell them (see
 * events/consumed.ts): which services each customer's business depends on, and how much. */
export type ServiceDependencyReplicaRecord = ReplicatedDependency;

export const ServiceDependencyReplicaEntity = new EntitySchema<ServiceDependencyReplicaRecord>({
  name: 'ServiceDependencyReplica',
  tableName: 'service_dependency_replica',
  columns: {
    dependencyId: { type: 'uuid', primary: true, name: 'dependency_id' },
    customerId: { type: 'uuid', name: 'customer_id' },
    serviceId: { type: 'uuid', name: 'service_id' },
    criticality: { type: 'varchar', length: 8 },
    asOf: { type: 'timestamptz', name: 'as_of' },
    removedAt: { type: 'timestamptz', nullable: true, name: 'removed_at' },
  },
});
