import { randomUUID } from 'node:crypto';
import type { TestCaller, TestSubgraph } from '@itsm/testkit';
import {
  ADMIN,
  ANALYST,
  customerCaller,
  eventNamesOf,
  eventsOf,
  expectBadInput,
  expectConflict,
  MANAGER,
  newCustomerInput,
  OTHER_MANAGER,
  READ_ONLY_ROLES,
  REGISTER_CUSTOMER,
  refused,
  registerCustomer,
  startPortfolio,
  succeed,
  TestClock,
  uniqueCode,
  walkPages,
} from './portfolio-test-kit';

const CUSTOMER_VIEW = /* GraphQL */ `
  query Customer($id: ID!) {
    customer(id: $id) {
      id
      code
      name
      segment
      tier
      status
      accountManager
      relationshipLevel
      predictedAnnualValue {
        amount
        currency
      }
      relationshipHistory {
        fromLevel
        toLevel
        reason
        changedBy
        changedAt
      }
      revenue {
        period
        revenue {
          amount
          currency
        }
        recordedBy
      }
    }
  }
`;

const BASICS = /* GraphQL */ `
  query Customer($id: ID!) {
    customer(id: $id) {
      id
      name
      segment
      tier
      status
      accountManager
      relationshipLevel
    }
  }
`;

const UPDATE_CUSTOMER = /* GraphQL */ `
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      id
      name
      segment
      tier
      status
      accountManager
      predictedAnnualValue {
        amount
        currency
      }
    }
  }
`;

const CHANGE_LEVEL = /* GraphQL */ `
  mutation ChangeLevel($input: ChangeRelationshipLevelInput!) {
    changeRelationshipLevel(input: $input) {
      id
      relationshipLevel
    }
  }
`;

const RECORD_REVENUE = /* GraphQL */ `
  mutation RecordRevenue($input: RecordRevenueInput!) {
    recordRevenue(input: $input) {
      id
      revenue {
        period
        revenue {
          amount
          currency
        }
      }
    }
  }
`;

const CUSTOMERS = /* GraphQL */ `
  query Customers($filter: CustomerFilter, $first: Int, $after: String) {
    customers(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          code
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const clock = new TestClock();
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startPortfolio({ clock: clock.now });
});
afterAll(() => subgraph.stop());

async function view(id: string, caller: TestCaller = ANALYST) {
  return succeed(subgraph, caller, CUSTOMER_VIEW, { id });
}

describe('registerCustomer with contacts and a predicted value', () => {
  it('registers an ACTIVE customer with its decision maker, and starts the level history', async () => {
    const code = uniqueCode('MKT');
    const registered = await succeed(subgraph, MANAGER, REGISTER_CUSTOMER, {
      input: newCustomerInput({
        code,
        status: 'ACTIVE',
        relationshipLevel: 'REACTIVE',
        predictedAnnualValue: { amount: 2500000000.5, currency: 'idr' },
        contacts: [
          { name: 'Sari Wijaya', email: 'Sari@Toko.example', roles: ['DECISION_MAKER'] },
          { name: 'Budi Santoso', roles: ['KEY_USER', 'USER'] },
        ],
      }),
    });
    expect(registered.contacts.map(({ name, roles }: any) => ({ name, roles }))).toEqual([
      { name: 'Budi Santoso', roles: ['KEY_USER', 'USER'] },
      { name: 'Sari Wijaya', roles: ['DECISION_MAKER'] },
    ]);

    expect(await view(registered.id)).toMatchObject({
      status: 'ACTIVE',
      relationshipLevel: 'REACTIVE',
      predictedAnnualValue: { amount: 2500000000.5, currency: 'IDR' },
      relationshipHistory: [
        {
          fromLevel: null,
          toLevel: 'REACTIVE',
          reason: 'Level at registration',
          changedBy: 'rina.brm',
          changedAt: clock.now().toISOString(),
        },
      ],
      revenue: [],
    });
    expect(await eventNamesOf(subgraph, registered.id)).toEqual([
      'customer.registered',
      'customer.contact-added',
      'customer.contact-added',
    ]);
  });

  it('refuses two contacts with one email with CONFLICT on input.contacts, writing nothing', async () => {
    const code = uniqueCode('DUP');
    const response = await subgraph.query(ADMIN, REGISTER_CUSTOMER, {
      input: newCustomerInput({
        code,
        contacts: [
          { name: 'Sari', email: 'sari@toko.example', roles: ['DECISION_MAKER'] },
          { name: 'Sari again', email: 'SARI@toko.example', roles: ['USER'] },
        ],
      }),
    });
    expect(refused(response, 'CONFLICT').extensions!.field).toBe('input.contacts');
    const list = await succeed(subgraph, ADMIN, CUSTOMERS, { filter: { search: code } });
    expect(list.edges).toEqual([]);
  });
});

describe('updateCustomer', () => {
  it('changes what is given, keeps the rest, and publishes what changed', async () => {
    const customer = await registerCustomer(subgraph, { segment: 'Retail' });
    clock.advance(5);
    const updated = await succeed(subgraph, MANAGER, UPDATE_CUSTOMER, {
      input: {
        id: customer.id,
        name: ' Toko Daring Nusantara ',
        tier: 'STRATEGIC',
        predictedAnnualValue: { amount: 1200, currency: 'USD' },
      },
    });
    expect(updated).toEqual({
      id: customer.id,
      name: 'Toko Daring Nusantara',
      segment: 'Retail',
      tier: 'STRATEGIC',
      status: 'PROSPECT',
      accountManager: 'rina.brm',
      predictedAnnualValue: { amount: 1200, currency: 'USD' },
    });

    const cleared = await succeed(subgraph, MANAGER, UPDATE_CUSTOMER, {
      input: { id: customer.id, segment: null, predictedAnnualValue: null },
    });
    expect(cleared).toMatchObject({ segment: null, predictedAnnualValue: null, tier: 'STRATEGIC' });

    const events = await eventsOf(subgraph, customer.id);
    expect(events.map(({ data }) => data.changedFields ?? null)).toEqual([
      null,
      ['name', 'tier', 'predictedAnnualValue'],
      ['segment', 'predictedAnnualValue'],
    ]);
    expect(events[1]!.data).toMatchObject({
      actor: 'rina.brm',
      occurredAt: clock.now().toISOString(),
      previousStatus: 'PROSPECT',
      predictedAnnualValue: { amount: 1200, currency: 'USD' },
    });
  });

  it('publishes nothing when nothing changes', async () => {
    const customer = await registerCustomer(subgraph, { tier: 'KEY' });
    await succeed(subgraph, MANAGER, UPDATE_CUSTOMER, { input: { id: customer.id, tier: 'KEY' } });
    expect(await eventNamesOf(subgraph, customer.id)).toEqual(['customer.registered']);
  });

  it('activates a prospect that has a decision maker, then lets it leave and come back', async () => {
    const customer = await registerCustomer(subgraph, {
      contacts: [{ name: 'Sari', roles: ['DECISION_MAKER'] }],
    });
    for (const status of ['ACTIVE', 'FORMER', 'ACTIVE']) {
      const updated = await succeed(subgraph, MANAGER, UPDATE_CUSTOMER, {
        input: { id: customer.id, status },
      });
      expect(updated.status).toBe(status);
    }
  });

  it('refuses to activate a prospect without a decision maker, naming the states', async () => {
    const customer = await registerCustomer(subgraph, {
      contacts: [{ name: 'Budi', roles: ['KEY_USER'] }],
    });
    const response = await subgraph.query(MANAGER, UPDATE_CUSTOMER, {
      input: { id: customer.id, status: 'ACTIVE', name: 'Renamed' },
    });
    const error = expectConflict(response, 'PROSPECT', ['FORMER']);
    expect(error.message).toContain('needs a DECISION_MAKER contact first');
    expect(await succeed(subgraph, ANALYST, BASICS, { id: customer.id })).toMatchObject({
      status: 'PROSPECT',
      name: 'Toko Daring',
    });
  });

  it('refuses to make an ACTIVE customer a PROSPECT again', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const response = await subgraph.query(MANAGER, UPDATE_CUSTOMER, {
      input: { id: customer.id, status: 'PROSPECT' },
    });
    expectConflict(response, 'ACTIVE', ['FORMER']);
  });

  it.each([
    ['a malformed id', 'input.id', { id: 'customer-1' }],
    ['a null name', 'input.name', { name: null }],
    ['a blank name', 'input.name', { name: '  ' }],
    ['a blank account manager', 'input.accountManager', { accountManager: '' }],
    ['a null tier', 'input.tier', { tier: null }],
    ['a blank segment', 'input.segment', { segment: ' ' }],
    [
      'a predicted value with a bad currency',
      'input.predictedAnnualValue.currency',
      { predictedAnnualValue: { amount: 1, currency: 'US' } },
    ],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(MANAGER, UPDATE_CUSTOMER, {
      input: { id: customer.id, ...change },
    });
    expectBadInput(response, field);
    expect(await eventNamesOf(subgraph, customer.id)).toEqual(['customer.registered']);
  });

  it('reports an unknown customer as NOT_FOUND on input.id', async () => {
    const response = await subgraph.query(MANAGER, UPDATE_CUSTOMER, {
      input: { id: randomUUID(), name: 'Ghost' },
    });
    expect(refused(response, 'NOT_FOUND').extensions!.field).toBe('input.id');
  });

  it.each(READ_ONLY_ROLES)('refuses the role %s with FORBIDDEN', async (role) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(
      { roles: [role], customerIds: [customer.id] },
      UPDATE_CUSTOMER,
      { input: { id: customer.id, name: 'Taken over' } },
    );
    refused(response, 'FORBIDDEN');
    expect((await succeed(subgraph, ANALYST, BASICS, { id: customer.id })).name).toBe(
      'Toko Daring',
    );
  });
});

describe('changeRelationshipLevel', () => {
  it('moves the level, recording who, why and when, in order', async () => {
    const customer = await registerCustomer(subgraph);
    const first = clock.advance(60);
    await succeed(subgraph, MANAGER, CHANGE_LEVEL, {
      input: { customerId: customer.id, level: 'PROACTIVE', reason: ' Quarterly reviews agreed ' },
    });
    const second = clock.advance(60 * 24 * 30);
    const changed = await succeed(subgraph, ADMIN, CHANGE_LEVEL, {
      input: { customerId: customer.id, level: 'REACTIVE', reason: 'Reviews lapsed' },
    });
    expect(changed.relationshipLevel).toBe('REACTIVE');

    const { relationshipHistory } = await view(customer.id);
    expect(relationshipHistory.slice(1)).toEqual([
      {
        fromLevel: 'BASIC',
        toLevel: 'PROACTIVE',
        reason: 'Quarterly reviews agreed',
        changedBy: 'rina.brm',
        changedAt: first.toISOString(),
      },
      {
        fromLevel: 'PROACTIVE',
        toLevel: 'REACTIVE',
        reason: 'Reviews lapsed',
        changedBy: 'ada.admin',
        changedAt: second.toISOString(),
      },
    ]);
    const events = await eventsOf(subgraph, customer.id);
    expect(events.slice(1).map(({ type, data }) => [type, data.fromLevel, data.toLevel])).toEqual([
      ['itsm.customer-portfolio.customer.relationship-level-changed.v1', 'BASIC', 'PROACTIVE'],
      ['itsm.customer-portfolio.customer.relationship-level-changed.v1', 'PROACTIVE', 'REACTIVE'],
    ]);
  });

  it('refuses the level the relationship already has, naming the others', async () => {
    const customer = await registerCustomer(subgraph, { relationshipLevel: 'ACCOUNTABLE' });
    const response = await subgraph.query(MANAGER, CHANGE_LEVEL, {
      input: { customerId: customer.id, level: 'ACCOUNTABLE', reason: 'Again' },
    });
    expectConflict(response, 'ACCOUNTABLE', ['BASIC', 'REACTIVE', 'PROACTIVE', 'PARTNERSHIP']);
    expect((await view(customer.id)).relationshipHistory).toHaveLength(1);
  });

  it.each([
    ['a blank reason', 'input.reason', { reason: '  ' }],
    ['a reason over 1000 characters', 'input.reason', { reason: 'r'.repeat(1001) }],
    ['a malformed customer id', 'input.customerId', { customerId: 'MKT-01' }],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(MANAGER, CHANGE_LEVEL, {
      input: { customerId: customer.id, level: 'PARTNERSHIP', reason: 'Why', ...change },
    });
    expectBadInput(response, field);
    expect((await view(customer.id)).relationshipLevel).toBe('BASIC');
  });

  it('reports an unknown customer as NOT_FOUND on input.customerId', async () => {
    const response = await subgraph.query(MANAGER, CHANGE_LEVEL, {
      input: { customerId: randomUUID(), level: 'PARTNERSHIP', reason: 'Why' },
    });
    expect(refused(response, 'NOT_FOUND').extensions!.field).toBe('input.customerId');
  });

  it.each(READ_ONLY_ROLES)('refuses the role %s with FORBIDDEN', async (role) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(
      { roles: [role], customerIds: [customer.id] },
      CHANGE_LEVEL,
      { input: { customerId: customer.id, level: 'PARTNERSHIP', reason: 'Why' } },
    );
    refused(response, 'FORBIDDEN');
    expect((await view(customer.id)).relationshipLevel).toBe('BASIC');
  });
});

describe('recordRevenue', () => {
  it('records months, latest first, and corrects one recorded twice', async () => {
    const customer = await registerCustomer(subgraph);
    for (const [period, amount] of [
      ['2026-01', 180000000],
      ['2026-02', 210000000.25],
      ['2026-01', 185000000],
    ] as const) {
      await succeed(subgraph, MANAGER, RECORD_REVENUE, {
        input: { customerId: customer.id, period, revenue: { amount, currency: 'IDR' } },
      });
    }
    expect((await view(customer.id)).revenue).toEqual([
      {
        period: '2026-02',
        revenue: { amount: 210000000.25, currency: 'IDR' },
        recordedBy: 'rina.brm',
      },
      {
        period: '2026-01',
        revenue: { amount: 185000000, currency: 'IDR' },
        recordedBy: 'rina.brm',
      },
    ]);
    const corrections = (await eventsOf(subgraph, customer.id))
      .filter(({ type }) => type.includes('revenue-recorded'))
      .map(({ data }) => [data.period, data.previousRevenue]);
    expect(corrections).toEqual([
      ['2026-01', null],
      ['2026-02', null],
      ['2026-01', { amount: 180000000, currency: 'IDR' }],
    ]);
  });

  it.each([
    ['a month 13', 'input.period', { period: '2026-13' }],
    ['a day instead of a month', 'input.period', { period: '2026-01-31' }],
    ['a negative amount', 'input.revenue.amount', { revenue: { amount: -5, currency: 'IDR' } }],
    ['a bad currency', 'input.revenue.currency', { revenue: { amount: 5, currency: 'rupiah' } }],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(MANAGER, RECORD_REVENUE, {
      input: {
        customerId: customer.id,
        period: '2026-03',
        revenue: { amount: 5, currency: 'IDR' },
        ...change,
      },
    });
    expectBadInput(response, field);
    expect((await view(customer.id)).revenue).toEqual([]);
  });

  it.each(READ_ONLY_ROLES)('refuses the role %s with FORBIDDEN', async (role) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(
      { roles: [role], customerIds: [customer.id] },
      RECORD_REVENUE,
      {
        input: {
          customerId: customer.id,
          period: '2026-03',
          revenue: { amount: 5, currency: 'IDR' },
        },
      },
    );
    refused(response, 'FORBIDDEN');
    expect((await view(customer.id)).revenue).toEqual([]);
  });
});

describe('customers: filters and search', () => {
  async function codes(filter: Record<string, unknown>, first = 100): Promise<string[]> {
    const connection = await succeed(subgraph, ANALYST, CUSTOMERS, { filter, first });
    return connection.edges.map((edge: any) => edge.node.code);
  }

  it('filters by tier, status, account manager and level, and searches the name', async () => {
    const marker = uniqueCode('Filter');
    const register = (name: string, overrides: Record<string, unknown>) =>
      registerCustomer(subgraph, { name: `${marker} ${name}`, ...overrides });
    const a = await register('Alpha Mart', { tier: 'STRATEGIC', accountManager: 'dewi.brm' });
    const b = await register('Beta 50% Shop', {
      status: 'ACTIVE',
      relationshipLevel: 'PARTNERSHIP',
      accountManager: 'dewi.brm',
    });
    const c = await register('gamma_mart', { tier: 'STRATEGIC', status: 'FORMER' });

    expect(await codes({ search: marker, tier: 'STRATEGIC' })).toEqual([a.code, c.code]);
    expect(await codes({ search: marker, status: 'ACTIVE' })).toEqual([b.code]);
    expect(await codes({ accountManager: 'dewi.brm' })).toEqual([a.code, b.code]);
    expect(await codes({ search: marker, relationshipLevel: 'PARTNERSHIP' })).toEqual([b.code]);
    expect(await codes({ search: `${marker} ALPHA` })).toEqual([a.code]);
    expect(await codes({ search: `${marker} a` })).toEqual([a.code]);
    // LIKE's wildcards are searched for as they are.
    expect(await codes({ search: '50%' })).toEqual([b.code]);
    expect(await codes({ search: `${marker} gamma_` })).toEqual([c.code]);
    expect(await codes({ search: 'mart', tier: 'STRATEGIC', status: 'FORMER' })).toEqual([c.code]);
  });

  it('pages through a filtered list without skipping or repeating', async () => {
    const manager = `pager.${uniqueCode('m')}`;
    const registered = [];
    for (let index = 0; index < 5; index += 1) {
      registered.push(
        await registerCustomer(subgraph, { name: 'Same Name', accountManager: manager }),
      );
    }
    const seen = await walkPages(
      subgraph,
      ANALYST,
      CUSTOMERS,
      { filter: { accountManager: manager } },
      2,
    );
    expect(seen.map(({ code }: any) => code).sort()).toEqual(
      registered.map(({ code }) => code).sort(),
    );
  });

  it.each([
    ['a blank search', 'filter.search', { search: '  ' }],
    ['a blank account manager', 'filter.accountManager', { accountManager: '' }],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_, field, filter) => {
    expectBadInput(await subgraph.query(ANALYST, CUSTOMERS, { filter }), field);
  });
});

describe('what a CUSTOMER caller sees of its customer', () => {
  it('reads the basics, but not the provider’s internal view', async () => {
    const customer = await registerCustomer(subgraph, {
      predictedAnnualValue: { amount: 10, currency: 'IDR' },
    });
    const response = await subgraph.query(customerCaller(customer.id), CUSTOMER_VIEW, {
      id: customer.id,
    });
    expect(response.data!.customer).toMatchObject({
      id: customer.id,
      code: customer.code,
      predictedAnnualValue: null,
      relationshipHistory: null,
      revenue: null,
    });
    expect(
      response.errors!.map((error) => [error.path!.join('.'), error.extensions!.code]),
    ).toEqual([
      ['customer.predictedAnnualValue', 'FORBIDDEN'],
      ['customer.relationshipHistory', 'FORBIDDEN'],
      ['customer.revenue', 'FORBIDDEN'],
    ]);
  });
});

describe('with ACCOUNT_MANAGER_WRITES=own', () => {
  let own: TestSubgraph;

  beforeAll(async () => {
    own = await startPortfolio({ settings: { accountManagerWrites: 'own' } });
  });
  afterAll(() => own.stop());

  it('lets an account manager change only its own customers, and an ADMIN any', async () => {
    const mine = await registerCustomer(own, { accountManager: 'rina.brm' });
    const theirs = await registerCustomer(own, { accountManager: 'budi.brm' });

    await succeed(own, MANAGER, UPDATE_CUSTOMER, { input: { id: mine.id, tier: 'STRATEGIC' } });
    const refusedUpdate = await own.query(MANAGER, UPDATE_CUSTOMER, {
      input: { id: theirs.id, tier: 'STRATEGIC' },
    });
    expect(refused(refusedUpdate, 'FORBIDDEN').message).toContain('managed by budi.brm');
    await succeed(own, OTHER_MANAGER, UPDATE_CUSTOMER, {
      input: { id: theirs.id, tier: 'STRATEGIC' },
    });
    await succeed(own, ADMIN, UPDATE_CUSTOMER, { input: { id: theirs.id, tier: 'STANDARD' } });

    const level = await own.query(MANAGER, CHANGE_LEVEL, {
      input: { customerId: theirs.id, level: 'PARTNERSHIP', reason: 'Why' },
    });
    refused(level, 'FORBIDDEN');
    expect(await eventNamesOf(own, theirs.id)).toEqual([
      'customer.registered',
      'customer.updated',
      'customer.updated',
    ]);
  });

  it('counts the customers its token lists in customer_ids as its own too', async () => {
    const theirs = await registerCustomer(own, { accountManager: 'budi.brm' });
    const covering = { ...MANAGER, customerIds: [theirs.id] };
    const updated = await succeed(own, covering, UPDATE_CUSTOMER, {
      input: { id: theirs.id, segment: 'Marketplace' },
    });
    expect(updated).toMatchObject({ segment: 'Marketplace', accountManager: 'budi.brm' });
  });

  it('lets an account manager register customers only for itself', async () => {
    await succeed(own, MANAGER, REGISTER_CUSTOMER, {
      input: newCustomerInput({ accountManager: 'rina.brm' }),
    });
    const response = await own.query(MANAGER, REGISTER_CUSTOMER, {
      input: newCustomerInput({ accountManager: 'budi.brm' }),
    });
    refused(response, 'FORBIDDEN');
  });

  it('refuses every write to another manager’s customer, and writes nothing', async () => {
    const theirs = await registerCustomer(own, { accountManager: 'budi.brm', status: 'ACTIVE' });
    const [dewi] = theirs.contacts;
    const serviceId = randomUUID();
    const write = (field: string, inputType: string) =>
      `mutation ($input: ${inputType}!) { ${field}(input: $input) { __typename } }`;
    // Records of the customer, made by its own manager, for the writes that change them.
    const made = async (field: string, inputType: string, input: Record<string, unknown>) =>
      (
        await succeed(own, OTHER_MANAGER, write(field, inputType).replace('__typename', 'id'), {
          input,
        })
      ).id;
    const objectiveId = await made('defineObjective', 'DefineObjectiveInput', {
      customerId: theirs.id,
      title: 'T',
      measure: 'M',
      target: 'T',
      dueDate: '2026-12-31',
    });
    const opportunityId = await made('identifyOpportunity', 'IdentifyOpportunityInput', {
      customerId: theirs.id,
      title: 'T',
      requirement: 'R',
      expectedBenefit: 'B',
      estimatedCost: { amount: 1, currency: 'IDR' },
      desiredOutcome: 'O',
    });
    const feedbackId = await made('logFeedback', 'LogFeedbackInput', {
      customerId: theirs.id,
      type: 'COMMENT',
      severity: 'LOW',
      summary: 'S',
    });
    const dependencyId = await made('addServiceDependency', 'AddServiceDependencyInput', {
      customerId: theirs.id,
      serviceId,
      criticality: 'LOW',
      userCount: 1,
    });
    const before = await eventsOf(own, theirs.id);

    for (const [field, inputType, input] of [
      [
        'recordRevenue',
        'RecordRevenueInput',
        { customerId: theirs.id, period: '2026-01', revenue: { amount: 1, currency: 'IDR' } },
      ],
      [
        'addContact',
        'AddContactInput',
        { customerId: theirs.id, name: 'Mallory', roles: ['USER'] },
      ],
      ['updateContact', 'UpdateContactInput', { id: dewi!.id, name: 'Mallory' }],
      ['removeContact', 'RemoveContactInput', { id: dewi!.id }],
      [
        'defineObjective',
        'DefineObjectiveInput',
        { customerId: theirs.id, title: 'T', measure: 'M', target: 'T', dueDate: '2026-12-31' },
      ],
      ['agreeObjective', 'AgreeObjectiveInput', { id: objectiveId, contactId: dewi!.id }],
      [
        'addServiceDependency',
        'AddServiceDependencyInput',
        { customerId: theirs.id, serviceId: randomUUID(), criticality: 'LOW', userCount: 1 },
      ],
      ['removeServiceDependency', 'RemoveServiceDependencyInput', { id: dependencyId }],
      ['advanceOpportunity', 'AdvanceOpportunityInput', { id: opportunityId, state: 'ASSESSED' }],
      [
        'recordSurvey',
        'RecordSurveyInput',
        {
          customerId: theirs.id,
          conductedAt: '2026-01-01T00:00:00Z',
          scores: ['TANGIBLES', 'RELIABILITY', 'RESPONSIVENESS', 'ASSURANCE', 'EMPATHY'].map(
            (dimension) => ({ dimension, expectation: 4, perception: 4 }),
          ),
        },
      ],
      ['acknowledgeFeedback', 'AcknowledgeFeedbackInput', { id: feedbackId }],
    ] as const) {
      const response = await own.query(MANAGER, write(field, inputType), { input });
      expect([field, refused(response, 'FORBIDDEN').message]).toEqual([
        field,
        expect.stringContaining('managed by budi.brm'),
      ]);
    }
    expect(await eventsOf(own, theirs.id)).toEqual(before);
    expect(await eventNamesOf(own, opportunityId)).toEqual(['opportunity.identified']);
    expect(await eventNamesOf(own, feedbackId)).toEqual(['feedback.logged']);
  });

  it('still lets every role read every customer', async () => {
    const theirs = await registerCustomer(own, { accountManager: 'budi.brm' });
    const read = await succeed(own, MANAGER, BASICS, { id: theirs.id });
    expect(read.accountManager).toBe('budi.brm');
  });
});
