import { randomUUID } from 'node:crypto';
import type { TestSubgraph } from '@itsm/testkit';
import {
  ADMIN,
  ANALYST,
  customerCaller,
  eventsOf,
  expectBadInput,
  expectConflict,
  MANAGER,
  mutationOf,
  READ_ONLY_ROLES,
  refused,
  registerCustomer,
  type RegisteredCustomer,
  startPortfolio,
  succeed,
  TestClock,
  walkPages,
} from './portfolio-test-kit';

const OPPORTUNITY_FIELDS = /* GraphQL */ `
  fragment OpportunityFields on Opportunity {
    id
    customer {
      id
    }
    title
    requirement
    expectedBenefit
    estimatedCost {
      amount
      currency
    }
    desiredOutcome
    service {
      id
    }
    state
    allowedTransitions
    signedOffBy {
      name
    }
    signedOffAt
    identifiedBy
    identifiedAt
    history {
      fromState
      toState
      actor
      note
      occurredAt
    }
  }
`;

const IDENTIFY = mutationOf('identifyOpportunity', 'IdentifyOpportunityInput', OPPORTUNITY_FIELDS);
const UPDATE = mutationOf('updateOpportunity', 'UpdateOpportunityInput', OPPORTUNITY_FIELDS);
const SIGN_OFF = mutationOf('signOffOpportunity', 'SignOffOpportunityInput', OPPORTUNITY_FIELDS);
const ADVANCE = mutationOf('advanceOpportunity', 'AdvanceOpportunityInput', OPPORTUNITY_FIELDS);

const OPPORTUNITY = /* GraphQL */ `
  query ($id: ID!) {
    opportunity(id: $id) {
      ...OpportunityFields
    }
  }
  ${OPPORTUNITY_FIELDS}
`;

const OPPORTUNITIES = /* GraphQL */ `
  query ($filter: OpportunityFilter, $first: Int, $after: String) {
    opportunities(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          title
          state
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const CUSTOMER_OPPORTUNITIES = /* GraphQL */ `
  query ($id: ID!) {
    customer(id: $id) {
      opportunities {
        title
      }
    }
  }
`;

const ADD_CONTACT = /* GraphQL */ `
  mutation ($input: AddContactInput!) {
    addContact(input: $input) {
      id
    }
  }
`;

const clock = new TestClock(new Date('2026-04-01T08:00:00Z'));
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startPortfolio({ clock: clock.now });
});
afterAll(() => subgraph.stop());

const ewallet = (customerId: string, overrides: Record<string, unknown> = {}) => ({
  customerId,
  title: 'E-wallet payments',
  requirement: 'Buyers pay from their e-wallets at checkout.',
  expectedBenefit: 'Five percent more completed checkouts.',
  estimatedCost: { amount: 150000000, currency: 'IDR' },
  desiredOutcome: 'E-wallets carry a fifth of payments within a year.',
  ...overrides,
});

async function identify(customer: RegisteredCustomer, overrides: Record<string, unknown> = {}) {
  return succeed(subgraph, MANAGER, IDENTIFY, { input: ewallet(customer.id, overrides) });
}

async function read(id: string) {
  return succeed(subgraph, ANALYST, OPPORTUNITY, { id });
}

describe('an opportunity through its lifecycle', () => {
  it('is identified, assessed, signed off, approved and put in the portfolio', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const serviceId = randomUUID();
    const identifiedAt = clock.now();
    const identified = await identify(customer, { serviceId });
    expect(identified).toMatchObject({
      customer: { id: customer.id },
      estimatedCost: { amount: 150000000, currency: 'IDR' },
      service: { id: serviceId },
      state: 'IDENTIFIED',
      allowedTransitions: ['ASSESSED', 'REJECTED'],
      signedOffBy: null,
      identifiedBy: 'rina.brm',
      identifiedAt: identifiedAt.toISOString(),
      history: [],
    });

    const assessedAt = clock.advance(60);
    const assessed = await succeed(subgraph, MANAGER, ADVANCE, {
      input: { id: identified.id, state: 'ASSESSED', note: 'Fits the payment platform' },
    });
    expect(assessed).toMatchObject({ state: 'ASSESSED', allowedTransitions: ['REJECTED'] });

    const early = await subgraph.query(MANAGER, ADVANCE, {
      input: { id: identified.id, state: 'APPROVED' },
    });
    expect(expectConflict(early, 'ASSESSED', ['REJECTED']).message).toContain(
      'APPROVED needs the customer’s sign-off first',
    );

    const signedAt = clock.advance(60 * 24);
    const signed = await succeed(subgraph, MANAGER, SIGN_OFF, {
      input: { id: identified.id, contactId: customer.contacts[0]!.id },
    });
    expect(signed).toMatchObject({
      state: 'ASSESSED',
      signedOffBy: { name: 'Sari Wijaya' },
      signedOffAt: signedAt.toISOString(),
      allowedTransitions: ['APPROVED', 'REJECTED'],
    });

    const approvedAt = clock.advance(60);
    await succeed(subgraph, ADMIN, ADVANCE, { input: { id: identified.id, state: 'APPROVED' } });
    const portfolioAt = clock.advance(60);
    const done = await succeed(subgraph, MANAGER, ADVANCE, {
      input: { id: identified.id, state: 'IN_PORTFOLIO', note: 'Added as a new service' },
    });
    expect(done).toMatchObject({ state: 'IN_PORTFOLIO', allowedTransitions: [] });
    expect(done.history).toEqual([
      {
        fromState: 'IDENTIFIED',
        toState: 'ASSESSED',
        actor: 'rina.brm',
        note: 'Fits the payment platform',
        occurredAt: assessedAt.toISOString(),
      },
      {
        fromState: 'ASSESSED',
        toState: 'APPROVED',
        actor: 'ada.admin',
        note: null,
        occurredAt: approvedAt.toISOString(),
      },
      {
        fromState: 'APPROVED',
        toState: 'IN_PORTFOLIO',
        actor: 'rina.brm',
        note: 'Added as a new service',
        occurredAt: portfolioAt.toISOString(),
      },
    ]);
    expect(await read(identified.id)).toEqual(done);

    const events = await eventsOf(subgraph, identified.id);
    expect(events.map(({ type, data }) => [type.split('.')[3], data.state])).toEqual([
      ['identified', 'IDENTIFIED'],
      ['advanced', 'ASSESSED'],
      ['signed-off', 'ASSESSED'],
      ['advanced', 'APPROVED'],
      ['advanced', 'IN_PORTFOLIO'],
    ]);
  });

  it('refuses every move out of IN_PORTFOLIO and REJECTED', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const rejected = await identify(customer);
    await succeed(subgraph, MANAGER, ADVANCE, {
      input: { id: rejected.id, state: 'REJECTED', note: 'No budget this year' },
    });
    for (const state of ['IDENTIFIED', 'ASSESSED', 'APPROVED', 'IN_PORTFOLIO', 'REJECTED']) {
      expectConflict(
        await subgraph.query(MANAGER, ADVANCE, { input: { id: rejected.id, state, note: 'x' } }),
        'REJECTED',
        [],
      );
    }
    expectConflict(
      await subgraph.query(MANAGER, SIGN_OFF, {
        input: { id: rejected.id, contactId: customer.contacts[0]!.id },
      }),
      'REJECTED',
      ['IDENTIFIED', 'ASSESSED'],
    );
    expectConflict(
      await subgraph.query(MANAGER, UPDATE, { input: { id: rejected.id, title: 'Revived' } }),
      'REJECTED',
      ['IDENTIFIED', 'ASSESSED'],
    );
    expect(await read(rejected.id)).toMatchObject({
      state: 'REJECTED',
      title: 'E-wallet payments',
    });
  });

  it('refuses to skip assessment', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const identified = await identify(customer);
    await succeed(subgraph, MANAGER, SIGN_OFF, {
      input: { id: identified.id, contactId: customer.contacts[0]!.id },
    });
    expectConflict(
      await subgraph.query(MANAGER, ADVANCE, { input: { id: identified.id, state: 'APPROVED' } }),
      'IDENTIFIED',
      ['ASSESSED', 'REJECTED'],
    );
  });

  it('voids the sign-off when the business case changes, not when the title does', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const identified = await identify(customer);
    await succeed(subgraph, MANAGER, SIGN_OFF, {
      input: { id: identified.id, contactId: customer.contacts[0]!.id },
    });
    const retitled = await succeed(subgraph, MANAGER, UPDATE, {
      input: { id: identified.id, title: 'E-wallet and QRIS payments' },
    });
    expect(retitled.signedOffBy).toEqual({ name: 'Sari Wijaya' });
    const recosted = await succeed(subgraph, MANAGER, UPDATE, {
      input: { id: identified.id, estimatedCost: { amount: 180000000, currency: 'IDR' } },
    });
    expect(recosted).toMatchObject({
      signedOffBy: null,
      signedOffAt: null,
      estimatedCost: { amount: 180000000, currency: 'IDR' },
    });
    const updates = (await eventsOf(subgraph, identified.id))
      .filter(({ type }) => type.includes('.updated.'))
      .map(({ data }) => [data.changedFields, data.signOffVoided]);
    expect(updates).toEqual([
      [['title'], false],
      [['estimatedCost'], true],
    ]);
  });
});

describe('bad input', () => {
  it.each([
    ['a blank title', 'input.title', { title: ' ' }],
    ['a blank requirement', 'input.requirement', { requirement: '' }],
    ['a blank expected benefit', 'input.expectedBenefit', { expectedBenefit: ' ' }],
    ['a blank desired outcome', 'input.desiredOutcome', { desiredOutcome: '' }],
    [
      'a cost with three decimals',
      'input.estimatedCost.amount',
      { estimatedCost: { amount: 1.001, currency: 'IDR' } },
    ],
    [
      'a cost in no currency',
      'input.estimatedCost.currency',
      { estimatedCost: { amount: 1, currency: '' } },
    ],
    ['a malformed service id', 'input.serviceId', { serviceId: 'payments' }],
    ['a malformed customer id', 'input.customerId', { customerId: 'MKT' }],
  ])('identifying with %s is refused on %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    expectBadInput(
      await subgraph.query(MANAGER, IDENTIFY, { input: ewallet(customer.id, change) }),
      field,
    );
    const list = await succeed(subgraph, ANALYST, CUSTOMER_OPPORTUNITIES, { id: customer.id });
    expect(list.opportunities).toEqual([]);
  });

  it('rejecting without a reason is refused on input.note', async () => {
    const customer = await registerCustomer(subgraph);
    const identified = await identify(customer);
    expectBadInput(
      await subgraph.query(MANAGER, ADVANCE, { input: { id: identified.id, state: 'REJECTED' } }),
      'input.note',
    );
    expect((await read(identified.id)).state).toBe('IDENTIFIED');
  });

  it('a null title in an update is refused on input.title', async () => {
    const customer = await registerCustomer(subgraph);
    const identified = await identify(customer);
    expectBadInput(
      await subgraph.query(MANAGER, UPDATE, { input: { id: identified.id, title: null } }),
      'input.title',
    );
  });

  it.each([
    ['a key user', 'keyUser', 'BAD_USER_INPUT'],
    ['a contact of another customer', 'other', 'BAD_USER_INPUT'],
    ['an unknown contact', 'unknown', 'NOT_FOUND'],
  ])('a sign-off by %s is refused on input.contactId', async (_, who, code) => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const other = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const contactId =
      who === 'other'
        ? other.contacts[0]!.id
        : who === 'unknown'
          ? randomUUID()
          : (
              await succeed(subgraph, MANAGER, ADD_CONTACT, {
                input: { customerId: customer.id, name: 'Budi', roles: ['KEY_USER'] },
              })
            ).id;
    const identified = await identify(customer);
    const response = await subgraph.query(MANAGER, SIGN_OFF, {
      input: { id: identified.id, contactId },
    });
    expect(refused(response, code).extensions!.field).toBe('input.contactId');
    expect((await read(identified.id)).signedOffBy).toBeNull();
  });

  it('unknown opportunities and customers are NOT_FOUND', async () => {
    for (const [document, input] of [
      [UPDATE, { id: randomUUID(), title: 'x' }],
      [SIGN_OFF, { id: randomUUID(), contactId: randomUUID() }],
      [ADVANCE, { id: randomUUID(), state: 'ASSESSED' }],
    ] as const) {
      expect(
        refused(await subgraph.query(MANAGER, document, { input }), 'NOT_FOUND').extensions!.field,
      ).toBe('input.id');
    }
    const noCustomer = await subgraph.query(MANAGER, IDENTIFY, { input: ewallet(randomUUID()) });
    expect(refused(noCustomer, 'NOT_FOUND').extensions!.field).toBe('input.customerId');
    refused(await subgraph.query(ANALYST, OPPORTUNITY, { id: randomUUID() }), 'NOT_FOUND');
  });
});

describe('roles', () => {
  it.each(READ_ONLY_ROLES)('refuses every opportunity mutation to the role %s', async (role) => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const identified = await identify(customer);
    const caller = { roles: [role], customerIds: [customer.id] };
    for (const [document, input] of [
      [IDENTIFY, ewallet(customer.id)],
      [UPDATE, { id: identified.id, title: 'Mine' }],
      [SIGN_OFF, { id: identified.id, contactId: customer.contacts[0]!.id }],
      [ADVANCE, { id: identified.id, state: 'ASSESSED' }],
    ] as const) {
      refused(await subgraph.query(caller, document, { input }), 'FORBIDDEN');
    }
    expect(await read(identified.id)).toMatchObject({
      state: 'IDENTIFIED',
      title: 'E-wallet payments',
      signedOffBy: null,
    });
    expect(
      (await succeed(subgraph, ANALYST, CUSTOMER_OPPORTUNITIES, { id: customer.id })).opportunities,
    ).toHaveLength(1);
  });

  it('hides opportunities from a CUSTOMER caller, even its own', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const identified = await identify(customer);
    const caller = customerCaller(customer.id);
    refused(await subgraph.query(caller, OPPORTUNITY, { id: identified.id }), 'FORBIDDEN');
    refused(await subgraph.query(caller, OPPORTUNITIES, {}), 'FORBIDDEN');
    const nested = await subgraph.query(caller, CUSTOMER_OPPORTUNITIES, { id: customer.id });
    expect(nested.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('opportunities', () => {
  it('lists the most recent first, by customer and by state, one page at a time', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const titles = ['First', 'Second', 'Third', 'Fourth'];
    const ids: string[] = [];
    for (const title of titles) {
      clock.advance(1);
      ids.push((await identify(customer, { title })).id);
    }
    await succeed(subgraph, MANAGER, ADVANCE, {
      input: { id: ids[1], state: 'REJECTED', note: 'Duplicate' },
    });

    const seen = await walkPages(
      subgraph,
      ANALYST,
      OPPORTUNITIES,
      { filter: { customerId: customer.id } },
      3,
    );
    expect(seen.map(({ title }: any) => title)).toEqual(['Fourth', 'Third', 'Second', 'First']);

    const rejected = await succeed(subgraph, ANALYST, OPPORTUNITIES, {
      filter: { customerId: customer.id, state: 'REJECTED' },
    });
    expect(rejected.edges.map((edge: any) => edge.node.title)).toEqual(['Second']);
    const nested = await succeed(subgraph, ANALYST, CUSTOMER_OPPORTUNITIES, { id: customer.id });
    expect(nested.opportunities.map(({ title }: any) => title)).toEqual([...titles].reverse());
  });

  it('refuses a forged cursor on after', async () => {
    expectBadInput(
      await subgraph.query(ANALYST, OPPORTUNITIES, { after: 'bm90LWEtY3Vyc29y' }),
      'after',
    );
  });
});
