import { EntitySchema } from 'typeorm';
import type { ObjectiveStatus } from '../domain/objective';
import { instantColumn } from './columns';

export interface BusinessObjectiveRecord {
  id: string;
  customerId: string;
  title: string;
  description: string | null;
  measure: string;
  target: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  status: ObjectiveStatus;
  agreedByContactId: string | null;
  agreedAt: Date | null;
  outcomeNote: string | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const BusinessObjectiveEntity = new EntitySchema<BusinessObjectiveRecord>({
  name: 'BusinessObjective',
  tableName: 'business_objective',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    customerId: { type: 'uuid', name: 'customer_id' },
    title: { type: 'varchar', length: 200 },
    description: { type: 'text', nullable: true },
    measure: { type: 'varchar', length: 500 },
    target: { type: 'varchar', length: 200 },
    dueDate: { type: 'date', name: 'due_date' },
    status: { type: 'varchar', length: 16 },
    agreedByContactId: { type: 'uuid', name: 'agreed_by_contact_id', nullable: true },
    agreedAt: instantColumn('agreed_at', { nullable: true }),
    outcomeNote: { type: 'text', name: 'outcome_note', nullable: true },
    closedAt: instantColumn('closed_at', { nullable: true }),
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
    updatedAt: { type: 'timestamptz', updateDate: true, name: 'updated_at' },
  },
});
