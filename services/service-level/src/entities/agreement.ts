import { EntitySchema } from 'typeorm';
import type { AgreementLevel, AgreementStatus, AgreementType } from '../domain/agreement';

export interface AgreementRecord {
  id: string;
  name: string;
  type: AgreementType;
  /** Only for MULTI_LEVEL agreements. */
  level: AgreementLevel | null;
  /** The level above, for the CUSTOMER and SERVICE levels. */
  parentId: string | null;
  status: AgreementStatus;
  /** Owned by the customer-portfolio subgraph, so there is no foreign key. */
  customerId: string | null;
  requirementId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  reviewDate: Date | null;
  createdAt: Date;
}

export const AgreementEntity = new EntitySchema<AgreementRecord>({
  name: 'Agreement',
  tableName: 'agreement',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'varchar', length: 200 },
    type: { type: 'varchar', length: 16 },
    level: { type: 'varchar', length: 16, nullable: true },
    parentId: { type: 'uuid', nullable: true, name: 'parent_id' },
    // Declared so that an insert reads the database's DRAFT back.
    status: { type: 'varchar', length: 16, default: 'DRAFT' },
    customerId: { type: 'uuid', nullable: true, name: 'customer_id' },
    requirementId: { type: 'uuid', nullable: true, name: 'requirement_id' },
    validFrom: { type: 'timestamptz', nullable: true, name: 'valid_from' },
    validTo: { type: 'timestamptz', nullable: true, name: 'valid_to' },
    reviewDate: { type: 'timestamptz', nullable: true, name: 'review_date' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
