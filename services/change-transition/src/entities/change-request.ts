import { EntitySchema } from 'typeorm';
import type { ChangeState, ChangeType } from '../domain/change-request';
import type { Level } from '../domain/ratings';
import { sequenceNumberColumn } from './sequence-number';

export interface ChangeRequestRecord {
  id: string;
  /** A bigint, which the PostgreSQL driver returns as a decimal string. */
  number: string;
  title: string;
  description: string | null;
  type: ChangeType;
  state: ChangeState;
  customerId: string | null;
  requestedBy: string;
  category: string | null;
  impact: Level | null;
  urgency: Level | null;
  likelihood: Level | null;
  implementationPlan: string | null;
  backoutPlan: string | null;
  testPlan: string | null;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  /** The pre-authorised model a STANDARD change is raised from. */
  standardChangeModelId: string | null;
  /** Why an EMERGENCY change was scheduled into a blackout window. */
  blackoutOverrideReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const level = (name?: string) =>
  ({ type: 'varchar', length: 8, nullable: true, ...(name && { name }) }) as const;
const text = (name?: string) => ({ type: 'text', nullable: true, ...(name && { name }) }) as const;

export const ChangeRequestEntity = new EntitySchema<ChangeRequestRecord>({
  name: 'ChangeRequest',
  tableName: 'change_request',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    number: sequenceNumberColumn('change_request_number'),
    title: { type: 'varchar', length: 200 },
    description: text(),
    type: { type: 'varchar', length: 16 },
    state: { type: 'varchar', length: 16, default: 'DRAFT' },
    customerId: { type: 'uuid', nullable: true, name: 'customer_id' },
    requestedBy: { type: 'varchar', length: 200, name: 'requested_by' },
    category: { type: 'varchar', length: 100, nullable: true },
    impact: level(),
    urgency: level(),
    likelihood: level(),
    implementationPlan: text('implementation_plan'),
    backoutPlan: text('backout_plan'),
    testPlan: text('test_plan'),
    plannedStart: { type: 'timestamptz', nullable: true, name: 'planned_start' },
    plannedEnd: { type: 'timestamptz', nullable: true, name: 'planned_end' },
    standardChangeModelId: { type: 'uuid', nullable: true, name: 'standard_change_model_id' },
    blackoutOverrideReason: text('blackout_override_reason'),
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
    updatedAt: { type: 'timestamptz', updateDate: true, name: 'updated_at' },
  },
});
