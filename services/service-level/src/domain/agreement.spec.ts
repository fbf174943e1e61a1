import { parseInput, ValidationError } from '@itsm/platform';
import { checkParent, checkTransition, draftAgreementSchema, missingParties } from './agreement';

const CUSTOMER = '0b9f3c1e-5a2d-4e6f-8a7b-1c2d3e4f5a6b';
const EMAIL = '7d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a';
const PAYROLL = 'c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f';

const customerBased = {
  name: 'Marketing services',
  type: 'CUSTOMER_BASED',
  customerId: CUSTOMER,
  serviceIds: [EMAIL, PAYROLL],
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validTo: new Date('2026-12-31T00:00:00Z'),
};

const serviceBased = { name: 'E-mail for everyone', type: 'SERVICE_BASED', serviceIds: [EMAIL] };

/** The field a client is told is at fault. */
function faultyField(input: unknown): string | undefined {
  try {
    parseInput(draftAgreementSchema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.extensions.field as string;
    throw error;
  }
  return undefined;
}

describe('draftAgreementSchema', () => {
  it.each([
    ['a customer-based agreement', customerBased],
    ['a service-based agreement', serviceBased],
    ['a multi-level agreement', { ...customerBased, type: 'MULTI_LEVEL', level: 'CORPORATE' }],
    ['an open-ended validity', { ...customerBased, validTo: null }],
  ])('accepts %s', (_case, input) => {
    expect(faultyField(input)).toBeUndefined();
  });

  it.each([
    ['an empty name', { ...customerBased, name: '   ' }, 'input.name'],
    ['a name over 200 characters', { ...customerBased, name: 'x'.repeat(201) }, 'input.name'],
    ['an unknown type', { ...customerBased, type: 'CORPORATE' }, 'input.type'],
    [
      'a customer-based agreement without a customer',
      { ...customerBased, customerId: null },
      'input.customerId',
    ],
    [
      'a multi-level agreement without a customer',
      { ...customerBased, type: 'MULTI_LEVEL', customerId: undefined },
      'input.customerId',
    ],
    [
      'a service-based agreement with a customer',
      { ...serviceBased, customerId: CUSTOMER },
      'input.customerId',
    ],
    [
      'a service-based agreement with two services',
      { ...serviceBased, serviceIds: [EMAIL, PAYROLL] },
      'input.serviceIds',
    ],
    ['a malformed customer id', { ...customerBased, customerId: 'acme' }, 'input.customerId'],
    ['no services', { ...customerBased, serviceIds: [] }, 'input.serviceIds'],
    [
      'a malformed service id',
      { ...customerBased, serviceIds: [EMAIL, '42'] },
      'input.serviceIds.1',
    ],
    ['a repeated service', { ...customerBased, serviceIds: [EMAIL, EMAIL] }, 'input.serviceIds'],
    [
      'a service repeated in another case',
      { ...customerBased, serviceIds: [EMAIL, EMAIL.toUpperCase()] },
      'input.serviceIds',
    ],
    [
      'a validity ending before it starts',
      { ...customerBased, validTo: new Date('2025-12-31T00:00:00Z') },
      'input.validTo',
    ],
    [
      'a validity ending as it starts',
      { ...customerBased, validTo: customerBased.validFrom },
      'input.validTo',
    ],
  ])('rejects %s, naming the field', (_case, input, field) => {
    expect(faultyField(input)).toBe(field);
  });

  it('trims the name, lower-cases ids and fills the optional fields with null', () => {
    const draft = parseInput(draftAgreementSchema, {
      ...serviceBased,
      name: '  E-mail  ',
      serviceIds: [EMAIL.toUpperCase()],
    });
    expect(draft).toEqual({
      name: 'E-mail',
      type: 'SERVICE_BASED',
      customerId: null,
      serviceIds: [EMAIL],
      level: null,
      parentId: null,
      validFrom: null,
      validTo: null,
      reviewDate: null,
    });
  });
});

describe('multi-level terms', () => {
  const multi = { ...customerBased, type: 'MULTI_LEVEL' };
  const PARENT = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';

  it.each([
    ['a multi-level agreement without a level', multi, 'input.level'],
    [
      'a CORPORATE level with a parent',
      { ...multi, level: 'CORPORATE', parentId: PARENT },
      'input.parentId',
    ],
    ['a CUSTOMER level without a parent', { ...multi, level: 'CUSTOMER' }, 'input.parentId'],
    [
      'a SERVICE level over two services',
      { ...multi, level: 'SERVICE', parentId: PARENT },
      'input.serviceIds',
    ],
    [
      'a level on a customer-based agreement',
      { ...customerBased, level: 'CUSTOMER' },
      'input.level',
    ],
    [
      'a parent of a customer-based agreement',
      { ...customerBased, parentId: PARENT },
      'input.parentId',
    ],
  ])('rejects %s, naming the field', (_case, input, field) => {
    expect(faultyField(input)).toBe(field);
  });

  const corporate = {
    id: PARENT,
    type: 'MULTI_LEVEL' as const,
    level: 'CORPORATE' as const,
    customerId: CUSTOMER,
  };

  it('accepts a CUSTOMER level under the CORPORATE level of its customer, within its services', () => {
    expect(() =>
      checkParent({ level: 'CUSTOMER', customerId: CUSTOMER, serviceIds: [EMAIL] }, corporate, [
        EMAIL,
        PAYROLL,
      ]),
    ).not.toThrow();
  });

  it.each([
    [
      'a SERVICE level straight under CORPORATE',
      { level: 'SERVICE' as const, customerId: CUSTOMER, serviceIds: [EMAIL] },
      corporate,
      'input.parentId',
    ],
    [
      'another customer',
      { level: 'CUSTOMER' as const, customerId: PAYROLL, serviceIds: [EMAIL] },
      corporate,
      'input.parentId',
    ],
    [
      'a service the level above does not cover',
      { level: 'CUSTOMER' as const, customerId: CUSTOMER, serviceIds: [PAYROLL] },
      { ...corporate },
      'input.serviceIds',
    ],
    [
      'a customer-based parent',
      { level: 'CUSTOMER' as const, customerId: CUSTOMER, serviceIds: [EMAIL] },
      { ...corporate, type: 'CUSTOMER_BASED' as const, level: null },
      'input.parentId',
    ],
  ])('refuses %s', (_case, draft, parent, field) => {
    expect(() => checkParent(draft, parent, [EMAIL])).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field }) }),
    );
  });
});

describe('the agreement lifecycle', () => {
  it.each([
    ['DRAFT', 'NEGOTIATING'],
    ['NEGOTIATING', 'AGREED'],
    ['NEGOTIATING', 'DRAFT'],
    ['AGREED', 'ACTIVE'],
    ['ACTIVE', 'UNDER_REVIEW'],
    ['UNDER_REVIEW', 'ACTIVE'],
    ['UNDER_REVIEW', 'NEGOTIATING'],
    ['ACTIVE', 'EXPIRED'],
    ['ACTIVE', 'TERMINATED'],
    ['DRAFT', 'TERMINATED'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(() => checkTransition(from, to)).not.toThrow();
  });

  it.each([
    ['DRAFT', 'ACTIVE', 'NEGOTIATING, TERMINATED'],
    ['NEGOTIATING', 'ACTIVE', 'DRAFT, AGREED, TERMINATED'],
    ['ACTIVE', 'DRAFT', 'UNDER_REVIEW, EXPIRED, TERMINATED'],
    ['EXPIRED', 'ACTIVE', 'nothing'],
    ['TERMINATED', 'DRAFT', 'nothing'],
  ] as const)('refuses %s → %s as CONFLICT, naming what is allowed', (from, to, allowed) => {
    expect(() => checkTransition(from, to)).toThrow(
      `The agreement is ${from}; it can move to ${allowed}, not ${to}`,
    );
  });

  it('needs both parties to sign', () => {
    expect(missingParties([])).toEqual(['PROVIDER', 'CUSTOMER']);
    expect(missingParties(['CUSTOMER', 'CUSTOMER'])).toEqual(['PROVIDER']);
    expect(missingParties(['PROVIDER', 'CUSTOMER'])).toEqual([]);
  });
});
