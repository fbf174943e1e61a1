import {
  type Caller,
  callerSchema,
  canReadCustomer,
  isCustomerScoped,
  requireAnyRole,
} from './caller';

const as = (roles: Caller['roles'], customerIds: string[] = []): Caller => ({
  subject: 'someone',
  roles,
  customerIds,
});

describe('roles', () => {
  it.each([
    [['ADMIN'], true],
    [['ACCOUNT_MANAGER'], true],
    [['ANALYST', 'ACCOUNT_MANAGER'], true],
    [['ANALYST'], false],
    [['CUSTOMER'], false],
  ] as const)('%j may register customers: %s', (roles, allowed) => {
    const attempt = () => requireAnyRole(as([...roles]), ['ACCOUNT_MANAGER'], 'registerCustomer');
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(/registerCustomer requires one of the roles ACCOUNT_MANAGER/);
  });

  it('accepts only ids as customer scope, in their canonical form', () => {
    const id = '8B3C8A4E-0D4C-4A51-9F0B-6F1D2B8F3E11';
    const parse = (customerIds: string[]) =>
      callerSchema.safeParse({ subject: 's', roles: ['CUSTOMER'], customerIds });
    expect(parse([id]).data?.customerIds).toEqual([id.toLowerCase()]);
    expect(parse(['nope']).success).toBe(false);
  });

  it('scopes a CUSTOMER caller to its own customers, and nobody else', () => {
    const customer = as(['CUSTOMER'], ['c-1']);
    expect(isCustomerScoped(customer)).toBe(true);
    expect(canReadCustomer(customer, 'c-1')).toBe(true);
    expect(canReadCustomer(customer, 'c-2')).toBe(false);
    expect(canReadCustomer(customer, null)).toBe(false);
    expect(isCustomerScoped(as(['ANALYST']))).toBe(false);
    expect(canReadCustomer(as(['ANALYST']), 'c-2')).toBe(true);
  });
});
