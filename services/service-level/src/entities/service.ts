import { EntitySchema } from 'typeorm';
import type { ServiceLifecycle } from '../domain/service';

export interface ServiceRecord {
  id: string;
  name: string;
  description: string | null;
  owner: string;
  lifecycle: ServiceLifecycle;
  /** Null: round the clock, in UTC. */
  calendarId: string | null;
  createdAt: Date;
}

export const ServiceEntity = new EntitySchema<ServiceRecord>({
  name: 'Service',
  tableName: 'service',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'varchar', length: 200, unique: true },
    description: { type: 'text', nullable: true },
    owner: { type: 'varchar', length: 200 },
    lifecycle: { type: 'varchar', length: 16 },
    calendarId: { type: 'uuid', nullable: true, name: 'calendar_id' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
