import { refusalOf } from '../portfolio-test-kit';
import { parseInput } from '@itsm/platform';
import {
  assertContactOf,
  assertKeepsDecisionMaker,
  assertMaySignFor,
  type ContactFacts,
  stakeholdersOf,
} from './contact';
import { recordRevenueSchema, registerCustomerSchema } from './customer';
import { isOverdue } from './objective';
import { byImpact } from './service-dependency';

const customerId = '0b6f5a52-8d1e-4c3a-9f27-5e1d2c3b4a01';

describe('an ACTIVE customer keeps a DECISION_MAKER', () => {
  it.each([
    ['ACTIVE', 0, true],
    ['ACTIVE', 1, false],
    ['PROSPECT', 0, false],
    ['FORMER', 0, false],
  ])('a %s customer left with %d decision makers: refused %s', (status, remaining, refused) => {
    const error = refusalOf(() => assertKeepsDecisionMaker({ code: 'MKT-01', status }, remaining));
    expect(error?.extensions.code).toBe(refused ? 'CONFLICT' : undefined);
  });

  it.each([
    ['PROSPECT', [], undefined],
    ['ACTIVE', [], 'input.contacts'],
    ['ACTIVE', [{ name: 'Budi', roles: ['KEY_USER'] }], 'input.contacts'],
    ['ACTIVE', [{ name: 'Sari', roles: ['SPONSOR', 'DECISION_MAKER'] }], undefined],
  ])('registering as %s with contacts %j: fault on %s', (status, contacts, field) => {
    const error = refusalOf(() =>
      parseInput(registerCustomerSchema, {
        code: 'MKT-01',
        name: 'Marketplace',
        tier: 'KEY',
        accountManager: 'rina.brm',
        status,
        contacts,
      }),
    );
    expect(error?.extensions.field).toBe(field);
  });
});

describe('who may sign for a customer', () => {
  const contact = (overrides: Partial<ContactFacts>): ContactFacts => ({
    id: 'c1',
    customerId,
    roles: ['DECISION_MAKER'],
    removedAt: null,
    ...overrides,
  });

  it.each([
    ['a decision maker', {}, undefined],
    ['a sponsor', { roles: ['SPONSOR', 'USER'] as const }, undefined],
    ['a key user', { roles: ['KEY_USER'] as const }, 'must be a DECISION_MAKER or SPONSOR'],
    ['a removed decision maker', { removedAt: new Date() }, 'the contact was removed'],
    [
      "another customer's decision maker",
      { customerId: '1c7a6b63-9e2f-4d4b-8a38-6f2e3d4c5b02' },
      'must be a contact of the same customer',
    ],
  ])('%s: %s', (_case, overrides, refusedBecause) => {
    const error = refusalOf(() => {
      const candidate = contact(overrides as Partial<ContactFacts>);
      assertContactOf(candidate, candidate.id, customerId, 'input.contactId');
      assertMaySignFor(candidate, 'input.contactId');
    });
    if (!refusedBecause) return expect(error).toBeUndefined();
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contactId' });
    expect(error?.message).toContain(refusedBecause);
  });

  it('reports an unknown contact as NOT_FOUND on the field', () => {
    const error = refusalOf(() => assertContactOf(undefined, 'c9', customerId, 'input.contactId'));
    expect(error?.extensions).toEqual({ code: 'NOT_FOUND', field: 'input.contactId' });
  });
});

describe('stakeholdersOf', () => {
  it('lists a contact under each of its roles, keeping the order', () => {
    const ani = { name: 'Ani', roles: ['DECISION_MAKER', 'SPONSOR'] as const };
    const budi = { name: 'Budi', roles: ['KEY_USER', 'USER'] as const };
    const citra = { name: 'Citra', roles: ['DECISION_MAKER', 'BILLING'] as const };
    expect(stakeholdersOf([ani, budi, citra])).toEqual({
      decisionMakers: [ani, citra],
      sponsors: [ani],
      keyUsers: [budi],
      users: [budi],
      billing: [citra],
    });
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-03-10T23:30:00Z');
  it.each([
    ['AGREED', '2026-03-09', true],
    ['AGREED', '2026-03-10', false],
    ['AGREED', '2026-03-11', false],
    ['DRAFT', '2026-03-01', false],
    ['ACHIEVED', '2026-03-01', false],
  ] as const)('a %s objective due %s: %s', (status, dueDate, overdue) => {
    expect(isOverdue({ status, dueDate }, now)).toBe(overdue);
  });
});

describe('byImpact', () => {
  it('puts the most critical first, then the most users', () => {
    const dependencies = [
      { id: 'a', criticality: 'LOW', userCount: 900 },
      { id: 'b', criticality: 'CRITICAL', userCount: 10 },
      { id: 'c', criticality: 'HIGH', userCount: 50 },
      { id: 'd', criticality: 'CRITICAL', userCount: 40 },
    ] as const;
    expect([...dependencies].sort(byImpact).map(({ id }) => id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('recordRevenueSchema', () => {
  const valid = { customerId, period: '2026-02', revenue: { amount: 1250.5, currency: 'idr' } };
  it('upper-cases the currency', () => {
    expect(parseInput(recordRevenueSchema, valid).revenue.currency).toBe('IDR');
  });
  it.each([
    [{ period: '2026-13' }, 'input.period'],
    [{ period: '2026-2' }, 'input.period'],
    [{ revenue: { amount: 1.005, currency: 'IDR' } }, 'input.revenue.amount'],
    [{ revenue: { amount: -1, currency: 'IDR' } }, 'input.revenue.amount'],
    [{ revenue: { amount: 1, currency: 'RUPIAH' } }, 'input.revenue.currency'],
  ])('refuses %j on %s', (change, field) => {
    const error = refusalOf(() => parseInput(recordRevenueSchema, { ...valid, ...change }));
    expect(error?.extensions.field).toBe(field);
  });
});
