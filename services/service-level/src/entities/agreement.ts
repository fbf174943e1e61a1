import { EntitySchema } from 'typeorm';
import type { AgreementStatus, AgreementType } from '../domain/agreement';

export interface AgreementRecord {
  id: string;
  name: string;
  type: AgreementType;
  status: AgreementStatus;
  /** Owned by the customer-portfolio subgraph, so there is no foreign key. */
  customerId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  createdAt: Date;
}

export const AgreementEntity = new EntitySchema<AgreementRecord>({
  name: 'Agreement',
  tableName: 'agreement',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'varchar', length: 200 },
    type: { type: 'varchar', length: 16 },
    // Declared so that an insert reads the database's DRAFT back.
    status: { type: 'varchar', length: 16, default: 'DRAFT' },
    customerId: { type: 'uuid', nullable: true, name: 'customer_id' },
    validFrom: { type: 'timestamptz', nullable: true, name: 'valid_from' },
    validTo: { type: 'timestamptz', nullable: true, name: 'valid_to' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
