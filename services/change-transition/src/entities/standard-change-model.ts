import { EntitySchema } from 'typeorm';
import type { Level } from '../domain/ratings';

/** A pre-authorised change model: a STANDARD change raised from it starts with its plans and
 * ratings. */
export interface StandardChangeModelRecord {
  id: string;
  name: string;
  description: string | null;
  category: string | null;
  impact: Level;
  likelihood: Level;
  implementationPlan: string;
  backoutPlan: string;
  testPlan: string;
  definedBy: string;
  createdAt: Date;
}

export const StandardChangeModelEntity = new EntitySchema<StandardChangeModelRecord>({
  name: 'StandardChangeModel',
  tableName: 'standard_change_model',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'varchar', length: 200, unique: true },
    description: { type: 'text', nullable: true },
    category: { type: 'varchar', length: 100, nullable: true },
    impact: { type: 'varchar', length: 8 },
    likelihood: { type: 'varchar', length: 8 },
    implementationPlan: { type: 'text', name: 'implementation_plan' },
    backoutPlan: { type: 'text', name: 'backout_plan' },
    testPlan: { type: 'text', name: 'test_plan' },
    definedBy: { type: 'varchar', length: 200, name: 'defined_by' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
