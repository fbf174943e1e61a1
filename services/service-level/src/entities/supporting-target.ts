import { EntitySchema } from 'typeorm';

export interface SupportingTargetRecord {
  id: string;
  supportingAgreementId: string;
  supportsTargetId: string;
  serviceId: string;
  targetValue: number;
  compliancePercent: number | null;
  /** Its place in a sequence of steps that carry the target together; null: carries it alone. */
  step: number | null;
  createdAt: Date;
}

export const SupportingTargetEntity = new EntitySchema<SupportingTargetRecord>({
  name: 'SupportingTarget',
  tableName: 'supporting_target',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    supportingAgreementId: { type: 'uuid', name: 'supporting_agreement_id' },
    supportsTargetId: { type: 'uuid', name: 'supports_target_id' },
    serviceId: { type: 'uuid', name: 'service_id' },
    targetValue: { type: 'double precision', name: 'target_value' },
    compliancePercent: { type: 'double precision', nullable: true, name: 'compliance_percent' },
    step: { type: 'smallint', nullable: true },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
