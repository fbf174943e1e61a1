import type { ChangeState } from './change-request';
import { seenByCustomers } from './change-visibility';

const MINE = 'c-mine';
const THEIRS = 'c-theirs';
const DEPENDED = 's-depended';
const OTHER = 's-other';
const scope = { customerIds: [MINE], dependedServiceIds: new Set([DEPENDED]) };

describe('which changes a customer-scoped caller sees', () => {
  it.each<[string, string | null, ChangeState, string[], boolean]>([
    ['raised for its customer, as a draft', MINE, 'DRAFT', [OTHER], true],
    ['raised for its customer, cancelled', MINE, 'CANCELLED', [OTHER], true],
    ["another's draft on a service it depends on", THEIRS, 'DRAFT', [DEPENDED], false],
    ["another's submitted change on it", THEIRS, 'SUBMITTED', [DEPENDED], false],
    ["another's assessed change on it", THEIRS, 'ASSESSED', [DEPENDED], false],
    ["another's authorised change on it", THEIRS, 'AUTHORIZED', [OTHER, DEPENDED], true],
    ["another's scheduled change on it", THEIRS, 'SCHEDULED', [DEPENDED], true],
    ["another's change under way on it", THEIRS, 'IMPLEMENTING', [DEPENDED], true],
    ["another's implemented change on it", THEIRS, 'IMPLEMENTED', [DEPENDED], true],
    ["another's failed change on it", THEIRS, 'FAILED', [DEPENDED], true],
    ["another's reviewed change on it", THEIRS, 'REVIEWED', [DEPENDED], true],
    ["another's closed change on it", THEIRS, 'CLOSED', [DEPENDED], true],
    ["another's rejected change on it", THEIRS, 'REJECTED', [DEPENDED], false],
    ["another's cancelled change on it", THEIRS, 'CANCELLED', [DEPENDED], false],
    ["another's scheduled change elsewhere", THEIRS, 'SCHEDULED', [OTHER], false],
    ['an internal scheduled change on it', null, 'SCHEDULED', [DEPENDED], true],
    ['an internal scheduled change elsewhere', null, 'SCHEDULED', [OTHER], false],
  ])('%s', (_case, customerId, state, serviceIds, seen) => {
    expect(seenByCustomers({ customerId, state }, serviceIds, scope)).toBe(seen);
  });

  it('sees no change of another through a caller without dependencies', () => {
    const none = { customerIds: [MINE], dependedServiceIds: new Set<string>() };
    expect(seenByCustomers({ customerId: THEIRS, state: 'SCHEDULED' }, [DEPENDED], none)).toBe(
      false,
    );
  });
});
