import { EntitySchema } from 'typeorm';
import type { TicketPriority } from '../domain/target';

export interface PauseRecord {
  from: Date;
  to: Date | null;
}

export interface TicketTimingRecord {
  id: string;
  reference: string;
  serviceId: string;
  customerId: string | null;
  priority: TicketPriority;
  openedAt: Date;
  respondedAt: Date | null;
  resolvedAt: Date | null;
  cancelledAt: Date | null;
  pauses: PauseRecord[];
  recordedBy: string;
  createdAt: Date;
}

export const TicketTimingEntity = new EntitySchema<TicketTimingRecord>({
  name: 'TicketTiming',
  tableName: 'ticket_timing',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    reference: { type: 'varchar', length: 200, unique: true },
    serviceId: { type: 'uuid', name: 'service_id' },
    customerId: { type: 'uuid', nullable: true, name: 'customer_id' },
    priority: { type: 'varchar', length: 2 },
    openedAt: { type: 'timestamptz', name: 'opened_at' },
    respondedAt: { type: 'timestamptz', nullable: true, name: 'responded_at' },
    resolvedAt: { type: 'timestamptz', nullable: true, name: 'resolved_at' },
    cancelledAt: { type: 'timestamptz', nullable: true, name: 'cancelled_at' },
    // JSON keeps dates as strings; the transformer gives them back as Dates.
    pauses: {
      type: 'jsonb',
      transformer: {
        to: (pauses: PauseRecord[]) => pauses,
        from: (pauses: { from: string; to: string | null }[]) =>
          pauses.map((pause) => ({
            from: new Date(pause.from),
            to: pause.to === null ? null : new Date(pause.to),
          })),
      },
    },
    recordedBy: { type: 'varchar', length: 200, name: 'recorded_by' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
