import { EntitySchema } from 'typeorm';
import type { SignatoryParty } from '../domain/agreement';

export interface SignatoryRecord {
  id: string;
  agreementId: string;
  name: string;
  role: string;
  party: SignatoryParty;
  signedAt: Date;
}

export const SignatoryEntity = new EntitySchema<SignatoryRecord>({
  name: 'Signatory',
  tableName: 'agreement_signatory',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    agreementId: { type: 'uuid', name: 'agreement_id' },
    name: { type: 'varchar', length: 200 },
    role: { type: 'varchar', length: 200 },
    party: { type: 'varchar', length: 16 },
    signedAt: { type: 'timestamptz', createDate: true, name: 'signed_at' },
  },
});
