import { randomUUID } from 'node:crypto';
import {
  type GraphQLResponse,
  startTestSubgraph,
  type TestCaller,
  type TestSubgraph,
  onlyError,
} from '@itsm/testkit';
import { customerPortfolio } from './subgraph';

const CUSTOMER_FIELDS = /* GraphQL */ `
  fragment CustomerFields on Customer {
    id
    code
    name
    segment
    tier
    status
    accountManager
    relationshipLevel
    createdAt
    updatedAt
  }
`;

const REGISTER_CUSTOMER = /* GraphQL */ `
  mutation RegisterCustomer($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      ...CustomerFields
    }
  }
  ${CUSTOMER_FIELDS}
`;

const CUSTOMER = /* GraphQL */ `
  query Customer($id: ID!) {
    customer(id: $id) {
      ...CustomerFields
    }
  }
  ${CUSTOMER_FIELDS}
`;

const CUSTOMERS = /* GraphQL */ `
  query Customers($first: Int, $after: String) {
    customers(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          code
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const CUSTOMER_ENTITIES = /* GraphQL */ `
  query ($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Customer {
        id
        code
      }
    }
  }
`;

const ADMIN: TestCaller = { roles: ['ADMIN'] };
const ACCOUNT_MANAGER: TestCaller = { roles: ['ACCOUNT_MANAGER'] };

let sequence = 0;
/** A code no other test uses: this file's tests share one database. */
function uniqueCode(prefix = 'CP'): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

function newCustomer(overrides: Record<string, unknown> = {}) {
  return {
    code: uniqueCode(),
    name: 'Toko Daring',
    tier: 'STANDARD',
    accountManager: 'rina.brm',
    ...overrides,
  };
}

/** The one error of a response that must have failed. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(customerPortfolio);
});
afterAll(() => subgraph.stop());

async function register(input: Record<string, unknown>, caller: TestCaller = ADMIN) {
  const response = await subgraph.query(caller, REGISTER_CUSTOMER, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.registerCustomer as { id: string; code: string; name: string };
}

/** Every customer, in list order, read in one page as ADMIN. */
async function allCustomers(): Promise<{ id: string; code: string; name: string }[]> {
  const response = await subgraph.query(ADMIN, CUSTOMERS, { first: 100 });
  expect(response.errors).toBeUndefined();
  expect(response.data!.customers.pageInfo.hasNextPage).toBe(false);
  return response.data!.customers.edges.map((edge: any) => edge.node);
}

async function codesInStore(): Promise<string[]> {
  return (await allCustomers()).map((customer) => customer.code);
}

describe('registerCustomer', () => {
  it('registers a customer with the defaults, and reads it back', async () => {
    const code = uniqueCode('MKT');
    const response = await subgraph.query(ACCOUNT_MANAGER, REGISTER_CUSTOMER, {
      input: {
        code: `  ${code.toLowerCase()} `,
        name: '  Toko Daring  ',
        tier: 'KEY',
        accountManager: ' rina.brm ',
      },
    });

    expect(response.errors).toBeUndefined();
    const customer = response.data!.registerCustomer;
    expect(customer).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      code,
      name: 'Toko Daring',
      segment: null,
      tier: 'KEY',
      status: 'PROSPECT',
      accountManager: 'rina.brm',
      relationshipLevel: 'BASIC',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(Number.isNaN(Date.parse(customer.createdAt))).toBe(false);

    const read = await subgraph.query(ADMIN, CUSTOMER, { id: customer.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.customer).toEqual(customer);
  });

  it('keeps a status, relationship level and segment given explicitly', async () => {
    const input = newCustomer({
      segment: 'Retail',
      tier: 'STRATEGIC',
      status: 'ACTIVE',
      relationshipLevel: 'PARTNERSHIP',
      contacts: [{ name: 'Sari Wijaya', roles: ['DECISION_MAKER'] }],
    });
    const customer = await register(input);

    const read = await subgraph.query(ADMIN, CUSTOMER, { id: customer.id });
    expect(read.data!.customer).toMatchObject({
      code: input.code,
      segment: 'Retail',
      tier: 'STRATEGIC',
      status: 'ACTIVE',
      relationshipLevel: 'PARTNERSHIP',
    });
  });

  it('accepts a name of exactly 200 characters', async () => {
    const customer = await register(newCustomer({ name: 'n'.repeat(200) }));
    expect(customer.name).toHaveLength(200);
  });

  it.each([
    ['a one-character code', 'input.code', { code: 'A' }],
    ['a code with an underscore', 'input.code', { code: 'MKT_01' }],
    ['a code starting with a dash', 'input.code', { code: '-MKT' }],
    ['a code over 32 characters', 'input.code', { code: 'C'.repeat(33) }],
    ['an empty name', 'input.name', { name: '' }],
    ['a blank name', 'input.name', { name: '   ' }],
    ['a name over 200 characters', 'input.name', { name: 'n'.repeat(201) }],
    ['an empty account manager', 'input.accountManager', { accountManager: '' }],
    ['a blank account manager', 'input.accountManager', { accountManager: '  ' }],
    ['a blank segment', 'input.segment', { segment: ' ' }],
    ['a segment over 100 characters', 'input.segment', { segment: 's'.repeat(101) }],
    ['an ACTIVE customer without contacts', 'input.contacts', { status: 'ACTIVE', contacts: [] }],
    [
      'an ACTIVE customer without a decision maker',
      'input.contacts',
      { status: 'ACTIVE', contacts: [{ name: 'Budi', roles: ['KEY_USER'] }] },
    ],
    [
      'a contact without roles',
      'input.contacts.0.roles',
      { contacts: [{ name: 'Budi', roles: [] }] },
    ],
    [
      'a contact with a malformed email',
      'input.contacts.0.email',
      { contacts: [{ name: 'Budi', email: 'budi(at)toko', roles: ['USER'] }] },
    ],
    [
      'a predicted value with three decimals',
      'input.predictedAnnualValue.amount',
      { predictedAnnualValue: { amount: 10.005, currency: 'IDR' } },
    ],
    [
      'a negative predicted value',
      'input.predictedAnnualValue.amount',
      { predictedAnnualValue: { amount: -1, currency: 'IDR' } },
    ],
    [
      'a predicted value in an unknown currency format',
      'input.predictedAnnualValue.currency',
      { predictedAnnualValue: { amount: 1, currency: 'Rp' } },
    ],
    // PostgreSQL text cannot hold a NUL character: it is the client's error, not the database's.
    ['a name with a NUL character', 'input.name', { name: 'Toko\u0000Daring' }],
    [
      'an account manager with a NUL character',
      'input.accountManager',
      { accountManager: 'a\u0000' },
    ],
  ])('refuses %s with BAD_USER_INPUT on %s and writes nothing', async (_, field, overrides) => {
    const marker = uniqueCode('BAD');
    // The code under test, when it is the bad field; otherwise a valid one to look for.
    const input = newCustomer({ code: marker, ...overrides });
    const response = await subgraph.query(ADMIN, REGISTER_CUSTOMER, { input });

    const error = onlyError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.field).toBe(field);
    expect(error.path).toEqual(['registerCustomer']);
    expect(response.data ?? null).toBeNull();
    expect(await codesInStore()).not.toContain(marker);
  });

  it('refuses a duplicate code with CONFLICT on input.code, also when only the case differs', async () => {
    const code = uniqueCode('DUP');
    const original = await register(newCustomer({ code, name: 'Original' }));

    for (const duplicate of [code, code.toLowerCase(), ` ${code.toLowerCase()} `]) {
      const response = await subgraph.query(ADMIN, REGISTER_CUSTOMER, {
        input: newCustomer({ code: duplicate, name: 'Impostor' }),
      });
      const error = onlyError(response);
      expect(error.extensions!.code).toBe('CONFLICT');
      expect(error.extensions!.field).toBe('input.code');
      expect(error.path).toEqual(['registerCustomer']);
    }

    const withCode = (await allCustomers()).filter((customer) => customer.code === code);
    expect(withCode).toEqual([{ id: original.id, code, name: 'Original' }]);
  });

  it('lets exactly one of several concurrent registrations of a code through', async () => {
    const code = uniqueCode('RACE');
    const responses = await Promise.all(
      [1, 2, 3, 4, 5].map((attempt) =>
        subgraph.query(ADMIN, REGISTER_CUSTOMER, {
          input: newCustomer({ code, name: `Racer ${attempt}` }),
        }),
      ),
    );

    const winners = responses.filter((response) => response.errors === undefined);
    expect(winners).toHaveLength(1);
    for (const loser of responses.filter((response) => response.errors !== undefined)) {
      expect(onlyError(loser).extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
    }
    const stored = (await allCustomers()).filter((customer) => customer.code === code);
    expect(stored.map(({ id }) => id)).toEqual([winners[0]!.data!.registerCustomer.id]);
  });

  it.each([['ANALYST'], ['CUSTOMER'], ['SERVICE_LEVEL_MANAGER']] as const)(
    'refuses the role %s with FORBIDDEN and writes nothing',
    async (role) => {
      const input = newCustomer();
      const response = await subgraph.query(
        { roles: [role], customerIds: [randomUUID()] },
        REGISTER_CUSTOMER,
        { input },
      );

      const error = onlyError(response);
      expect(error.extensions!.code).toBe('FORBIDDEN');
      expect(error.path).toEqual(['registerCustomer']);
      expect(response.data ?? null).toBeNull();
      expect(await codesInStore()).not.toContain(input.code);
    },
  );

  it('lets an ACCOUNT_MANAGER and an ADMIN register', async () => {
    for (const caller of [ACCOUNT_MANAGER, ADMIN]) {
      const input = newCustomer();
      const customer = await register(input, caller);
      expect(customer.code).toBe(input.code);
      expect(await codesInStore()).toContain(input.code);
    }
  });
});

describe('customers', () => {
  it('walks every customer exactly once in (name, id) order, two pages at a time', async () => {
    // Three customers share a name, so a page boundary falls between two of them.
    const prefix = `Walk ${uniqueCode('W')}`;
    const first = await register(newCustomer({ name: `${prefix} A` }));
    const twins = [
      await register(newCustomer({ name: `${prefix} B` })),
      await register(newCustomer({ name: `${prefix} B` })),
      await register(newCustomer({ name: `${prefix} B` })),
    ];
    const last = await register(newCustomer({ name: `${prefix} C` }));
    // uuid order in PostgreSQL is the order of the lower-case hex text.
    const expectedIds = [
      first.id,
      ...twins.map((twin) => twin.id).sort((a, b) => (a < b ? -1 : 1)),
      last.id,
    ];

    const visited: string[] = [];
    let after: string | null = null;
    for (let page = 0; ; page++) {
      expect(page).toBeLessThan(100);
      const response: GraphQLResponse = await subgraph.query(ADMIN, CUSTOMERS, {
        first: 2,
        after,
      });
      expect(response.errors).toBeUndefined();
      const { edges, pageInfo } = (response.data as any).customers;
      expect(edges.length).toBeGreaterThanOrEqual(1);
      expect(edges.length).toBeLessThanOrEqual(2);
      expect(pageInfo.endCursor).toBe(edges.at(-1).cursor);
      visited.push(...edges.map((edge: any) => edge.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }

    expect(new Set(visited).size).toBe(visited.length);
    expect(visited).toEqual((await allCustomers()).map((customer) => customer.id));
    expect(visited.filter((id) => expectedIds.includes(id))).toEqual(expectedIds);
  });

  it('continues after a cursor taken from the middle of a page', async () => {
    const prefix = `Mid ${uniqueCode('M')}`;
    for (const suffix of ['A', 'B', 'C'])
      await register(newCustomer({ name: `${prefix} ${suffix}` }));
    const whole = await subgraph.query(ADMIN, CUSTOMERS, { first: 100 });
    const { cursor } = whole.data!.customers.edges.find(
      (edge: any) => edge.node.name === `${prefix} A`,
    );
    const response = await subgraph.query(ADMIN, CUSTOMERS, { first: 2, after: cursor });
    expect(response.data!.customers.edges.map((edge: any) => edge.node.name)).toEqual([
      `${prefix} B`,
      `${prefix} C`,
    ]);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor!!'],
    ['a JSON object', Buffer.from('{"name":"x"}').toString('base64url')],
    ['a sort key with a malformed id', Buffer.from('["Acme","42"]').toString('base64url')],
    ['a sort key of the wrong length', Buffer.from(`["Acme"]`).toString('base64url')],
    [
      'a sort key whose name PostgreSQL cannot hold',
      Buffer.from(JSON.stringify(['Acme\u0000', randomUUID()])).toString('base64url'),
    ],
  ])('refuses a forged after cursor (%s) with BAD_USER_INPUT on after', async (_, after) => {
    const response = await subgraph.query(ADMIN, CUSTOMERS, { first: 2, after });
    const error = onlyError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.field).toBe('after');
    expect(error.path).toEqual(['customers']);
  });

  it.each([0, -1, 101])('refuses first: %d with BAD_USER_INPUT on first', async (first) => {
    const response = await subgraph.query(ADMIN, CUSTOMERS, { first });
    const error = onlyError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.field).toBe('first');
    expect(error.path).toEqual(['customers']);
  });

  it('accepts first: 1 and first: 100', async () => {
    await register(newCustomer());
    for (const first of [1, 100]) {
      const response = await subgraph.query(ADMIN, CUSTOMERS, { first });
      expect(response.errors).toBeUndefined();
      expect(response.data!.customers.edges.length).toBeGreaterThanOrEqual(1);
      expect(response.data!.customers.edges.length).toBeLessThanOrEqual(first);
    }
  });
});

describe('customer', () => {
  it('reports an unknown id as NOT_FOUND', async () => {
    const response = await subgraph.query(ADMIN, CUSTOMER, { id: randomUUID() });
    const error = onlyError(response);
    expect(error.extensions!.code).toBe('NOT_FOUND');
    expect(error.path).toEqual(['customer']);
    expect(response.data!.customer).toBeNull();
  });

  it('refuses a malformed id with BAD_USER_INPUT on id', async () => {
    const response = await subgraph.query(ADMIN, CUSTOMER, { id: 'not-a-uuid' });
    const error = onlyError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.field).toBe('id');
    expect(response.data!.customer).toBeNull();
  });
});

describe('ids in upper case', () => {
  // A uuid's letter case does not matter: PostgreSQL ignores it and prints lower case.
  it('find the customer by id and by reference, under its lower-case id', async () => {
    const customer = await register(newCustomer());
    const upper = customer.id.toUpperCase();

    const read = await subgraph.query(ADMIN, CUSTOMER, { id: upper });
    expect(read.errors).toBeUndefined();
    expect(read.data!.customer).toMatchObject({ id: customer.id, code: customer.code });

    const entities = await subgraph.query(ADMIN, CUSTOMER_ENTITIES, {
      r: [{ __typename: 'Customer', id: upper }],
    });
    expect(entities.data!._entities).toEqual([{ id: customer.id, code: customer.code }]);
  });

  it('grant a CUSTOMER caller the customers its token names in upper case, and only those', async () => {
    const a = await register(newCustomer());
    const b = await register(newCustomer());
    const caller: TestCaller = { roles: ['CUSTOMER'], customerIds: [a.id.toUpperCase()] };

    const list = await subgraph.query(caller, CUSTOMERS, { first: 100 });
    expect(list.data!.customers.edges.map((edge: any) => edge.node.id)).toEqual([a.id]);
    for (const id of [a.id, a.id.toUpperCase()]) {
      const own = await subgraph.query(caller, CUSTOMER, { id });
      expect(own.errors).toBeUndefined();
      expect(own.data!.customer.id).toBe(a.id);
    }
    const other = await subgraph.query(caller, CUSTOMER, { id: b.id.toUpperCase() });
    expect(onlyError(other).extensions!.code).toBe('NOT_FOUND');
  });
});

describe('Customer entity references', () => {
  it('resolves customers in representation order, null for unknown and malformed ids', async () => {
    const a = await register(newCustomer());
    const b = await register(newCustomer());
    const representations = [b.id, randomUUID(), a.id, 'not-a-uuid', b.id].map((id) => ({
      __typename: 'Customer',
      id,
    }));

    const response = await subgraph.query(ADMIN, CUSTOMER_ENTITIES, { r: representations });
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([
      { id: b.id, code: b.code },
      null,
      { id: a.id, code: a.code },
      null,
      { id: b.id, code: b.code },
    ]);
  });
});

describe('a CUSTOMER caller', () => {
  it('sees only its own customers, through the list, by id and by reference', async () => {
    const a = await register(newCustomer());
    const b = await register(newCustomer());
    const caller: TestCaller = { roles: ['CUSTOMER'], customerIds: [a.id] };

    const list = await subgraph.query(caller, CUSTOMERS, { first: 100 });
    expect(list.errors).toBeUndefined();
    expect(list.data!.customers.edges.map((edge: any) => edge.node)).toEqual([
      { id: a.id, code: a.code, name: a.name },
    ]);
    expect(list.data!.customers.pageInfo.hasNextPage).toBe(false);

    const own = await subgraph.query(caller, CUSTOMER, { id: a.id });
    expect(own.errors).toBeUndefined();
    expect(own.data!.customer.code).toBe(a.code);

    const other = await subgraph.query(caller, CUSTOMER, { id: b.id });
    expect(onlyError(other).extensions!.code).toBe('NOT_FOUND');
    expect(other.data!.customer).toBeNull();

    const entities = await subgraph.query(caller, CUSTOMER_ENTITIES, {
      r: [b.id, a.id].map((id) => ({ __typename: 'Customer', id })),
    });
    expect(entities.errors).toBeUndefined();
    expect(entities.data!._entities).toEqual([null, { id: a.id, code: a.code }]);
  });

  it('pages through only its own customers', async () => {
    const prefix = `Own ${uniqueCode('O')}`;
    const mine = [
      await register(newCustomer({ name: `${prefix} A` })),
      await register(newCustomer({ name: `${prefix} B` })),
      await register(newCustomer({ name: `${prefix} C` })),
    ];
    await register(newCustomer({ name: `${prefix} AB` }));
    const caller: TestCaller = { roles: ['CUSTOMER'], customerIds: mine.map(({ id }) => id) };

    const firstPage = await subgraph.query(caller, CUSTOMERS, { first: 2 });
    expect(firstPage.data!.customers.edges.map((edge: any) => edge.node.id)).toEqual([
      mine[0]!.id,
      mine[1]!.id,
    ]);
    expect(firstPage.data!.customers.pageInfo.hasNextPage).toBe(true);
    const secondPage = await subgraph.query(caller, CUSTOMERS, {
      first: 2,
      after: firstPage.data!.customers.pageInfo.endCursor,
    });
    expect(secondPage.data!.customers.edges.map((edge: any) => edge.node.id)).toEqual([
      mine[2]!.id,
    ]);
    expect(secondPage.data!.customers.pageInfo.hasNextPage).toBe(false);
  });

  it('sees no customer when it is given none', async () => {
    await register(newCustomer());
    const response = await subgraph.query({ roles: ['CUSTOMER'] }, CUSTOMERS, { first: 100 });
    expect(response.errors).toBeUndefined();
    expect(response.data!.customers).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('is not scoped when it also holds another role', async () => {
    const a = await register(newCustomer());
    const b = await register(newCustomer());
    const caller: TestCaller = { roles: ['CUSTOMER', 'ANALYST'], customerIds: [a.id] };
    const response = await subgraph.query(caller, CUSTOMER, { id: b.id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.customer.code).toBe(b.code);
  });
});
