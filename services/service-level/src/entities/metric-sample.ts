import { EntitySchema } from 'typeorm';
import type { SampledMetric } from '../domain/measurement';

export interface MetricSampleRecord {
  id: string;
  serviceId: string;
  customerId: string | null;
  metric: SampledMetric;
  value: number;
  observedAt: Date;
  recordedBy: string;
  createdAt: Date;
}

export const MetricSampleEntity = new EntitySchema<MetricSampleRecord>({
  name: 'MetricSample',
  tableName: 'metric_sample',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    serviceId: { type: 'uuid', name: 'service_id' },
    customerId: { type: 'uuid', nullable: true, name: 'customer_id' },
    metric: { type: 'varchar', length: 32 },
    value: { type: 'double precision' },
    observedAt: { type: 'timestamptz', name: 'observed_at' },
    recordedBy: { type: 'varchar', length: 200, name: 'recorded_by' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
