import { EntitySchema } from 'typeorm';
import type { CustomerStatus, CustomerTier, RelationshipLevel } from '../domain/customer';
import { numericColumn } from './columns';

export interface CustomerRecord {
  id: string;
  code: string;
  name: string;
  segment: string | null;
  tier: CustomerTier;
  status: CustomerStatus;
  accountManager: string;
  relationshipLevel: RelationshipLevel;
  predictedAnnualValue: number | null;
  predictedValueCurrency: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CustomerEntity = new EntitySchema<CustomerRecord>({
  name: 'Customer',
  tableName: 'customer',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    code: { type: 'varchar', length: 32, unique: true },
    name: { type: 'varchar', length: 200 },
    segment: { type: 'varchar', length: 100, nullable: true },
    tier: { type: 'varchar', length: 16 },
    status: { type: 'varchar', length: 16 },
    accountManager: { type: 'varchar', length: 200, name: 'account_manager' },
    relationshipLevel: { type: 'varchar', length: 16, name: 'relationship_level' },
    predictedAnnualValue: numericColumn('predicted_annual_value', 16, { nullable: true }),
    predictedValueCurrency: {
      type: 'char',
      length: 3,
      name: 'predicted_value_currency',
      nullable: true,
    },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
    updatedAt: { type: 'timestamptz', updateDate: true, name: 'updated_at' },
  },
});
