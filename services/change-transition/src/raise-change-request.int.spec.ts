import { randomUUID } from 'node:crypto';
import type { Role } from '@itsm/platform';
import { onlyError, startTestSubgraph, type TestCaller, type TestSubgraph } from '@itsm/testkit';
import { changeTransition } from './subgraph';

const FIELDS = `id reference title description type state requestedBy createdAt
  customer { id } affectedServices { id }`;
const RAISE = `mutation Raise($input: RaiseChangeRequestInput!) {
  raiseChangeRequest(input: $input) { ${FIELDS} }
}`;
const CHANGE_REQUEST = `query ChangeRequest($id: ID!) { changeRequest(id: $id) { ${FIELDS} } }`;
const WRITTEN_FOR = `query Written($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Customer { changeRequests { id title } }
    ... on Service { changeRequests { id title } }
  }
}`;

const ADMIN: TestCaller = { roles: ['ADMIN'], subject: 'root.admin' };
const CHANGE_MANAGER: TestCaller = { roles: ['CHANGE_MANAGER'], subject: 'dewi.change' };

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(changeTransition);
});
afterAll(() => subgraph.stop());

const uniqueTitle = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

function validInput(overrides: Record<string, unknown> = {}) {
  return {
    title: uniqueTitle('Upgrade the mail relay'),
    description: 'Moves the relay to the new cluster.',
    type: 'NORMAL',
    customerId: randomUUID(),
    serviceIds: [randomUUID(), randomUUID()],
    ...overrides,
  };
}

async function raise(input: Record<string, unknown>, caller: TestCaller = CHANGE_MANAGER) {
  const response = await subgraph.query(caller, RAISE, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.raiseChangeRequest;
}

/** The change requests stored for a customer and for each service, read as ADMIN. */
async function writtenFor(customerId: string, serviceIds: string[]) {
  const response = await subgraph.query(ADMIN, WRITTEN_FOR, {
    r: [
      { __typename: 'Customer', id: customerId },
      ...serviceIds.map((id) => ({ __typename: 'Service', id })),
    ],
  });
  expect(response.errors).toBeUndefined();
  return response.data!._entities.map((entity: any) => entity.changeRequests);
}

const referenceNumber = (reference: string) => Number(reference.slice('CHG-'.length));

describe('raiseChangeRequest', () => {
  it('raises a change request in DRAFT, requested by the caller', async () => {
    const input = validInput({ type: 'EMERGENCY' });

    const raised = await raise(input);

    expect(raised).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      reference: expect.stringMatching(/^CHG-\d{6}$/),
      title: input.title,
      description: input.description,
      type: 'EMERGENCY',
      state: 'DRAFT',
      requestedBy: 'dewi.change',
      createdAt: expect.any(String),
      customer: { id: input.customerId },
      affectedServices: expect.any(Array),
    });
    expect(raised.affectedServices.map(({ id }: { id: string }) => id).sort()).toEqual(
      [...input.serviceIds].sort(),
    );
    expect(Number.isNaN(Date.parse(raised.createdAt))).toBe(false);
  });

  it('stores what it returns, and changeRequest(id) reads it back', async () => {
    const raised = await raise(validInput({ type: 'EMERGENCY' }));

    const response = await subgraph.query({ roles: ['ANALYST'] }, CHANGE_REQUEST, {
      id: raised.id,
    });

    expect(response.errors).toBeUndefined();
    expect(response.data!.changeRequest).toEqual(raised);
  });

  it('numbers the references CHG- and six digits, increasing from one request to the next', async () => {
    const first = await raise(validInput());
    const second = await raise(validInput());
    const third = await raise(validInput());

    for (const { reference } of [first, second, third]) {
      expect(reference).toMatch(/^CHG-\d{6}$/);
    }
    expect(referenceNumber(second.reference)).toBeGreaterThan(referenceNumber(first.reference));
    expect(referenceNumber(third.reference)).toBeGreaterThan(referenceNumber(second.reference));
  });

  it('gives requests raised concurrently distinct references', async () => {
    const raised = await Promise.all(Array.from({ length: 6 }, () => raise(validInput())));

    const references = raised.map(({ reference }: { reference: string }) => reference);
    expect(new Set(references).size).toBe(references.length);
  });

  it('accepts a request without description or customer', async () => {
    const serviceId = randomUUID();
    const raised = await raise({
      title: uniqueTitle('Rotate TLS certificates'),
      type: 'NORMAL',
      serviceIds: [serviceId],
    });

    expect(raised.description).toBeNull();
    expect(raised.customer).toBeNull();
    expect(raised.affectedServices).toEqual([{ id: serviceId }]);
  });

  it('trims the title', async () => {
    const title = uniqueTitle('Patch the database');
    const raised = await raise(validInput({ title: `   ${title}  ` }));
    expect(raised.title).toBe(title);
  });

  describe('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', () => {
    const serviceA = '6f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';

    it.each([
      ['an empty title', { title: '' }, 'input.title'],
      ['a blank title', { title: '    ' }, 'input.title'],
      ['a title over 200 characters', { title: 'x'.repeat(201) }, 'input.title'],
      [
        'a description over 5000 characters',
        { description: 'x'.repeat(5001) },
        'input.description',
      ],
      ['no service', { serviceIds: [] }, 'input.serviceIds'],
      ['a service named twice', { serviceIds: [serviceA, serviceA] }, 'input.serviceIds'],
      [
        'more than 50 services',
        { serviceIds: Array.from({ length: 51 }, () => randomUUID()) },
        'input.serviceIds',
      ],
      ['a malformed service id', { serviceIds: [serviceA, 'not-a-uuid'] }, 'input.serviceIds.1'],
      ['a malformed customer id', { customerId: 'CUST-42' }, 'input.customerId'],
    ])('%s', async (_case, overrides, field) => {
      const input = validInput(overrides);

      const response = await subgraph.query(CHANGE_MANAGER, RAISE, { input });

      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.path).toEqual(['raiseChangeRequest']);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('accepts a title of exactly 200 characters', async () => {
      const title = `${randomUUID()}${'x'.repeat(164)}`;
      expect(title).toHaveLength(200);
      const raised = await raise(validInput({ title }));
      expect(raised.title).toBe(title);
    });

    it('lists every issue, and names the first in field', async () => {
      const customerId = randomUUID();
      const response = await subgraph.query(CHANGE_MANAGER, RAISE, {
        input: { title: '', type: 'NORMAL', customerId, serviceIds: [] },
      });

      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.title',
        issues: [
          { field: 'input.title', message: expect.any(String) },
          { field: 'input.serviceIds', message: expect.any(String) },
        ],
      });
      expect(await writtenFor(customerId, [])).toEqual([[]]);
    });

    it('writes nothing for a refused request', async () => {
      const serviceId = randomUUID();
      const input = validInput({ serviceIds: [serviceId, 'not-a-uuid'] });

      const response = await subgraph.query(CHANGE_MANAGER, RAISE, { input });

      expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(await writtenFor(input.customerId, [serviceId])).toEqual([[], []]);
    });

    // The same uuid in upper and in lower case names the same service: PostgreSQL stores
    // both as one value.
    it('refuses a service named twice in different letter case', async () => {
      const serviceId = randomUUID();
      const input = validInput({ serviceIds: [serviceId, serviceId.toUpperCase()] });

      const response = await subgraph.query(CHANGE_MANAGER, RAISE, { input });

      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.serviceIds',
      });
      expect(await writtenFor(input.customerId, [serviceId])).toEqual([[], []]);
    });

    it('fails GraphQL validation for a change type that does not exist', async () => {
      const inline = await subgraph.query(
        CHANGE_MANAGER,
        `mutation { raiseChangeRequest(input: { title: "Inline", type: MAJOR,
          serviceIds: ["${randomUUID()}"] }) { id } }`,
      );
      expect(inline.status).toBe(400);
      expect(inline.data ?? null).toBeNull();
      expect(inline.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');

      const input = validInput({ type: 'MAJOR' });
      const asVariable = await subgraph.query(CHANGE_MANAGER, RAISE, { input });
      expect(asVariable.status).toBe(400);
      expect(asVariable.data ?? null).toBeNull();
      expect(asVariable.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(asVariable.errors![0]!.message).toMatch(/ChangeType/);
      expect(await writtenFor(input.customerId, input.serviceIds)).toEqual([[], [], []]);
    });
  });

  describe('roles', () => {
    it.each<Role>([
      'ANALYST',
      'CUSTOMER',
      'CAB_MEMBER',
      'IMPROVEMENT_MANAGER',
      'SERVICE_LEVEL_MANAGER',
    ])('refuses %s with FORBIDDEN and writes nothing', async (role) => {
      const input = validInput();
      const caller: TestCaller = { roles: [role], customerIds: [input.customerId] };

      const response = await subgraph.query(caller, RAISE, { input });

      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.path).toEqual(['raiseChangeRequest']);
      expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect(await writtenFor(input.customerId, input.serviceIds)).toEqual([[], [], []]);
    });

    it('checks the role before the input', async () => {
      const response = await subgraph.query({ roles: ['ANALYST'] }, RAISE, {
        input: validInput({ title: '' }),
      });
      expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    });

    it.each<Role>(['CHANGE_MANAGER', 'ACCOUNT_MANAGER', 'ADMIN'])('lets %s raise', async (role) => {
      const input = validInput();
      const raised = await raise(input, {
        roles: [role],
        subject: `${role.toLowerCase()}.user`,
        customerIds: [input.customerId],
      });

      expect(raised.requestedBy).toBe(`${role.toLowerCase()}.user`);
      const [ofCustomer, ...ofServices] = await writtenFor(input.customerId, input.serviceIds);
      expect(ofCustomer).toEqual([{ id: raised.id, title: input.title }]);
      expect(ofServices).toEqual([
        [{ id: raised.id, title: input.title }],
        [{ id: raised.id, title: input.title }],
      ]);
    });

    it("refuses an ACCOUNT_MANAGER a customer outside the token's customers, and none", async () => {
      const accountManager: TestCaller = {
        roles: ['ACCOUNT_MANAGER'],
        customerIds: [randomUUID()],
      };
      const input = validInput();

      const theirs = await subgraph.query(accountManager, RAISE, { input });
      expect(onlyError(theirs).extensions!.code).toBe('FORBIDDEN');

      const none = await subgraph.query(accountManager, RAISE, {
        input: validInput({ customerId: null }),
      });
      expect(onlyError(none).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.customerId',
      });
      expect(await writtenFor(input.customerId, input.serviceIds)).toEqual([[], [], []]);
    });

    it('lets a caller that holds an allowed role beside a denied one raise', async () => {
      const raised = await raise(validInput(), { roles: ['ANALYST', 'CHANGE_MANAGER'] });
      expect(raised.state).toBe('DRAFT');
    });
  });
});

describe('changeRequest(id)', () => {
  it('finds a change request by id', async () => {
    const input = validInput();
    const raised = await raise(input);

    const response = await subgraph.query({ roles: ['CAB_MEMBER'] }, CHANGE_REQUEST, {
      id: raised.id,
    });

    expect(response.errors).toBeUndefined();
    expect(response.data!.changeRequest).toMatchObject({
      id: raised.id,
      reference: raised.reference,
      title: input.title,
      customer: { id: input.customerId },
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const response = await subgraph.query({ roles: ['ANALYST'] }, CHANGE_REQUEST, {
      id: randomUUID(),
    });

    expect(response.data).toEqual({ changeRequest: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.path).toEqual(['changeRequest']);
    expect(response.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('answers BAD_USER_INPUT on field id for a malformed id', async () => {
    const response = await subgraph.query({ roles: ['ANALYST'] }, CHANGE_REQUEST, {
      id: 'CHG-000001',
    });

    expect(response.data).toEqual({ changeRequest: null });
    expect(response.errors![0]!.path).toEqual(['changeRequest']);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
