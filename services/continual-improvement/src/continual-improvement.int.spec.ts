import { randomUUID } from 'node:crypto';
import { startTestSubgraph, type TestCaller, type TestSubgraph, onlyError } from '@itsm/testkit';
import { continualImprovement } from './subgraph';

const INITIATIVE_FIELDS = /* GraphQL */ `
  fragment InitiativeFields on ImprovementInitiative {
    id
    title
    problemStatement
    source
    state
    priority
    owner
    customer {
      id
    }
    service {
      id
    }
    createdAt
  }
`;

const IDENTIFY_IMPROVEMENT = /* GraphQL */ `
  mutation IdentifyImprovement($input: IdentifyImprovementInput!) {
    identifyImprovement(input: $input) {
      ...InitiativeFields
    }
  }
  ${INITIATIVE_FIELDS}
`;

const IMPROVEMENT_INITIATIVE = /* GraphQL */ `
  query ImprovementInitiative($id: ID!) {
    improvementInitiative(id: $id) {
      ...InitiativeFields
    }
  }
  ${INITIATIVE_FIELDS}
`;

const ENTITIES = /* GraphQL */ `
  query ($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Customer {
        id
        improvements {
          id
          title
        }
      }
      ... on Service {
        id
        improvements {
          id
          title
        }
      }
      ... on ImprovementInitiative {
        id
        title
        customer {
          id
        }
      }
    }
  }
`;

const ADMIN: TestCaller = { roles: ['ADMIN'] };
const IMPROVEMENT_MANAGER: TestCaller = { roles: ['IMPROVEMENT_MANAGER'] };

let sequence = 0;
/** A title no other test uses: this file's tests share one database. */
function uniqueTitle(prefix = 'Initiative'): string {
  sequence += 1;
  return `${prefix} ${sequence}`;
}

function newInitiative(overrides: Record<string, unknown> = {}) {
  return {
    title: uniqueTitle(),
    problemStatement: 'Three breaches in a quarter, all from manual failover.',
    priority: 'HIGH',
    ...overrides,
  };
}

/** The one error of a response that must have failed. */
const ref = (__typename: string, id: string) => ({ __typename, id });

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(continualImprovement);
});
afterAll(() => subgraph.stop());

interface Initiative {
  id: string;
  title: string;
}

async function identify(input: Record<string, unknown>): Promise<Initiative> {
  const response = await subgraph.query(IMPROVEMENT_MANAGER, IDENTIFY_IMPROVEMENT, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.identifyImprovement;
}

async function entities(caller: TestCaller, representations: { __typename: string; id: string }[]) {
  const response = await subgraph.query(caller, ENTITIES, { r: representations });
  expect(response.errors).toBeUndefined();
  return response.data!._entities as any[];
}

/** The initiatives recorded for a customer and for a service, read as ADMIN. */
async function recordedFor(customerId: string, serviceId: string) {
  const [customer, service] = await entities(ADMIN, [
    ref('Customer', customerId),
    ref('Service', serviceId),
  ]);
  return [...customer.improvements, ...service.improvements];
}

const summary = ({ id, title }: Initiative) => ({ id, title });

describe('identifyImprovement', () => {
  it('records an IDENTIFIED, MANUAL initiative, and reads it back', async () => {
    const customerId = randomUUID();
    const serviceId = randomUUID();
    const title = uniqueTitle();
    const response = await subgraph.query(IMPROVEMENT_MANAGER, IDENTIFY_IMPROVEMENT, {
      input: {
        title: `  ${title}  `,
        problemStatement: ' Repeat breaches on payroll. ',
        priority: 'CRITICAL',
        owner: ' Dana Ortiz ',
        customerId,
        serviceId,
      },
    });

    expect(response.errors).toBeUndefined();
    const initiative = response.data!.identifyImprovement;
    expect(initiative).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title,
      problemStatement: 'Repeat breaches on payroll.',
      source: 'MANUAL',
      state: 'IDENTIFIED',
      priority: 'CRITICAL',
      owner: 'Dana Ortiz',
      customer: { id: customerId },
      service: { id: serviceId },
      createdAt: expect.any(String),
    });
    expect(Number.isNaN(Date.parse(initiative.createdAt))).toBe(false);

    const read = await subgraph.query(ADMIN, IMPROVEMENT_INITIATIVE, { id: initiative.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.improvementInitiative).toEqual(initiative);
  });

  it('records an initiative with no owner, customer or service', async () => {
    const response = await subgraph.query(IMPROVEMENT_MANAGER, IDENTIFY_IMPROVEMENT, {
      input: newInitiative({ priority: 'LOW', owner: null, customerId: null }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.identifyImprovement).toMatchObject({
      state: 'IDENTIFIED',
      source: 'MANUAL',
      priority: 'LOW',
      owner: null,
      customer: null,
      service: null,
    });
  });

  it.each([
    ['a blank title', 'input.title', { title: '   ' }],
    ['a title over 200 characters', 'input.title', { title: 't'.repeat(201) }],
    ['an empty problem statement', 'input.problemStatement', { problemStatement: '' }],
    ['a blank problem statement', 'input.problemStatement', { problemStatement: ' \n ' }],
    [
      'a problem statement over 5000 characters',
      'input.problemStatement',
      { problemStatement: 'p'.repeat(5001) },
    ],
    ['a malformed customer id', 'input.customerId', { customerId: 'customer-1' }],
    ['a malformed service id', 'input.serviceId', { serviceId: 'not-a-uuid' }],
    ['a blank owner', 'input.owner', { owner: '  ' }],
    ['an owner over 200 characters', 'input.owner', { owner: 'o'.repeat(201) }],
    // PostgreSQL text cannot hold a NUL character: it is the client's error, not the database's.
    ['a title with a NUL character', 'input.title', { title: 'Cut\u0000breaches' }],
    [
      'a problem statement with a NUL character',
      'input.problemStatement',
      { problemStatement: '\u0000' },
    ],
  ])('refuses %s with BAD_USER_INPUT on %s and writes nothing', async (_, field, overrides) => {
    const customerId = randomUUID();
    const serviceId = randomUUID();
    const response = await subgraph.query(IMPROVEMENT_MANAGER, IDENTIFY_IMPROVEMENT, {
      input: newInitiative({ customerId, serviceId, ...overrides }),
    });

    const error = onlyError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.field).toBe(field);
    expect(error.path).toEqual(['identifyImprovement']);
    expect(response.data ?? null).toBeNull();
    expect(await recordedFor(customerId, serviceId)).toEqual([]);
  });

  it.each([['ANALYST'], ['CUSTOMER'], ['CHANGE_MANAGER']] as const)(
    'refuses the role %s with FORBIDDEN and writes nothing',
    async (role) => {
      const customerId = randomUUID();
      const serviceId = randomUUID();
      const response = await subgraph.query(
        { roles: [role], customerIds: [customerId] },
        IDENTIFY_IMPROVEMENT,
        { input: newInitiative({ customerId, serviceId }) },
      );

      const error = onlyError(response);
      expect(error.extensions!.code).toBe('FORBIDDEN');
      expect(error.path).toEqual(['identifyImprovement']);
      expect(response.data ?? null).toBeNull();
      expect(await recordedFor(customerId, serviceId)).toEqual([]);
    },
  );

  it('lets an IMPROVEMENT_MANAGER and an ADMIN identify', async () => {
    for (const caller of [IMPROVEMENT_MANAGER, ADMIN]) {
      const customerId = randomUUID();
      const serviceId = randomUUID();
      const input = newInitiative({ customerId, serviceId });
      const response = await subgraph.query(caller, IDENTIFY_IMPROVEMENT, { input });
      expect(response.errors).toBeUndefined();
      const initiative = response.data!.identifyImprovement;
      expect(initiative.title).toBe(input.title);
      expect(await recordedFor(customerId, serviceId)).toEqual([
        summary(initiative),
        summary(initiative),
      ]);
    }
  });
});

describe('improvementInitiative', () => {
  it('finds an initiative by id', async () => {
    const initiative = await identify(newInitiative({ customerId: randomUUID() }));
    const response = await subgraph.query(ADMIN, IMPROVEMENT_INITIATIVE, { id: initiative.id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.improvementInitiative).toEqual(initiative);
  });

  it('reports an unknown id as NOT_FOUND', async () => {
    const response = await subgraph.query(ADMIN, IMPROVEMENT_INITIATIVE, { id: randomUUID() });
    const error = onlyError(response);
    expect(error.extensions!.code).toBe('NOT_FOUND');
    expect(error.path).toEqual(['improvementInitiative']);
    expect(response.data!.improvementInitiative).toBeNull();
  });

  it('refuses a malformed id with BAD_USER_INPUT on id', async () => {
    const response = await subgraph.query(ADMIN, IMPROVEMENT_INITIATIVE, { id: 'CSI-1' });
    const error = onlyError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.field).toBe('id');
    expect(response.data!.improvementInitiative).toBeNull();
  });
});

describe('entity references', () => {
  it("extends Customer with the customer's initiatives, newest first", async () => {
    const customerId = randomUUID();
    const otherCustomerId = randomUUID();
    const oldest = await identify(newInitiative({ customerId }));
    const other = await identify(newInitiative({ customerId: otherCustomerId }));
    const middle = await identify(newInitiative({ customerId, serviceId: randomUUID() }));
    const newest = await identify(newInitiative({ customerId }));
    const unknownId = randomUUID();

    expect(
      await entities(ADMIN, [
        ref('Customer', customerId),
        ref('Customer', unknownId),
        ref('Customer', otherCustomerId),
        ref('Customer', 'not-a-uuid'),
      ]),
    ).toEqual([
      { id: customerId, improvements: [newest, middle, oldest].map(summary) },
      { id: unknownId, improvements: [] },
      { id: otherCustomerId, improvements: [summary(other)] },
      null,
    ]);
  });

  it("extends Service with the service's initiatives, newest first", async () => {
    const serviceId = randomUUID();
    const otherServiceId = randomUUID();
    const oldest = await identify(newInitiative({ serviceId }));
    const middle = await identify(newInitiative({ serviceId, customerId: randomUUID() }));
    const other = await identify(newInitiative({ serviceId: otherServiceId }));
    const newest = await identify(newInitiative({ serviceId }));
    const unknownId = randomUUID();

    expect(
      await entities(ADMIN, [
        ref('Service', otherServiceId),
        ref('Service', serviceId),
        ref('Service', 'not-a-uuid'),
        ref('Service', unknownId),
      ]),
    ).toEqual([
      { id: otherServiceId, improvements: [summary(other)] },
      { id: serviceId, improvements: [newest, middle, oldest].map(summary) },
      null,
      { id: unknownId, improvements: [] },
    ]);
  });

  it('resolves initiatives in representation order, null for unknown and malformed ids', async () => {
    const customerId = randomUUID();
    const a = await identify(newInitiative({ customerId }));
    const b = await identify(newInitiative());

    expect(
      await entities(ADMIN, [
        ref('ImprovementInitiative', b.id),
        ref('ImprovementInitiative', randomUUID()),
        ref('ImprovementInitiative', a.id),
        ref('ImprovementInitiative', 'not-a-uuid'),
      ]),
    ).toEqual([
      { id: b.id, title: b.title, customer: null },
      null,
      { id: a.id, title: a.title, customer: { id: customerId } },
      null,
    ]);
  });
});

describe('ids in upper case', () => {
  // A uuid's letter case does not matter: PostgreSQL ignores it and prints lower case.
  it('are stored and echoed in lower case by identifyImprovement', async () => {
    const customerId = randomUUID();
    const serviceId = randomUUID();
    const response = await subgraph.query(IMPROVEMENT_MANAGER, IDENTIFY_IMPROVEMENT, {
      input: newInitiative({
        customerId: customerId.toUpperCase(),
        serviceId: serviceId.toUpperCase(),
      }),
    });
    expect(response.errors).toBeUndefined();
    const initiative = response.data!.identifyImprovement;
    expect(initiative.customer).toEqual({ id: customerId });
    expect(initiative.service).toEqual({ id: serviceId });

    const read = await subgraph.query(ADMIN, IMPROVEMENT_INITIATIVE, { id: initiative.id });
    expect(read.data!.improvementInitiative).toEqual(initiative);
  });

  it('find the initiatives by id and through every entity reference', async () => {
    const customerId = randomUUID();
    const serviceId = randomUUID();
    const initiative = await identify(newInitiative({ customerId, serviceId }));

    const read = await subgraph.query(ADMIN, IMPROVEMENT_INITIATIVE, {
      id: initiative.id.toUpperCase(),
    });
    expect(read.errors).toBeUndefined();
    expect(read.data!.improvementInitiative.id).toBe(initiative.id);

    expect(
      await entities(ADMIN, [
        ref('Customer', customerId.toUpperCase()),
        ref('Service', serviceId.toUpperCase()),
        ref('ImprovementInitiative', initiative.id.toUpperCase()),
      ]),
    ).toEqual([
      { id: customerId, improvements: [summary(initiative)] },
      { id: serviceId, improvements: [summary(initiative)] },
      { id: initiative.id, title: initiative.title, customer: { id: customerId } },
    ]);
  });

  it('grant a CUSTOMER caller the customers its token names in upper case, and only those', async () => {
    const mine = randomUUID();
    const own = await identify(newInitiative({ customerId: mine }));
    const foreign = await identify(newInitiative({ customerId: randomUUID() }));
    const caller: TestCaller = { roles: ['CUSTOMER'], customerIds: [mine.toUpperCase()] };

    const found = await subgraph.query(caller, IMPROVEMENT_INITIATIVE, { id: own.id });
    expect(found.errors).toBeUndefined();
    expect(found.data!.improvementInitiative.id).toBe(own.id);
    const hidden = await subgraph.query(caller, IMPROVEMENT_INITIATIVE, { id: foreign.id });
    expect(onlyError(hidden).extensions!.code).toBe('NOT_FOUND');
    expect(await entities(caller, [ref('Customer', mine)])).toEqual([
      { id: mine, improvements: [summary(own)] },
    ]);
  });
});

describe('a CUSTOMER caller', () => {
  /** Initiatives on one service: one for the caller's customer, one for another, one for none. */
  async function seed() {
    const mine = randomUUID();
    const theirs = randomUUID();
    const serviceId = randomUUID();
    const own = await identify(newInitiative({ customerId: mine, serviceId }));
    const foreign = await identify(newInitiative({ customerId: theirs, serviceId }));
    const internal = await identify(newInitiative({ serviceId }));
    const caller: TestCaller = { roles: ['CUSTOMER'], customerIds: [mine] };
    return { mine, theirs, serviceId, own, foreign, internal, caller };
  }

  it('reads by id only the initiatives of its own customers', async () => {
    const { own, foreign, internal, caller } = await seed();

    const found = await subgraph.query(caller, IMPROVEMENT_INITIATIVE, { id: own.id });
    expect(found.errors).toBeUndefined();
    expect(found.data!.improvementInitiative.id).toBe(own.id);

    // Another customer's initiative, and one that concerns no customer, are reported absent.
    for (const hidden of [foreign, internal]) {
      const response = await subgraph.query(caller, IMPROVEMENT_INITIATIVE, { id: hidden.id });
      expect(onlyError(response).extensions!.code).toBe('NOT_FOUND');
      expect(response.data!.improvementInitiative).toBeNull();
    }
  });

  it('sees only its own customers’ initiatives through Customer.improvements', async () => {
    const { mine, theirs, own, caller } = await seed();
    expect(await entities(caller, [ref('Customer', theirs), ref('Customer', mine)])).toEqual([
      { id: theirs, improvements: [] },
      { id: mine, improvements: [summary(own)] },
    ]);
  });

  it('sees only its own customers’ initiatives through Service.improvements', async () => {
    const { serviceId, own, foreign, internal, caller } = await seed();
    expect(await entities(caller, [ref('Service', serviceId)])).toEqual([
      { id: serviceId, improvements: [summary(own)] },
    ]);
    expect(await entities(ADMIN, [ref('Service', serviceId)])).toEqual([
      { id: serviceId, improvements: [internal, foreign, own].map(summary) },
    ]);
  });

  it('gets null for the initiatives of other customers as entity references', async () => {
    const { mine, own, foreign, internal, caller } = await seed();
    expect(
      await entities(caller, [
        ref('ImprovementInitiative', foreign.id),
        ref('ImprovementInitiative', own.id),
        ref('ImprovementInitiative', internal.id),
      ]),
    ).toEqual([null, { id: own.id, title: own.title, customer: { id: mine } }, null]);
  });

  it('sees nothing when it is given no customer', async () => {
    const { mine, serviceId, own } = await seed();
    const caller: TestCaller = { roles: ['CUSTOMER'] };
    expect(
      await entities(caller, [
        ref('Customer', mine),
        ref('Service', serviceId),
        ref('ImprovementInitiative', own.id),
      ]),
    ).toEqual([{ id: mine, improvements: [] }, { id: serviceId, improvements: [] }, null]);
  });
});
