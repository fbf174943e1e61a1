import { EntitySchema } from 'typeorm';
import type { ApprovalDecision, ApproverRole } from '../domain/approval-policy';

export interface ApprovalRecord {
  id: string;
  changeRequestId: string;
  approver: string;
  /** The role the decision counts under. */
  approverRole: ApproverRole;
  decision: ApprovalDecision;
  reason: string | null;
  decidedAt: Date;
}

export const ApprovalEntity = new EntitySchema<ApprovalRecord>({
  name: 'Approval',
  tableName: 'change_request_approval',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    changeRequestId: { type: 'uuid', name: 'change_request_id' },
    approver: { type: 'varchar', length: 200 },
    approverRole: { type: 'varchar', length: 16, name: 'approver_role' },
    decision: { type: 'varchar', length: 8 },
    reason: { type: 'text', nullable: true },
    decidedAt: { type: 'timestamptz', createDate: true, name: 'decided_at' },
  },
});
