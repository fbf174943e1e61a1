import { EntitySchema } from 'typeorm';

export interface BlackoutWindowRecord {
  id: string;
  name: string;
  reason: string | null;
  /** Null for a global blackout, which covers every service. */
  serviceId: string | null;
  startsAt: Date;
  endsAt: Date;
  declaredBy: string;
  createdAt: Date;
}

export const BlackoutWindowEntity = new EntitySchema<BlackoutWindowRecord>({
  name: 'BlackoutWindow',
  tableName: 'blackout_window',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'varchar', length: 200 },
    reason: { type: 'text', nullable: true },
    serviceId: { type: 'uuid', nullable: true, name: 'service_id' },
    startsAt: { type: 'timestamptz', name: 'starts_at' },
    endsAt: { type: 'timestamptz', name: 'ends_at' },
    declaredBy: { type: 'varchar', length: 200, name: 'declared_by' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
