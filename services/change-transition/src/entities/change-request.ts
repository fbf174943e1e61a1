import { EntitySchema } from 'typeorm';
import type { ChangeState, ChangeType } from '../domain/change-request';

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
  createdAt: Date;
}

export const ChangeRequestEntity = new EntitySchema<ChangeRequestRecord>({
  name: 'ChangeRequest',
  tableName: 'change_request',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    // The database numbers requests; declaring the default makes TypeORM read it back on insert.
    number: {
      type: 'bigint',
      unique: true,
      insert: false,
      update: false,
      default: () => "nextval('change_request_number')",
    },
    title: { type: 'varchar', length: 200 },
    description: { type: 'text', nullable: true },
    type: { type: 'varchar', length: 16 },
    state: { type: 'varchar', length: 16, default: 'DRAFT' },
    customerId: { type: 'uuid', nullable: true, name: 'customer_id' },
    requestedBy: { type: 'varchar', length: 200, name: 'requested_by' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
