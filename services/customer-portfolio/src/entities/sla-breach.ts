import { EntitySchema } from 'typeorm';
import { instantColumn } from './columns';

/** A target breach reported by service-level, kept to score customer health. */
export interface SlaBreachRecord {
  eventId: string;
  targetId: string;
  agreementId: string;
  /** Null for a service-based agreement: it counts for every customer of the service. */
  customerId: string | null;
  serviceId: string;
  metric: string;
  targetValue: number;
  measuredValue: number | null;
  periodStart: Date;
  periodEnd: Date;
  evaluatedAt: Date;
}

export const SlaBreachEntity = new EntitySchema<SlaBreachRecord>({
  name: 'SlaBreach',
  tableName: 'sla_breach',
  columns: {
    eventId: { type: 'uuid', primary: true, name: 'event_id' },
    targetId: { type: 'uuid', name: 'target_id' },
    agreementId: { type: 'uuid', name: 'agreement_id' },
    customerId: { type: 'uuid', name: 'customer_id', nullable: true },
    serviceId: { type: 'uuid', name: 'service_id' },
    metric: { type: 'varchar', length: 32 },
    targetValue: { type: 'double precision', name: 'target_value' },
    measuredValue: { type: 'double precision', name: 'measured_value', nullable: true },
    periodStart: instantColumn('period_start'),
    periodEnd: instantColumn('period_end'),
    evaluatedAt: instantColumn('evaluated_at'),
  },
});
