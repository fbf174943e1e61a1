import { EntitySchema } from 'typeorm';
import type { TargetStatus } from '../domain/attainment';

/** The last published standing of a target on a service in a period, so that a
 * measurement that changes nothing publishes nothing. */
export interface TargetStandingRecord {
  targetId: string;
  serviceId: string;
  periodStart: Date;
  measuredValue: number | null;
  status: TargetStatus;
  errorBudgetConsumedPercent: number;
  evaluatedAt: Date;
}

export const TargetStandingEntity = new EntitySchema<TargetStandingRecord>({
  name: 'TargetStanding',
  tableName: 'target_standing',
  columns: {
    targetId: { type: 'uuid', primary: true, name: 'target_id' },
    serviceId: { type: 'uuid', primary: true, name: 'service_id' },
    periodStart: { type: 'timestamptz', primary: true, name: 'period_start' },
    measuredValue: { type: 'double precision', nullable: true, name: 'measured_value' },
    status: { type: 'varchar', length: 16 },
    errorBudgetConsumedPercent: { type: 'double precision', name: 'error_budget_consumed_percent' },
    evaluatedAt: { type: 'timestamptz', name: 'evaluated_at' },
  },
});
