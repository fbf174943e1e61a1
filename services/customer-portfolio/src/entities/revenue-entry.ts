import { EntitySchema } from 'typeorm';
import { instantColumn, numericColumn } from './columns';

export interface RevenueEntryRecord {
  customerId: string;
  /** YYYY-MM. */
  period: string;
  amount: number;
  currency: string;
  recordedBy: string;
  recordedAt: Date;
}

export const RevenueEntryEntity = new EntitySchema<RevenueEntryRecord>({
  name: 'RevenueEntry',
  tableName: 'revenue_entry',
  columns: {
    customerId: { type: 'uuid', name: 'customer_id', primary: true },
    period: { type: 'char', length: 7, primary: true },
    amount: numericColumn('amount', 16),
    currency: { type: 'char', length: 3 },
    recordedBy: { type: 'varchar', length: 200, name: 'recorded_by' },
    recordedAt: instantColumn('recorded_at'),
  },
});
