import { EntitySchema } from 'typeorm';

export type AlertKind = 'AT_RISK' | 'BREACHED';

/** The one at-risk or breached report of a target on a service in a period. Its primary key
 * is what makes the event exactly-once: the row and the event commit together, and a
 * second insert finds the row. */
export interface TargetAlertRecord {
  targetId: string;
  serviceId: string;
  periodStart: Date;
  kind: AlertKind;
  raisedAt: Date;
}

export const TargetAlertEntity = new EntitySchema<TargetAlertRecord>({
  name: 'TargetAlert',
  tableName: 'target_alert',
  columns: {
    targetId: { type: 'uuid', primary: true, name: 'target_id' },
    serviceId: { type: 'uuid', primary: true, name: 'service_id' },
    periodStart: { type: 'timestamptz', primary: true, name: 'period_start' },
    kind: { type: 'varchar', length: 16, primary: true },
    raisedAt: { type: 'timestamptz', name: 'raised_at' },
  },
});
