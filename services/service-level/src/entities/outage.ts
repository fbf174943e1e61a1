import { EntitySchema } from 'typeorm';

export interface OutageRecord {
  id: string;
  serviceId: string;
  /** The monitoring tool's id for the outage. */
  reference: string | null;
  startedAt: Date;
  endedAt: Date | null;
  description: string | null;
  recordedBy: string;
  createdAt: Date;
}

export const OutageEntity = new EntitySchema<OutageRecord>({
  name: 'Outage',
  tableName: 'outage',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    serviceId: { type: 'uuid', name: 'service_id' },
    reference: { type: 'varchar', length: 200, nullable: true },
    startedAt: { type: 'timestamptz', name: 'started_at' },
    endedAt: { type: 'timestamptz', nullable: true, name: 'ended_at' },
    description: { type: 'text', nullable: true },
    recordedBy: { type: 'varchar', length: 200, name: 'recorded_by' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
