import {
  affectedCustomerIds,
  createReleaseSchema,
  customersAwaitingSignOff,
  releaseReference,
  signOffSchema,
} from './release';

const CUSTOMER_A = '11111111-1111-4111-8111-111111111111';
const CUSTOMER_B = '22222222-2222-4222-8222-222222222222';

describe('customersAwaitingSignOff', () => {
  const signed = (customerId: string) => ({
    customerId,
    signedOffAt: new Date('2026-06-01T10:00Z'),
  });
  const defined = (customerId: string) => ({ customerId, signedOffAt: null });

  it.each([
    ['no affected customer', [], [], []],
    ['nothing recorded', [CUSTOMER_A, CUSTOMER_B], [], [CUSTOMER_A, CUSTOMER_B]],
    ['criteria defined but not signed off', [CUSTOMER_A], [defined(CUSTOMER_A)], [CUSTOMER_A]],
    ['one of two signed off', [CUSTOMER_A, CUSTOMER_B], [signed(CUSTOMER_B)], [CUSTOMER_A]],
    [
      'every one signed off',
      [CUSTOMER_A, CUSTOMER_B],
      [signed(CUSTOMER_A), signed(CUSTOMER_B)],
      [],
    ],
  ])('%s', (_case, affected, acceptances, awaiting) => {
    expect(customersAwaitingSignOff(affected, acceptances)).toEqual(awaiting);
  });
});

describe('affectedCustomerIds: who must sign off a release', () => {
  const CUSTOMER_C = '33333333-3333-4333-8333-333333333333';
  const CUSTOMER_D = '44444444-4444-4444-8444-444444444444';
  const [PAYMENTS, MAIL] = ['s-payments', 's-mail'];
  const dependsOn = (
    customerId: string,
    serviceId: string,
    criticality: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW',
  ) => ({ customerId, serviceId, criticality });

  it.each([
    [
      'no change raised for a customer, no dependents',
      [{ customerId: null, serviceIds: [PAYMENTS] }],
      [],
      [],
    ],
    [
      'the customers raised for, each once, in change order',
      [
        { customerId: CUSTOMER_B, serviceIds: [PAYMENTS] },
        { customerId: CUSTOMER_A, serviceIds: [MAIL] },
        { customerId: CUSTOMER_B, serviceIds: [MAIL] },
      ],
      [],
      [CUSTOMER_B, CUSTOMER_A],
    ],
    [
      'then the CRITICAL and HIGH dependents of the changed services',
      [{ customerId: CUSTOMER_A, serviceIds: [PAYMENTS] }],
      [
        dependsOn(CUSTOMER_B, PAYMENTS, 'HIGH'),
        dependsOn(CUSTOMER_C, PAYMENTS, 'CRITICAL'),
        dependsOn(CUSTOMER_D, PAYMENTS, 'MEDIUM'),
      ],
      [CUSTOMER_A, CUSTOMER_B, CUSTOMER_C],
    ],
    [
      'not the MEDIUM or LOW ones',
      [{ customerId: null, serviceIds: [PAYMENTS] }],
      [dependsOn(CUSTOMER_C, PAYMENTS, 'MEDIUM'), dependsOn(CUSTOMER_D, PAYMENTS, 'LOW')],
      [],
    ],
    [
      'not the dependents of services no change affects',
      [{ customerId: null, serviceIds: [PAYMENTS] }],
      [dependsOn(CUSTOMER_C, MAIL, 'CRITICAL')],
      [],
    ],
    [
      'a customer raised for and depending once',
      [{ customerId: CUSTOMER_A, serviceIds: [PAYMENTS, MAIL] }],
      [dependsOn(CUSTOMER_A, PAYMENTS, 'CRITICAL'), dependsOn(CUSTOMER_B, MAIL, 'HIGH')],
      [CUSTOMER_A, CUSTOMER_B],
    ],
  ])('%s', (_case, changes, dependencies, affected) => {
    expect(affectedCustomerIds(changes, dependencies)).toEqual(affected);
  });
});

describe('release inputs', () => {
  it.each([
    ['no change requests', { name: 'R1', changeRequestIds: [] }, 'changeRequestIds'],
    [
      'a repeated change request',
      { name: 'R1', changeRequestIds: [CUSTOMER_A, CUSTOMER_A] },
      'changeRequestIds',
    ],
    ['a blank name', { name: ' ', changeRequestIds: [CUSTOMER_A] }, 'name'],
  ])('createRelease refuses %s', (_case, input, field) => {
    expect(createReleaseSchema.safeParse(input).error?.issues[0]?.path.join('.')).toBe(field);
  });

  it('a sign-off names the contact by id and name', () => {
    const input = {
      releaseId: CUSTOMER_A,
      customerId: CUSTOMER_B,
      contactId: 'x',
      contactName: 'Sari',
    };
    expect(signOffSchema.safeParse(input).error?.issues[0]?.path.join('.')).toBe('contactId');
  });

  it('numbers releases REL- and six digits', () => {
    expect(releaseReference('7')).toBe('REL-000007');
  });
});
