import { EntitySchema } from 'typeorm';
import type { FeedbackSeverity, FeedbackStatus, FeedbackType } from '../domain/feedback';
import { instantColumn } from './columns';

export interface FeedbackRecord {
  id: string;
  customerId: string;
  type: FeedbackType;
  severity: FeedbackSeverity;
  serviceId: string | null;
  contactId: string | null;
  summary: string;
  details: string | null;
  status: FeedbackStatus;
  receivedAt: Date;
  loggedBy: string;
  loggedAt: Date;
  acknowledgeBy: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  resolution: string | null;
  closedAt: Date | null;
  closedBy: string | null;
}

export const FeedbackEntity = new EntitySchema<FeedbackRecord>({
  name: 'Feedback',
  tableName: 'feedback',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    customerId: { type: 'uuid', name: 'customer_id' },
    type: { type: 'varchar', length: 16 },
    severity: { type: 'varchar', length: 16 },
    serviceId: { type: 'uuid', name: 'service_id', nullable: true },
    contactId: { type: 'uuid', name: 'contact_id', nullable: true },
    summary: { type: 'varchar', length: 500 },
    details: { type: 'text', nullable: true },
    status: { type: 'varchar', length: 16 },
    receivedAt: instantColumn('received_at'),
    loggedBy: { type: 'varchar', length: 200, name: 'logged_by' },
    loggedAt: instantColumn('logged_at'),
    acknowledgeBy: instantColumn('acknowledge_by'),
    acknowledgedAt: instantColumn('acknowledged_at', { nullable: true }),
    acknowledgedBy: { type: 'varchar', length: 200, name: 'acknowledged_by', nullable: true },
    resolvedAt: instantColumn('resolved_at', { nullable: true }),
    resolvedBy: { type: 'varchar', length: 200, name: 'resolved_by', nullable: true },
    resolution: { type: 'text', nullable: true },
    closedAt: instantColumn('closed_at', { nullable: true }),
    closedBy: { type: 'varchar', length: 200, name: 'closed_by', nullable: true },
  },
});
