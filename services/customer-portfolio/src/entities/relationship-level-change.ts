import { EntitySchema } from 'typeorm';
import type { RelationshipLevel } from '../domain/customer';
import { instantColumn } from './columns';

export interface RelationshipLevelChangeRecord {
  id: string;
  customerId: string;
  /** Null for the level given at registration. */
  fromLevel: RelationshipLevel | null;
  toLevel: RelationshipLevel;
  reason: string;
  changedBy: string;
  changedAt: Date;
}

export const RelationshipLevelChangeEntity = new EntitySchema<RelationshipLevelChangeRecord>({
  name: 'RelationshipLevelChange',
  tableName: 'relationship_level_change',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    customerId: { type: 'uuid', name: 'customer_id' },
    fromLevel: { type: 'varchar', length: 16, name: 'from_level', nullable: true },
    toLevel: { type: 'varchar', length: 16, name: 'to_level' },
    reason: { type: 'text' },
    changedBy: { type: 'varchar', length: 200, name: 'changed_by' },
    changedAt: instantColumn('changed_at'),
  },
});
