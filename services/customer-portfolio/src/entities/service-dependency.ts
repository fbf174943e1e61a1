import { EntitySchema } from 'typeorm';
import type { BusinessCriticality } from '../domain/service-dependency';

export interface ServiceDependencyRecord {
  id: string;
  customerId: string;
  serviceId: string;
  criticality: BusinessCriticality;
  userCount: number;
  businessProcess: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ServiceDependencyEntity = new EntitySchema<ServiceDependencyRecord>({
  name: 'ServiceDependency',
  tableName: 'service_dependency',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    customerId: { type: 'uuid', name: 'customer_id' },
    serviceId: { type: 'uuid', name: 'service_id' },
    criticality: { type: 'varchar', length: 16 },
    userCount: { type: 'int', name: 'user_count' },
    businessProcess: { type: 'varchar', length: 200, name: 'business_process', nullable: true },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
    updatedAt: { type: 'timestamptz', updateDate: true, name: 'updated_at' },
  },
});
