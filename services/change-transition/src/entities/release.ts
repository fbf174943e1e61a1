import { EntitySchema } from 'typeorm';
import type { ChangeRequestRecord } from './change-request';
import { sequenceNumberColumn } from './sequence-number';

export type ReleaseState = 'PLANNED' | 'DEPLOYED';

export interface ReleaseRecord {
  id: string;
  /** A bigint, which the PostgreSQL driver returns as a decimal string. */
  number: string;
  name: string;
  description: string | null;
  state: ReleaseState;
  createdBy: string;
  createdAt: Date;
  deployedBy: string | null;
  deployedAt: Date | null;
}

export const ReleaseEntity = new EntitySchema<ReleaseRecord>({
  name: 'Release',
  tableName: 'release',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    number: sequenceNumberColumn('release_number'),
    name: { type: 'varchar', length: 200 },
    description: { type: 'text', nullable: true },
    state: { type: 'varchar', length: 16, default: 'PLANNED' },
    createdBy: { type: 'varchar', length: 200, name: 'created_by' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
    deployedBy: { type: 'varchar', length: 200, nullable: true, name: 'deployed_by' },
    deployedAt: { type: 'timestamptz', nullable: true, name: 'deployed_at' },
  },
});

/** A change request that a release ships: a row of the release_change join table. */
export interface ReleaseChangeRecord {
  releaseId: string;
  changeRequestId: string;
  /** Loaded only on request, to read a release's changes in one join. */
  changeRequest?: ChangeRequestRecord;
}

export const ReleaseChangeEntity = new EntitySchema<ReleaseChangeRecord>({
  name: 'ReleaseChange',
  tableName: 'release_change',
  columns: {
    releaseId: { type: 'uuid', primary: true, name: 'release_id' },
    changeRequestId: { type: 'uuid', primary: true, name: 'change_request_id' },
  },
  relations: {
    changeRequest: {
      type: 'many-to-one',
      target: 'ChangeRequest',
      joinColumn: { name: 'change_request_id' },
      onDelete: 'CASCADE',
    },
  },
});

/** One affected customer's user acceptance of a release: the criteria, then the sign-off by
 * the customer's contact, whose id and name are kept as given (contacts live in
 * customer-portfolio). */
export interface AcceptanceRecord {
  releaseId: string;
  customerId: string;
  criteria: string;
  definedBy: string;
  definedAt: Date;
  contactId: string | null;
  contactName: string | null;
  signedOffAt: Date | null;
  signedOffRecordedBy: string | null;
}

export const AcceptanceEntity = new EntitySchema<AcceptanceRecord>({
  name: 'Acceptance',
  tableName: 'release_acceptance',
  columns: {
    releaseId: { type: 'uuid', primary: true, name: 'release_id' },
    customerId: { type: 'uuid', primary: true, name: 'customer_id' },
    criteria: { type: 'text' },
    definedBy: { type: 'varchar', length: 200, name: 'defined_by' },
    definedAt: { type: 'timestamptz', name: 'defined_at' },
    contactId: { type: 'uuid', nullable: true, name: 'contact_id' },
    contactName: { type: 'varchar', length: 200, nullable: true, name: 'contact_name' },
    signedOffAt: { type: 'timestamptz', nullable: true, name: 'signed_off_at' },
    signedOffRecordedBy: {
      type: 'varchar',
      length: 200,
      nullable: true,
      name: 'signed_off_recorded_by',
    },
  },
});
