import { EntitySchema } from 'typeorm';
import type { SupportingAgreementKind } from '../domain/support';

export interface SupportingAgreementRecord {
  id: string;
  kind: SupportingAgreementKind;
  name: string;
  provider: string;
  validFrom: Date | null;
  validTo: Date | null;
  createdAt: Date;
}

export const SupportingAgreementEntity = new EntitySchema<SupportingAgreementRecord>({
  name: 'SupportingAgreement',
  tableName: 'supporting_agreement',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    kind: { type: 'varchar', length: 8 },
    name: { type: 'varchar', length: 200, unique: true },
    provider: { type: 'varchar', length: 200 },
    validFrom: { type: 'timestamptz', nullable: true, name: 'valid_from' },
    validTo: { type: 'timestamptz', nullable: true, name: 'valid_to' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
