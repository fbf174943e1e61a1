import { EntitySchema } from 'typeorm';
import type { TargetMetric } from '../domain/attainment';
import type { MeasurementPeriod } from '../domain/measurement-period';
import type { TicketPriority } from '../domain/target';

export interface TargetRecord {
  id: string;
  agreementId: string;
  /** Null: every service of the agreement. */
  serviceId: string | null;
  metric: TargetMetric;
  targetValue: number;
  priority: TicketPriority | null;
  compliancePercent: number | null;
  warningThresholdPercent: number;
  measurementPeriod: MeasurementPeriod;
  /** Null: each service's own calendar. */
  calendarId: string | null;
  createdAt: Date;
}

export const TargetEntity = new EntitySchema<TargetRecord>({
  name: 'ServiceLevelTarget',
  tableName: 'service_level_target',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    agreementId: { type: 'uuid', name: 'agreement_id' },
    serviceId: { type: 'uuid', nullable: true, name: 'service_id' },
    metric: { type: 'varchar', length: 32 },
    targetValue: { type: 'double precision', name: 'target_value' },
    priority: { type: 'varchar', length: 2, nullable: true },
    compliancePercent: { type: 'double precision', nullable: true, name: 'compliance_percent' },
    warningThresholdPercent: { type: 'double precision', name: 'warning_threshold_percent' },
    measurementPeriod: { type: 'varchar', length: 16, name: 'measurement_period' },
    calendarId: { type: 'uuid', nullable: true, name: 'calendar_id' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
