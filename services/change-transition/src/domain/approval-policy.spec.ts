import {
  type ApprovalPolicy,
  approvalPolicyOf,
  approverRoleOf,
  type Decision,
  standingOf,
} from './approval-policy';
import type { ChangeType } from './change-request';
import type { Risk } from './ratings';

describe('approvalPolicyOf', () => {
  it.each<[ChangeType, Risk | null, ApprovalPolicy | null]>([
    ['STANDARD', null, { board: 'PRE_AUTHORISED', quorum: 0, changeManagerRequired: false }],
    ['STANDARD', 'HIGH', { board: 'PRE_AUTHORISED', quorum: 0, changeManagerRequired: false }],
    ['EMERGENCY', 'LOW', { board: 'ECAB', quorum: 2, changeManagerRequired: true }],
    ['EMERGENCY', 'HIGH', { board: 'ECAB', quorum: 2, changeManagerRequired: true }],
    ['EMERGENCY', null, { board: 'ECAB', quorum: 2, changeManagerRequired: true }],
    ['NORMAL', 'LOW', { board: 'CHANGE_MANAGER', quorum: 1, changeManagerRequired: true }],
    ['NORMAL', 'MEDIUM', { board: 'CAB', quorum: 2, changeManagerRequired: false }],
    ['NORMAL', 'HIGH', { board: 'CAB', quorum: 3, changeManagerRequired: true }],
    ['NORMAL', null, null],
  ])('%s at risk %s: %j', (type, risk, policy) => {
    expect(approvalPolicyOf(type, risk)).toEqual(policy);
  });
});

const approve = (approver: string, approverRole: Decision['approverRole'] = 'CAB_MEMBER') =>
  ({ approver, approverRole, decision: 'APPROVED' }) as const;
const reject = (approver: string) =>
  ({ approver, approverRole: 'CAB_MEMBER', decision: 'REJECTED' }) as const;

describe('standingOf', () => {
  const low = approvalPolicyOf('NORMAL', 'LOW')!;
  const medium = approvalPolicyOf('NORMAL', 'MEDIUM')!;
  const high = approvalPolicyOf('NORMAL', 'HIGH')!;
  const ecab = approvalPolicyOf('EMERGENCY', null)!;
  const standard = approvalPolicyOf('STANDARD', null)!;

  it.each<[string, ApprovalPolicy, Decision[], string]>([
    ['LOW, no decision yet', low, [], 'PENDING'],
    ['LOW, a CAB member alone', low, [approve('ana')], 'PENDING'],
    ['LOW, a change manager', low, [approve('dewi', 'CHANGE_MANAGER')], 'MET'],
    ['MEDIUM, one approver', medium, [approve('ana')], 'PENDING'],
    ['MEDIUM, two CAB members', medium, [approve('ana'), approve('budi')], 'MET'],
    ['HIGH, three CAB members', high, [approve('a'), approve('b'), approve('c')], 'PENDING'],
    [
      'HIGH, two CAB members and a change manager',
      high,
      [approve('a'), approve('b'), approve('dewi', 'CHANGE_MANAGER')],
      'MET',
    ],
    [
      'HIGH, the quorum counts people, not decisions',
      high,
      [approve('a'), approve('a'), approve('dewi', 'CHANGE_MANAGER')],
      'PENDING',
    ],
    ['ECAB, two CAB members', ecab, [approve('a'), approve('b')], 'PENDING'],
    ['ECAB, a change manager alone', ecab, [approve('dewi', 'CHANGE_MANAGER')], 'PENDING'],
    [
      'ECAB, change manager and CAB member',
      ecab,
      [approve('a'), approve('d', 'CHANGE_MANAGER')],
      'MET',
    ],
    ['MEDIUM, one rejection among approvals', medium, [approve('a'), reject('b')], 'REJECTED'],
    ['ECAB, a single rejection', ecab, [reject('b')], 'REJECTED'],
    ['STANDARD, nobody', standard, [], 'MET'],
  ])('%s: %s', (_case, policy, decisions, standing) => {
    expect(standingOf(policy, decisions)).toBe(standing);
  });
});

describe('approverRoleOf', () => {
  it.each<[string[], string | null]>([
    [['CHANGE_MANAGER'], 'CHANGE_MANAGER'],
    [['CAB_MEMBER'], 'CAB_MEMBER'],
    [['CAB_MEMBER', 'CHANGE_MANAGER'], 'CHANGE_MANAGER'],
    [['ADMIN'], null],
    [['ANALYST', 'ACCOUNT_MANAGER'], null],
  ])('%j approves as %s', (roles, role) => {
    expect(approverRoleOf(roles)).toBe(role);
  });
});
