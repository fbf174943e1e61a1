import {
  type APPROVAL_BOARDS,
  type APPROVAL_DECISIONS,
  APPROVER_ROLES,
} from '@itsm/events/contracts';
import type { ChangeType } from './change-request';
import type { Risk } from './ratings';

/** A STANDARD change is pre-authorised; the other boards vote. */
export type ApprovalBoard = 'PRE_AUTHORISED' | (typeof APPROVAL_BOARDS)[number];
/** The roles whose holders may approve; the role a decision is counted under. */
export type ApproverRole = (typeof APPROVER_ROLES)[number];
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export interface ApprovalPolicy {
  board: ApprovalBoard;
  /** How many distinct approvers must approve. */
  quorum: number;
  /** Whether one of those approvals must come from a change manager. */
  changeManagerRequired: boolean;
}

/**
 * Who must approve a change, by type and risk:
 * - STANDARD: nobody, the change model is pre-authorised;
 * - EMERGENCY: the emergency CAB, two approvers of whom one is a change manager, whatever the
 *   risk, because there is no time for a full CAB;
 * - NORMAL LOW: one change manager;
 * - NORMAL MEDIUM: the CAB, two approvers;
 * - NORMAL HIGH: the CAB, three approvers of whom one is a change manager.
 * A NORMAL change has no policy until its risk is known.
 */
export function approvalPolicyOf(type: ChangeType, risk: Risk | null): ApprovalPolicy | null {
  if (type === 'STANDARD')
    return { board: 'PRE_AUTHORISED', quorum: 0, changeManagerRequired: false };
  if (type === 'EMERGENCY') return { board: 'ECAB', quorum: 2, changeManagerRequired: true };
  switch (risk) {
    case 'LOW':
      return { board: 'CHANGE_MANAGER', quorum: 1, changeManagerRequired: true };
    case 'MEDIUM':
      return { board: 'CAB', quorum: 2, changeManagerRequired: false };
    case 'HIGH':
      return { board: 'CAB', quorum: 3, changeManagerRequired: true };
    case null:
      return null;
  }
}

export interface Decision {
  approver: string;
  approverRole: ApproverRole;
  decision: ApprovalDecision;
}

export type PolicyStanding = 'MET' | 'PENDING' | 'REJECTED';

/** Where a change stands against its policy: one rejection rejects it; otherwise it is met
 * once enough distinct approvers, with a change manager where required, have approved. */
export function standingOf(policy: ApprovalPolicy, decisions: readonly Decision[]): PolicyStanding {
  if (decisions.some(({ decision }) => decision === 'REJECTED')) return 'REJECTED';
  const approvals = decisions.filter(({ decision }) => decision === 'APPROVED');
  const approvers = new Set(approvals.map(({ approver }) => approver));
  const byChangeManager = approvals.some(({ approverRole }) => approverRole === 'CHANGE_MANAGER');
  const met = approvers.size >= policy.quorum && (!policy.changeManagerRequired || byChangeManager);
  return met ? 'MET' : 'PENDING';
}

/** The role a caller's decision counts under: change manager when they hold it, since that
 * role can fill either seat. Null when the caller holds neither. */
export function approverRoleOf(roles: readonly string[]): ApproverRole | null {
  return APPROVER_ROLES.find((role) => roles.includes(role)) ?? null;
}
