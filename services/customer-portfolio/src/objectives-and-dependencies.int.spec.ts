import { randomUUID } from 'node:crypto';
import type { TestSubgraph } from '@itsm/testkit';
import {
  ADMIN,
  ANALYST,
  customerCaller,
  eventNamesOf,
  eventsOf,
  expectBadInput,
  expectConflict,
  MANAGER,
  mutationOf,
  READ_ONLY_ROLES,
  refused,
  registerCustomer,
  startPortfolio,
  succeed,
  TestClock,
} from './portfolio-test-kit';

const OBJECTIVE_FIELDS = /* GraphQL */ `
  fragment ObjectiveFields on BusinessObjective {
    id
    title
    description
    measure
    target
    dueDate
    status
    agreedBy {
      name
      removedAt
    }
    agreedAt
    outcomeNote
    closedAt
    overdue
  }
`;

const DEFINE = mutationOf('defineObjective', 'DefineObjectiveInput', OBJECTIVE_FIELDS);

const UPDATE = mutationOf('updateObjective', 'UpdateObjectiveInput', OBJECTIVE_FIELDS);

const AGREE = mutationOf('agreeObjective', 'AgreeObjectiveInput', OBJECTIVE_FIELDS);

const CLOSE = mutationOf('closeObjective', 'CloseObjectiveInput', OBJECTIVE_FIELDS);

const OBJECTIVES = /* GraphQL */ `
  query Objectives($id: ID!, $status: ObjectiveStatus) {
    customer(id: $id) {
      objectives(status: $status) {
        ...ObjectiveFields
      }
    }
  }
  ${OBJECTIVE_FIELDS}
`;

const ADD_CONTACT = /* GraphQL */ `
  mutation AddContact($input: AddContactInput!) {
    addContact(input: $input) {
      id
    }
  }
`;

const REMOVE_CONTACT = /* GraphQL */ `
  mutation RemoveContact($input: RemoveContactInput!) {
    removeContact(input: $input) {
      id
    }
  }
`;

const DEPENDENCY_FIELDS = /* GraphQL */ `
  fragment DependencyFields on ServiceDependency {
    id
    customer {
      id
    }
    service {
      id
    }
    criticality
    userCount
    businessProcess
  }
`;

const ADD_DEPENDENCY = mutationOf(
  'addServiceDependency',
  'AddServiceDependencyInput',
  DEPENDENCY_FIELDS,
);

const UPDATE_DEPENDENCY = mutationOf(
  'updateServiceDependency',
  'UpdateServiceDependencyInput',
  DEPENDENCY_FIELDS,
);

const REMOVE_DEPENDENCY = /* GraphQL */ `
  mutation RemoveDependency($input: RemoveServiceDependencyInput!) {
    removeServiceDependency(input: $input) {
      id
      serviceDependencies {
        id
      }
    }
  }
`;

const DEPENDENCIES = /* GraphQL */ `
  query Dependencies($id: ID!) {
    customer(id: $id) {
      serviceDependencies {
        ...DependencyFields
      }
    }
  }
  ${DEPENDENCY_FIELDS}
`;

const DEPENDENT_CUSTOMERS = /* GraphQL */ `
  query ($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Service {
        id
        dependentCustomers {
          customer {
            code
          }
          criticality
          userCount
        }
      }
    }
  }
`;

const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startPortfolio({ clock: clock.now });
});
afterAll(() => subgraph.stop());

const objective = (customerId: string, overrides: Record<string, unknown> = {}) => ({
  customerId,
  title: 'Fewer abandoned checkouts',
  measure: 'Checkout payment success rate',
  target: '99.5 %',
  dueDate: '2026-06-30',
  ...overrides,
});

async function objectivesOf(customerId: string, status?: string) {
  return (await succeed(subgraph, ANALYST, OBJECTIVES, { id: customerId, status })).objectives;
}

describe('business objectives', () => {
  it('defines, agrees with a decision maker, and ends an objective', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const [sari] = customer.contacts;
    const defined = await succeed(subgraph, MANAGER, DEFINE, {
      input: objective(customer.id, { description: ' Buyers give up when payment fails. ' }),
    });
    expect(defined).toMatchObject({
      status: 'DRAFT',
      description: 'Buyers give up when payment fails.',
      dueDate: '2026-06-30',
      agreedBy: null,
      overdue: false,
    });

    const edited = await succeed(subgraph, MANAGER, UPDATE, {
      input: { id: defined.id, target: '99.7 %', description: null },
    });
    expect(edited).toMatchObject({ target: '99.7 %', description: null, status: 'DRAFT' });

    const agreedAt = clock.advance(60);
    const agreed = await succeed(subgraph, MANAGER, AGREE, {
      input: { id: defined.id, contactId: sari!.id },
    });
    expect(agreed).toMatchObject({
      status: 'AGREED',
      agreedBy: { name: 'Sari Wijaya', removedAt: null },
      agreedAt: agreedAt.toISOString(),
    });

    const closedAt = clock.advance(60 * 24 * 90);
    const closed = await succeed(subgraph, MANAGER, CLOSE, {
      input: { id: defined.id, status: 'ACHIEVED', note: 'Success rate 99.8 % in June.' },
    });
    expect(closed).toMatchObject({
      status: 'ACHIEVED',
      outcomeNote: 'Success rate 99.8 % in June.',
      closedAt: closedAt.toISOString(),
    });
    expect((await eventNamesOf(subgraph, customer.id)).slice(2)).toEqual([
      'customer.objective-defined',
      'customer.objective-updated',
      'customer.objective-agreed',
      'customer.objective-closed',
    ]);
    expect((await eventsOf(subgraph, customer.id)).at(-1)!.data).toMatchObject({
      objectiveId: defined.id,
      status: 'ACHIEVED',
      agreedByContactId: sari!.id,
      outcomeNote: 'Success rate 99.8 % in June.',
    });
  });

  it('lists by due date, filters by status, and marks AGREED ones past due as overdue', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const late = await succeed(subgraph, MANAGER, DEFINE, {
      input: objective(customer.id, { title: 'Late', dueDate: '2026-01-31' }),
    });
    await succeed(subgraph, MANAGER, DEFINE, {
      input: objective(customer.id, { title: 'Later', dueDate: '2027-01-31' }),
    });
    await succeed(subgraph, MANAGER, AGREE, {
      input: { id: late.id, contactId: customer.contacts[0]!.id },
    });
    const all = await objectivesOf(customer.id);
    expect(all.map(({ title, overdue }: any) => [title, overdue])).toEqual([
      ['Late', true],
      ['Later', false],
    ]);
    expect((await objectivesOf(customer.id, 'DRAFT')).map(({ title }: any) => title)).toEqual([
      'Later',
    ]);
  });

  it('keeps showing who agreed after the contact is removed', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const dewi = await succeed(subgraph, MANAGER, ADD_CONTACT, {
      input: { customerId: customer.id, name: 'Dewi', roles: ['SPONSOR'] },
    });
    const defined = await succeed(subgraph, MANAGER, DEFINE, { input: objective(customer.id) });
    await succeed(subgraph, MANAGER, AGREE, { input: { id: defined.id, contactId: dewi.id } });
    await succeed(subgraph, MANAGER, REMOVE_CONTACT, { input: { id: dewi.id } });
    const [read] = await objectivesOf(customer.id);
    expect(read.agreedBy).toEqual({ name: 'Dewi', removedAt: clock.now().toISOString() });
  });

  it.each([
    ['a key user', { roles: ['KEY_USER'] }, 'BAD_USER_INPUT'],
    ['a contact of another customer', 'other', 'BAD_USER_INPUT'],
    ['an unknown contact', 'unknown', 'NOT_FOUND'],
  ])('refuses agreement by %s on input.contactId', async (_, who, code) => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const other = await registerCustomer(subgraph, { status: 'ACTIVE' });
    let contactId: string;
    if (who === 'other') contactId = other.contacts[0]!.id;
    else if (who === 'unknown') contactId = randomUUID();
    else {
      contactId = (
        await succeed(subgraph, MANAGER, ADD_CONTACT, {
          input: { customerId: customer.id, name: 'Budi', ...(who as object) },
        })
      ).id;
    }
    const defined = await succeed(subgraph, MANAGER, DEFINE, { input: objective(customer.id) });
    const response = await subgraph.query(MANAGER, AGREE, { input: { id: defined.id, contactId } });
    expect(refused(response, code).extensions!.field).toBe('input.contactId');
    expect((await objectivesOf(customer.id))[0].status).toBe('DRAFT');
  });

  it('refuses illegal moves with CONFLICT naming the current and allowed states', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const contactId = customer.contacts[0]!.id;
    const draft = await succeed(subgraph, MANAGER, DEFINE, { input: objective(customer.id) });

    expectConflict(
      await subgraph.query(MANAGER, CLOSE, {
        input: { id: draft.id, status: 'ACHIEVED', note: 'Too early' },
      }),
      'DRAFT',
      ['AGREED', 'WITHDRAWN'],
    );
    await succeed(subgraph, MANAGER, AGREE, { input: { id: draft.id, contactId } });
    expectConflict(
      await subgraph.query(MANAGER, AGREE, { input: { id: draft.id, contactId } }),
      'AGREED',
      ['ACHIEVED', 'MISSED', 'WITHDRAWN'],
    );
    expectConflict(
      await subgraph.query(MANAGER, UPDATE, { input: { id: draft.id, target: '100 %' } }),
      'AGREED',
      ['DRAFT'],
    );
    await succeed(subgraph, MANAGER, CLOSE, {
      input: { id: draft.id, status: 'WITHDRAWN', note: 'Replaced by a wider goal' },
    });
    expectConflict(
      await subgraph.query(MANAGER, CLOSE, {
        input: { id: draft.id, status: 'MISSED', note: 'Again' },
      }),
      'WITHDRAWN',
      [],
    );
    expect((await objectivesOf(customer.id))[0]).toMatchObject({
      status: 'WITHDRAWN',
      target: '99.5 %',
      outcomeNote: 'Replaced by a wider goal',
    });
  });

  it.each([
    ['a blank title', 'input.title', { title: '' }],
    ['a blank measure', 'input.measure', { measure: ' ' }],
    ['a target over 200 characters', 'input.target', { target: 't'.repeat(201) }],
    ['a due date that is no date', 'input.dueDate', { dueDate: '2026-02-30' }],
    ['a malformed customer id', 'input.customerId', { customerId: 'x' }],
  ])('refuses to define with %s, naming %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(MANAGER, DEFINE, {
      input: objective(customer.id, change),
    });
    // The LocalDate scalar refuses an impossible date while GraphQL reads the variables,
    // before any resolver runs: the message names the field, extensions.field does not.
    if (field === 'input.dueDate') {
      expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.message).toContain('at "input.dueDate"');
    } else {
      expectBadInput(response, field);
    }
    expect(await objectivesOf(customer.id)).toEqual([]);
  });

  it.each([
    ['a status that does not end it', 'input.status', { status: 'AGREED' }],
    ['a blank note', 'input.note', { note: ' ' }],
  ])('refuses to close with %s, naming %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    const defined = await succeed(subgraph, MANAGER, DEFINE, { input: objective(customer.id) });
    const response = await subgraph.query(MANAGER, CLOSE, {
      input: { id: defined.id, status: 'WITHDRAWN', note: 'Why', ...change },
    });
    expectBadInput(response, field);
  });

  it('reports unknown objectives and customers as NOT_FOUND', async () => {
    const unknown = await subgraph.query(MANAGER, UPDATE, {
      input: { id: randomUUID(), title: 'x' },
    });
    expect(refused(unknown, 'NOT_FOUND').extensions!.field).toBe('input.id');
    const noCustomer = await subgraph.query(MANAGER, DEFINE, { input: objective(randomUUID()) });
    expect(refused(noCustomer, 'NOT_FOUND').extensions!.field).toBe('input.customerId');
  });

  it.each(READ_ONLY_ROLES)('refuses every objective mutation to the role %s', async (role) => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const defined = await succeed(subgraph, MANAGER, DEFINE, { input: objective(customer.id) });
    const caller = { roles: [role], customerIds: [customer.id] };
    for (const [document, input] of [
      [DEFINE, objective(customer.id)],
      [UPDATE, { id: defined.id, title: 'Mine now' }],
      [AGREE, { id: defined.id, contactId: customer.contacts[0]!.id }],
      [CLOSE, { id: defined.id, status: 'WITHDRAWN', note: 'No' }],
    ] as const) {
      refused(await subgraph.query(caller, document, { input }), 'FORBIDDEN');
    }
    expect(await objectivesOf(customer.id)).toEqual([expect.objectContaining({ status: 'DRAFT' })]);
  });

  it('are not shown to a CUSTOMER caller', async () => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(customerCaller(customer.id), OBJECTIVES, {
      id: customer.id,
    });
    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(response.data!.customer.objectives).toBeNull();
  });
});

describe('service dependencies', () => {
  const dependency = (customerId: string, serviceId: string, overrides = {}) => ({
    customerId,
    serviceId,
    criticality: 'CRITICAL',
    userCount: 1200,
    businessProcess: 'Checkout',
    ...overrides,
  });

  it('records, changes and removes what the business depends on', async () => {
    const customer = await registerCustomer(subgraph);
    const payments = randomUUID();
    const added = await succeed(subgraph, MANAGER, ADD_DEPENDENCY, {
      input: dependency(customer.id, payments.toUpperCase()),
    });
    expect(added).toEqual({
      id: expect.any(String),
      customer: { id: customer.id },
      service: { id: payments },
      criticality: 'CRITICAL',
      userCount: 1200,
      businessProcess: 'Checkout',
    });
    const changed = await succeed(subgraph, ADMIN, UPDATE_DEPENDENCY, {
      input: { id: added.id, criticality: 'HIGH', businessProcess: null },
    });
    expect(changed).toMatchObject({ criticality: 'HIGH', userCount: 1200, businessProcess: null });
    const after = await succeed(subgraph, MANAGER, REMOVE_DEPENDENCY, { input: { id: added.id } });
    expect(after).toEqual({ id: customer.id, serviceDependencies: [] });
    expect((await eventNamesOf(subgraph, customer.id)).slice(1)).toEqual([
      'customer.service-dependency-added',
      'customer.service-dependency-updated',
      'customer.service-dependency-removed',
    ]);
  });

  it('refuses a second dependency on the same service with CONFLICT on input.serviceId', async () => {
    const customer = await registerCustomer(subgraph);
    const serviceId = randomUUID();
    await succeed(subgraph, MANAGER, ADD_DEPENDENCY, { input: dependency(customer.id, serviceId) });
    const response = await subgraph.query(MANAGER, ADD_DEPENDENCY, {
      input: dependency(customer.id, serviceId, { criticality: 'LOW' }),
    });
    expect(refused(response, 'CONFLICT').extensions!.field).toBe('input.serviceId');
  });

  it.each([
    ['a malformed service id', 'input.serviceId', { serviceId: 'payments' }],
    ['a negative user count', 'input.userCount', { userCount: -1 }],
    ['a blank business process', 'input.businessProcess', { businessProcess: ' ' }],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(MANAGER, ADD_DEPENDENCY, {
      input: dependency(customer.id, randomUUID(), change),
    });
    expectBadInput(response, field);
    const read = await succeed(subgraph, ANALYST, DEPENDENCIES, { id: customer.id });
    expect(read.serviceDependencies).toEqual([]);
  });

  it.each([
    ['a null criticality', 'input.criticality', { criticality: null }],
    ['a user count over ten million', 'input.userCount', { userCount: 10_000_001 }],
  ])('refuses to update with %s, naming %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    const added = await succeed(subgraph, MANAGER, ADD_DEPENDENCY, {
      input: dependency(customer.id, randomUUID()),
    });
    expectBadInput(
      await subgraph.query(MANAGER, UPDATE_DEPENDENCY, { input: { id: added.id, ...change } }),
      field,
    );
  });

  it('reports unknown dependencies as NOT_FOUND on input.id', async () => {
    for (const document of [UPDATE_DEPENDENCY, REMOVE_DEPENDENCY]) {
      const response = await subgraph.query(MANAGER, document, { input: { id: randomUUID() } });
      expect(refused(response, 'NOT_FOUND').extensions!.field).toBe('input.id');
    }
  });

  it.each(READ_ONLY_ROLES)('refuses every dependency mutation to the role %s', async (role) => {
    const customer = await registerCustomer(subgraph);
    const added = await succeed(subgraph, MANAGER, ADD_DEPENDENCY, {
      input: dependency(customer.id, randomUUID()),
    });
    const caller = { roles: [role], customerIds: [customer.id] };
    for (const [document, input] of [
      [ADD_DEPENDENCY, dependency(customer.id, randomUUID())],
      [UPDATE_DEPENDENCY, { id: added.id, userCount: 1 }],
      [REMOVE_DEPENDENCY, { id: added.id }],
    ] as const) {
      refused(await subgraph.query(caller, document, { input }), 'FORBIDDEN');
    }
    const read = await succeed(subgraph, ANALYST, DEPENDENCIES, { id: customer.id });
    expect(read.serviceDependencies).toEqual([expect.objectContaining({ userCount: 1200 })]);
  });

  it('gives each service its dependent customers, the most critical first, in one statement', async () => {
    const payments = randomUUID();
    const onboarding = randomUUID();
    const customers = [];
    for (const [criticality, userCount] of [
      ['LOW', 5000],
      ['CRITICAL', 100],
      ['HIGH', 300],
      ['CRITICAL', 900],
    ] as const) {
      const customer = await registerCustomer(subgraph);
      customers.push(customer);
      await succeed(subgraph, MANAGER, ADD_DEPENDENCY, {
        input: dependency(customer.id, payments, { criticality, userCount }),
      });
      await succeed(subgraph, MANAGER, ADD_DEPENDENCY, {
        input: dependency(customer.id, onboarding, { criticality: 'MEDIUM', userCount }),
      });
    }
    const unknown = randomUUID();
    const before = subgraph.running.statementCount();
    const response = await subgraph.query(ANALYST, DEPENDENT_CUSTOMERS, {
      r: [payments, unknown, onboarding, 'not-an-id'].map((id) => ({ __typename: 'Service', id })),
    });
    const statements = subgraph.running.statementCount() - before;
    expect(response.errors).toBeUndefined();
    const [paymentsView, unknownView, onboardingView, malformed] = response.data!._entities;
    expect(
      paymentsView.dependentCustomers.map((d: any) => [
        d.customer.code,
        d.criticality,
        d.userCount,
      ]),
    ).toEqual([
      [customers[3]!.code, 'CRITICAL', 900],
      [customers[1]!.code, 'CRITICAL', 100],
      [customers[2]!.code, 'HIGH', 300],
      [customers[0]!.code, 'LOW', 5000],
    ]);
    expect(unknownView).toEqual({ id: unknown, dependentCustomers: [] });
    expect(onboardingView.dependentCustomers).toHaveLength(4);
    expect(malformed).toBeNull();
    // One for the dependencies of the three services, one for their customers.
    expect(statements).toBe(2);
  });

  it('are not shown to a CUSTOMER caller, nor the customers depending on a service', async () => {
    const customer = await registerCustomer(subgraph);
    const serviceId = randomUUID();
    await succeed(subgraph, MANAGER, ADD_DEPENDENCY, { input: dependency(customer.id, serviceId) });
    const caller = customerCaller(customer.id);
    const own = await subgraph.query(caller, DEPENDENCIES, { id: customer.id });
    expect(own.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const viaService = await subgraph.query(caller, DEPENDENT_CUSTOMERS, {
      r: [{ __typename: 'Service', id: serviceId }],
    });
    expect(viaService.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(viaService.data!._entities).toEqual([{ id: serviceId, dependentCustomers: null }]);
  });
});
