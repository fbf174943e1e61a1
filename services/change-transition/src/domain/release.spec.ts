import {
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
