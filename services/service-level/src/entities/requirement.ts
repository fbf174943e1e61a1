import { EntitySchema } from 'typeorm';
import type { RequiredTarget, RequirementStatus } from '../domain/requirement';

export interface RequirementRecord {
  id: string;
  customerId: string;
  title: string;
  serviceIds: string[];
  targets: RequiredTarget[];
  status: RequirementStatus;
  capturedBy: string;
  createdAt: Date;
}

export const RequirementEntity = new EntitySchema<RequirementRecord>({
  name: 'ServiceLevelRequirement',
  tableName: 'service_level_requirement',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    customerId: { type: 'uuid', name: 'customer_id' },
    title: { type: 'varchar', length: 200 },
    serviceIds: { type: 'uuid', array: true, name: 'service_ids' },
    targets: { type: 'jsonb' },
    status: { type: 'varchar', length: 16, default: 'CAPTURED' },
    capturedBy: { type: 'varchar', length: 200, name: 'captured_by' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
