import { randomUUID } from 'node:crypto';
import {
  type GraphQLResponse,
  startTestSubgraph,
  type TestCaller,
  type TestSubgraph,
} from '@itsm/testkit';
import { serviceLevel } from './subgraph';

/** Integration tests of the service-level subgraph: GraphQL over HTTP, signed as the gateway
 * signs it, against a fresh PostgreSQL database. Every test seeds its own data. */

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(serviceLevel);
});
afterAll(() => subgraph.stop());

const ADMIN: TestCaller = { roles: ['ADMIN'] };
const MANAGER: TestCaller = { roles: ['SERVICE_LEVEL_MANAGER'] };
const ANALYST: TestCaller = { roles: ['ANALYST'] };
const DENIED_ROLES = [
  ['ANALYST'],
  ['CUSTOMER'],
  ['CHANGE_MANAGER'],
  ['ACCOUNT_MANAGER'],
  ['CAB_MEMBER'],
  ['IMPROVEMENT_MANAGER'],
] as const;

let sequence = 0;
/** A name no other test uses. */
const unique = (label: string) => `${label} ${String(++sequence).padStart(4, '0')}`;

const SERVICE_FIELDS = 'id name description owner lifecycle createdAt';
const AGREEMENT_FIELDS = `id name type status customer { id } services { id name } validFrom validTo createdAt`;

const REGISTER_SERVICE = `mutation ($input: RegisterServiceInput!) {
  registerService(input: $input) { ${SERVICE_FIELDS} }
}`;
const DRAFT_AGREEMENT = `mutation ($input: DraftAgreementInput!) {
  draftAgreement(input: $input) { ${AGREEMENT_FIELDS} }
}`;
const SERVICES = `query ($first: Int, $after: String) {
  services(first: $first, after: $after) {
    edges { cursor node { ${SERVICE_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SERVICE = `query ($id: ID!) { service(id: $id) { ${SERVICE_FIELDS} } }`;
const AGREEMENT = `query ($id: ID!) { agreement(id: $id) { ${AGREEMENT_FIELDS} } }`;
const ENTITIES = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    __typename
    ... on Customer { id agreements { id name customer { id } } }
    ... on Service { id name owner lifecycle }
    ... on ServiceLevelAgreement { id name type status customer { id } services { id name } }
  }
}`;

type Response = GraphQLResponse<Record<string, any>>;
type Page = { edges: any[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** A rejected operation: exactly one error, with the code, the field at fault (or none) and
 * the path of the root field. */
function expectError(response: Response, code: string, field: string | undefined, path: string) {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions!.code).toBe(code);
  expect(error!.extensions!.field).toBe(field);
  expect(error!.path).toEqual([path]);
}

function expectNoErrors(response: Response) {
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
}

const registerService = (input: Record<string, unknown>, caller: TestCaller = MANAGER) =>
  subgraph.query(caller, REGISTER_SERVICE, { input });

const draftAgreement = (input: Record<string, unknown>, caller: TestCaller = MANAGER) =>
  subgraph.query(caller, DRAFT_AGREEMENT, { input });

async function seedService(label = 'Service', extra: Record<string, unknown> = {}) {
  const response = await registerService({ name: unique(label), owner: 'owner.one', ...extra });
  expectNoErrors(response);
  return response.data!.registerService as { id: string; name: string };
}

async function seedAgreement(input: Record<string, unknown>) {
  const response = await draftAgreement({ name: unique('Agreement'), ...input });
  expectNoErrors(response);
  return response.data!.draftAgreement as { id: string; name: string };
}

const entities = (caller: TestCaller, representations: Record<string, unknown>[]) =>
  subgraph.query(caller, ENTITIES, { r: representations });

/** The agreements of a customer, read through the federation entry point. */
async function agreementsOfCustomer(customerId: string, caller: TestCaller = ADMIN) {
  const response = await entities(caller, [{ __typename: 'Customer', id: customerId }]);
  expectNoErrors(response);
  return response.data!._entities[0].agreements as { id: string; name: string }[];
}

/** Every service in the catalogue, in the catalogue's order, walking pages of `first`. */
async function walkServices(first: number, caller: TestCaller = ADMIN) {
  const pages: Page[] = [];
  let after: string | null = null;
  for (;;) {
    const response: Response = await subgraph.query(caller, SERVICES, { first, after });
    expectNoErrors(response);
    const page: Page = response.data!.services;
    pages.push(page);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    if (pages.length > 1000) throw new Error('the walk does not end');
  }
  return pages;
}

async function allServiceNames(): Promise<string[]> {
  const pages = await walkServices(100);
  return pages.flatMap((page) => page.edges.map((edge) => edge.node.name as string));
}

const isoOf = (value: string) => new Date(value).toISOString();

describe('registerService', () => {
  it('registers a service for a SERVICE_LEVEL_MANAGER and reads it back', async () => {
    const name = unique('E-mail');
    const before = Date.now();
    const response = await registerService({
      name,
      description: 'Corporate mail and calendars',
      owner: 'dewi.svc',
      lifecycle: 'LIVE',
    });
    expectNoErrors(response);
    const service = response.data!.registerService;
    expect(service).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      name,
      description: 'Corporate mail and calendars',
      owner: 'dewi.svc',
      lifecycle: 'LIVE',
      createdAt: expect.any(String),
    });
    const createdAt = Date.parse(service.createdAt);
    expect(createdAt).toBeGreaterThanOrEqual(before - 5000);
    expect(createdAt).toBeLessThanOrEqual(Date.now() + 5000);

    const read = await subgraph.query(ANALYST, SERVICE, { id: service.id });
    expectNoErrors(read);
    expect(read.data!.service).toEqual(service);
    expect(await allServiceNames()).toContain(name);
  });

  it('lets an ADMIN register, defaults the lifecycle to PIPELINE and trims the text', async () => {
    const name = unique('Payroll');
    const response = await registerService({ name: `  ${name}  `, owner: '  budi.hr  ' }, ADMIN);
    expectNoErrors(response);
    const service = response.data!.registerService;
    expect(service).toMatchObject({
      name,
      owner: 'budi.hr',
      description: null,
      lifecycle: 'PIPELINE',
    });

    const read = await subgraph.query(ADMIN, SERVICE, { id: service.id });
    expect(read.data!.service).toEqual(service);
  });

  it('accepts each lifecycle', async () => {
    for (const lifecycle of ['PIPELINE', 'LIVE', 'RETIRED']) {
      const response = await registerService({ name: unique('Lifecycle'), owner: 'o', lifecycle });
      expectNoErrors(response);
      const read = await subgraph.query(ADMIN, SERVICE, { id: response.data!.registerService.id });
      expect(read.data!.service.lifecycle).toBe(lifecycle);
    }
  });

  it.each([
    ['an empty name', { name: '' }, 'input.name'],
    ['a blank name', { name: '   ' }, 'input.name'],
    ['a name over 200 characters', { name: 'n'.repeat(201) }, 'input.name'],
    ['an empty owner', { owner: '' }, 'input.owner'],
    ['a blank owner', { owner: '  ' }, 'input.owner'],
    ['an owner over 200 characters', { owner: 'o'.repeat(201) }, 'input.owner'],
    ['a description over 2000 characters', { description: 'd'.repeat(2001) }, 'input.description'],
    // PostgreSQL cannot store U+0000 in text, so validation refuses it before it gets there.
    ['a name with a NUL character', { name: 'Bad\u0000name' }, 'input.name'],
  ])(
    'rejects %s as BAD_USER_INPUT naming the field, and writes nothing',
    async (_case, fault, field) => {
      const valid = { name: unique('Rejected'), owner: 'owner.one' };
      const before = await allServiceNames();
      const response = await registerService({ ...valid, ...fault });
      expectError(response, 'BAD_USER_INPUT', field, 'registerService');
      expect(response.data ?? null).toBeNull();
      expect(await allServiceNames()).toEqual(before);
    },
  );

  it('accepts a name of exactly 200 characters', async () => {
    const name = `${unique('Long')} `.padEnd(200, 'x');
    const response = await registerService({ name, owner: 'o' });
    expectNoErrors(response);
    expect(response.data!.registerService.name).toBe(name);
  });

  it('rejects an unknown lifecycle as BAD_USER_INPUT and writes nothing', async () => {
    const name = unique('Bad lifecycle');
    const response = await registerService({ name, owner: 'o', lifecycle: 'DECOMMISSIONED' });
    expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(await allServiceNames()).not.toContain(name);
  });

  it('refuses a second service of the same name as CONFLICT on input.name', async () => {
    const first = await seedService('Duplicate');
    const again = await registerService({ name: first.name, owner: 'someone.else' });
    expectError(again, 'CONFLICT', 'input.name', 'registerService');
    expect(again.data ?? null).toBeNull();

    // The name is compared after trimming.
    const padded = await registerService({ name: ` ${first.name} `, owner: 'someone.else' });
    expectError(padded, 'CONFLICT', 'input.name', 'registerService');

    const names = await allServiceNames();
    expect(names.filter((name) => name === first.name)).toHaveLength(1);
    const read = await subgraph.query(ADMIN, SERVICE, { id: first.id });
    expect(read.data!.service.owner).toBe('owner.one');
  });

  it.each(DENIED_ROLES)('refuses %s as FORBIDDEN and writes nothing', async (role) => {
    const name = unique('Denied');
    const response = await registerService({ name, owner: 'mallory' }, { roles: [role] });
    expectError(response, 'FORBIDDEN', undefined, 'registerService');
    expect(response.data ?? null).toBeNull();
    expect(await allServiceNames()).not.toContain(name);
  });

  it('refuses a CUSTOMER caller even for its own customers', async () => {
    const name = unique('Denied customer');
    const response = await registerService(
      { name, owner: 'mallory' },
      { roles: ['CUSTOMER'], customerIds: [randomUUID()] },
    );
    expectError(response, 'FORBIDDEN', undefined, 'registerService');
    expect(await allServiceNames()).not.toContain(name);
  });

  it('allows a caller that has SERVICE_LEVEL_MANAGER among other roles', async () => {
    const response = await registerService(
      { name: unique('Mixed roles'), owner: 'o' },
      { roles: ['ANALYST', 'SERVICE_LEVEL_MANAGER'] },
    );
    expectNoErrors(response);
  });
});

describe('draftAgreement', () => {
  it('drafts a customer-based agreement and reads it back', async () => {
    const zulu = await seedService('Zulu');
    const alpha = await seedService('Alpha');
    const customerId = randomUUID();
    const name = unique('Marketing services');
    const response = await draftAgreement({
      name: `  ${name} `,
      type: 'CUSTOMER_BASED',
      customerId,
      serviceIds: [zulu.id, alpha.id],
      validFrom: '2026-01-01T00:00:00Z',
      validTo: '2026-12-31T00:00:00Z',
    });
    expectNoErrors(response);
    const agreement = response.data!.draftAgreement;
    expect(agreement).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name,
      type: 'CUSTOMER_BASED',
      status: 'DRAFT',
      customer: { id: customerId },
      // The covered services come in name order.
      services: [
        { id: alpha.id, name: alpha.name },
        { id: zulu.id, name: zulu.name },
      ],
      validFrom: expect.any(String),
      validTo: expect.any(String),
      createdAt: expect.any(String),
    });
    expect(isoOf(agreement.validFrom)).toBe('2026-01-01T00:00:00.000Z');
    expect(isoOf(agreement.validTo)).toBe('2026-12-31T00:00:00.000Z');
    expect(Math.abs(Date.parse(agreement.createdAt) - Date.now())).toBeLessThan(60_000);

    const read = await subgraph.query(ANALYST, AGREEMENT, { id: agreement.id });
    expectNoErrors(read);
    expect(read.data!.agreement).toEqual(agreement);
    expect(await agreementsOfCustomer(customerId)).toEqual([
      { id: agreement.id, name, customer: { id: customerId } },
    ]);
  });

  it('drafts a service-based agreement, which has no customer', async () => {
    const service = await seedService('Service desk');
    const name = unique('Service desk for everyone');
    const response = await draftAgreement({
      name,
      type: 'SERVICE_BASED',
      serviceIds: [service.id],
    });
    expectNoErrors(response);
    const agreement = response.data!.draftAgreement;
    expect(agreement).toMatchObject({
      name,
      type: 'SERVICE_BASED',
      status: 'DRAFT',
      customer: null,
      services: [{ id: service.id, name: service.name }],
      validFrom: null,
      validTo: null,
    });

    const read = await subgraph.query(MANAGER, AGREEMENT, { id: agreement.id });
    expect(read.data!.agreement).toEqual(agreement);
  });

  it('lets an ADMIN draft a multi-level agreement with an open-ended validity', async () => {
    const service = await seedService('Hosting');
    const customerId = randomUUID();
    const response = await draftAgreement(
      {
        name: unique('Group hosting'),
        type: 'MULTI_LEVEL',
        level: 'CORPORATE',
        customerId,
        serviceIds: [service.id],
        validFrom: '2026-03-01T09:00:00+07:00',
      },
      ADMIN,
    );
    expectNoErrors(response);
    const agreement = response.data!.draftAgreement;
    expect(agreement).toMatchObject({
      type: 'MULTI_LEVEL',
      customer: { id: customerId },
      validTo: null,
    });
    expect(isoOf(agreement.validFrom)).toBe('2026-03-01T02:00:00.000Z');

    const read = await subgraph.query(ADMIN, AGREEMENT, { id: agreement.id });
    expect(read.data!.agreement).toEqual(agreement);
  });

  it('compares validity instants, not local times', async () => {
    const service = await seedService('Offsets');
    // 10:00 at +07:00 is 03:00Z, before 05:00Z.
    const response = await draftAgreement({
      name: unique('Offsets'),
      type: 'CUSTOMER_BASED',
      customerId: randomUUID(),
      serviceIds: [service.id],
      validFrom: '2026-01-01T10:00:00+07:00',
      validTo: '2026-01-01T05:00:00Z',
    });
    expectNoErrors(response);
  });

  it('accepts ids in upper case and reads them back as the catalogue spells them', async () => {
    const service = await seedService('Upper case');
    const customerId = randomUUID();
    const response = await draftAgreement({
      name: unique('Upper case'),
      type: 'CUSTOMER_BASED',
      customerId: customerId.toUpperCase(),
      serviceIds: [service.id.toUpperCase()],
    });
    expectNoErrors(response);
    expect(response.data!.draftAgreement).toMatchObject({
      customer: { id: customerId },
      services: [{ id: service.id }],
    });
    expect(await agreementsOfCustomer(customerId)).toHaveLength(1);
  });

  describe('rejects bad input as BAD_USER_INPUT naming the field, and writes nothing:', () => {
    const cases: [
      string,
      (ids: string[], customerId: string) => Record<string, unknown>,
      string,
    ][] = [
      ['an empty name', () => ({ name: '' }), 'input.name'],
      ['a blank name', () => ({ name: '   ' }), 'input.name'],
      ['a name over 200 characters', () => ({ name: 'x'.repeat(201) }), 'input.name'],
      // PostgreSQL cannot store U+0000 in text, so validation refuses it before it gets there.
      ['a name with a NUL character', () => ({ name: 'Bad\u0000name' }), 'input.name'],
      [
        'a customer-based agreement without a customer',
        () => ({ customerId: null }),
        'input.customerId',
      ],
      [
        'a customer-based agreement with the customer left out',
        () => ({ customerId: undefined }),
        'input.customerId',
      ],
      [
        'a multi-level agreement without a customer',
        () => ({ type: 'MULTI_LEVEL', customerId: null }),
        'input.customerId',
      ],
      [
        'a service-based agreement with a customer',
        ([first]) => ({ type: 'SERVICE_BASED', serviceIds: [first] }),
        'input.customerId',
      ],
      [
        'a service-based agreement with a customer and two services',
        (ids, customerId) => ({ type: 'SERVICE_BASED', serviceIds: ids, customerId }),
        'input.customerId',
      ],
      ['a malformed customer id', () => ({ customerId: 'acme' }), 'input.customerId'],
      ['no services', () => ({ serviceIds: [] }), 'input.serviceIds'],
      [
        'a malformed service id',
        ([first]) => ({ serviceIds: [first, 'not-an-id'] }),
        'input.serviceIds.1',
      ],
      ['a repeated service', ([first]) => ({ serviceIds: [first, first] }), 'input.serviceIds'],
      [
        'a service repeated in another case',
        ([first]) => ({ serviceIds: [first, first!.toUpperCase()] }),
        'input.serviceIds',
      ],
      [
        'a validity ending before it starts',
        () => ({ validFrom: '2026-06-01T00:00:00Z', validTo: '2026-05-31T23:59:59Z' }),
        'input.validTo',
      ],
      [
        'a validity ending as it starts',
        () => ({ validFrom: '2026-06-01T00:00:00Z', validTo: '2026-06-01T07:00:00+07:00' }),
        'input.validTo',
      ],
    ];

    it.each(cases)('%s', async (_case, fault, field) => {
      const services = [await seedService('Covered'), await seedService('Covered')];
      const ids = services.map((service) => service.id);
      const customerId = randomUUID();
      const name = unique('Rejected agreement');
      const input = {
        name,
        type: 'CUSTOMER_BASED',
        customerId,
        serviceIds: ids,
        ...fault(ids, customerId),
      };
      const response = await draftAgreement(input);
      expectError(response, 'BAD_USER_INPUT', field, 'draftAgreement');
      expect(response.data ?? null).toBeNull();
      expect(await agreementsOfCustomer(customerId)).toEqual([]);
    });
  });

  it('names input.serviceIds for a service-based agreement with two services', async () => {
    const ids = [(await seedService('Two')).id, (await seedService('Two')).id];
    const response = await draftAgreement({
      name: unique('Two services'),
      type: 'SERVICE_BASED',
      serviceIds: ids,
    });
    expectError(response, 'BAD_USER_INPUT', 'input.serviceIds', 'draftAgreement');
  });

  it('rejects a malformed date and an unknown type as BAD_USER_INPUT', async () => {
    const service = await seedService('Dates');
    const customerId = randomUUID();
    const valid = {
      name: unique('Dates'),
      type: 'CUSTOMER_BASED',
      customerId,
      serviceIds: [service.id],
    };
    for (const fault of [
      { validFrom: 'next tuesday' },
      { validTo: '2026-13-01T00:00:00Z' },
      { type: 'CORPORATE' },
    ]) {
      const response = await draftAgreement({ ...valid, ...fault });
      expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
    expect(await agreementsOfCustomer(customerId)).toEqual([]);
  });

  it('refuses an unknown service as NOT_FOUND on input.serviceIds, and writes nothing', async () => {
    const known = await seedService('Known');
    const customerId = randomUUID();
    for (const serviceIds of [[randomUUID()], [known.id, randomUUID()]]) {
      const response = await draftAgreement({
        name: unique('Unknown service'),
        type: 'CUSTOMER_BASED',
        customerId,
        serviceIds,
      });
      expectError(response, 'NOT_FOUND', 'input.serviceIds', 'draftAgreement');
      expect(response.errors![0]!.message).toContain(serviceIds.at(-1)!);
      expect(response.data ?? null).toBeNull();
    }
    expect(await agreementsOfCustomer(customerId)).toEqual([]);
  });

  it.each(DENIED_ROLES)('refuses %s as FORBIDDEN and writes nothing', async (role) => {
    const service = await seedService('Denied');
    const customerId = randomUUID();
    const response = await draftAgreement(
      {
        name: unique('Denied agreement'),
        type: 'CUSTOMER_BASED',
        customerId,
        serviceIds: [service.id],
      },
      { roles: [role], customerIds: [customerId] },
    );
    expectError(response, 'FORBIDDEN', undefined, 'draftAgreement');
    expect(response.data ?? null).toBeNull();
    expect(await agreementsOfCustomer(customerId)).toEqual([]);
  });
});

describe('services', () => {
  it('walks the whole catalogue with first: 2, each service once, in name order', async () => {
    const prefix = unique('Walk');
    const seeded: string[] = [];
    for (const letter of ['e', 'b', 'd', 'a', 'c']) {
      const response = await registerService({ name: `${prefix} ${letter}`, owner: 'o' });
      expectNoErrors(response);
      seeded.push(response.data!.registerService.name);
    }

    const pages = await walkServices(2, ANALYST);
    const edges = pages.flatMap((page) => page.edges);
    const ids = edges.map((edge) => edge.node.id);
    const names = edges.map((edge) => edge.node.name as string);

    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    // Everything, in the order of one big page.
    expect(names).toEqual(await allServiceNames());
    expect(names.filter((name) => name.startsWith(`${prefix} `))).toEqual([...seeded].sort());
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);

    for (const [index, page] of pages.entries()) {
      const last = index === pages.length - 1;
      expect(page.pageInfo.hasNextPage).toBe(!last);
      if (last) expect([1, 2]).toContain(page.edges.length);
      else expect(page.edges).toHaveLength(2);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
    }
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
  });

  it('returns an empty last page after the last cursor', async () => {
    await seedService('Empty page');
    const pages = await walkServices(100);
    const lastCursor = pages.at(-1)!.edges.at(-1).cursor;
    const response = await subgraph.query(ADMIN, SERVICES, { first: 5, after: lastCursor });
    expectNoErrors(response);
    expect(response.data!.services).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('pages by 20 when first is not given', async () => {
    for (let index = 0; index < 21; index += 1) await seedService('Default page');
    const total = (await allServiceNames()).length;
    const response = await subgraph.query(
      ANALYST,
      '{ services { edges { node { id } } pageInfo { hasNextPage } } }',
    );
    expectNoErrors(response);
    expect(response.data!.services.edges).toHaveLength(20);
    expect(response.data!.services.pageInfo.hasNextPage).toBe(total > 20);
  });

  it('is readable by a CUSTOMER caller', async () => {
    const service = await seedService('Public');
    const response = await subgraph.query(
      { roles: ['CUSTOMER'], customerIds: [randomUUID()] },
      SERVICES,
      { first: 100 },
    );
    expectNoErrors(response);
    expect(response.data!.services.edges.map((edge: any) => edge.node.id)).toContain(service.id);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a sort key with a malformed id', Buffer.from('["Email","42"]').toString('base64url')],
    ['an object', Buffer.from('{"name":"Email"}').toString('base64url')],
    ['a one-element sort key', Buffer.from('["Email"]').toString('base64url')],
    ['a sort key of numbers', Buffer.from(`[1,"${randomUUID()}"]`).toString('base64url')],
  ])('rejects a forged after cursor (%s) as BAD_USER_INPUT on after', async (_case, after) => {
    const response = await subgraph.query(ADMIN, SERVICES, { first: 2, after });
    expectError(response, 'BAD_USER_INPUT', 'after', 'services');
  });

  it.each([0, 101, -1])('rejects first: %d as BAD_USER_INPUT on first', async (first) => {
    const response = await subgraph.query(ADMIN, SERVICES, { first });
    expectError(response, 'BAD_USER_INPUT', 'first', 'services');
  });

  it('accepts first: 1 and first: 100', async () => {
    await seedService('Bounds');
    for (const first of [1, 100]) {
      const response = await subgraph.query(ADMIN, SERVICES, { first });
      expectNoErrors(response);
      expect(response.data!.services.edges.length).toBeGreaterThan(0);
      expect(response.data!.services.edges.length).toBeLessThanOrEqual(first);
    }
  });
});

describe('service(id)', () => {
  it('reads a service for any role', async () => {
    const service = await seedService('Readable', { description: 'd', lifecycle: 'RETIRED' });
    for (const caller of [
      ADMIN,
      ANALYST,
      { roles: ['CUSTOMER'], customerIds: [] },
    ] as TestCaller[]) {
      const response = await subgraph.query(caller, SERVICE, { id: service.id });
      expectNoErrors(response);
      expect(response.data!.service).toMatchObject({
        id: service.id,
        name: service.name,
        description: 'd',
        lifecycle: 'RETIRED',
      });
    }
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const response = await subgraph.query(ADMIN, SERVICE, { id: randomUUID() });
    expectError(response, 'NOT_FOUND', 'id', 'service');
    expect(response.data).toEqual({ service: null });
  });

  it.each(['42', 'not-an-id', ''])('answers BAD_USER_INPUT on id for %j', async (id) => {
    const response = await subgraph.query(ADMIN, SERVICE, { id });
    expectError(response, 'BAD_USER_INPUT', 'id', 'service');
    expect(response.data).toEqual({ service: null });
  });
});

describe('agreement(id)', () => {
  it('answers NOT_FOUND for an unknown id', async () => {
    const response = await subgraph.query(ADMIN, AGREEMENT, { id: randomUUID() });
    expectError(response, 'NOT_FOUND', 'id', 'agreement');
    expect(response.data).toEqual({ agreement: null });
  });

  it('answers BAD_USER_INPUT on id for a malformed id', async () => {
    const response = await subgraph.query(ADMIN, AGREEMENT, { id: 'SLA-1' });
    expectError(response, 'BAD_USER_INPUT', 'id', 'agreement');
  });

  it('shows a CUSTOMER caller the agreements of its customers and no others', async () => {
    const service = await seedService('Tenancy');
    const customerA = randomUUID();
    const customerB = randomUUID();
    const ofA = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId: customerA,
      serviceIds: [service.id],
    });
    const ofB = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId: customerB,
      serviceIds: [service.id],
    });
    const customerOfA: TestCaller = { roles: ['CUSTOMER'], customerIds: [customerA] };

    const mine = await subgraph.query(customerOfA, AGREEMENT, { id: ofA.id });
    expectNoErrors(mine);
    expect(mine.data!.agreement).toMatchObject({ id: ofA.id, customer: { id: customerA } });

    const theirs = await subgraph.query(customerOfA, AGREEMENT, { id: ofB.id });
    expectError(theirs, 'NOT_FOUND', 'id', 'agreement');
    expect(theirs.data).toEqual({ agreement: null });
    expect(JSON.stringify(theirs)).not.toContain(ofB.name);

    // Any other role reads every customer's agreements.
    for (const caller of [ANALYST, { roles: ['CUSTOMER', 'ANALYST'] }] as TestCaller[]) {
      const response = await subgraph.query(caller, AGREEMENT, { id: ofB.id });
      expectNoErrors(response);
      expect(response.data!.agreement.id).toBe(ofB.id);
    }
  });
});

describe('federation entry points', () => {
  it('resolves Service references, and null for unknown and malformed ids', async () => {
    const service = await seedService('Federated', { lifecycle: 'LIVE', owner: 'sari.ops' });
    const response = await entities(ANALYST, [
      { __typename: 'Service', id: service.id },
      { __typename: 'Service', id: randomUUID() },
      { __typename: 'Service', id: 'not-an-id' },
    ]);
    expectNoErrors(response);
    expect(response.data!._entities).toEqual([
      {
        __typename: 'Service',
        id: service.id,
        name: service.name,
        owner: 'sari.ops',
        lifecycle: 'LIVE',
      },
      null,
      null,
    ]);
  });

  it('resolves ServiceLevelAgreement references, and null for unknown and malformed ids', async () => {
    const beta = await seedService('Beta');
    const alpha = await seedService('Alpha');
    const customerId = randomUUID();
    const agreement = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId,
      serviceIds: [beta.id, alpha.id],
    });
    const response = await entities(ADMIN, [
      { __typename: 'ServiceLevelAgreement', id: agreement.id },
      { __typename: 'ServiceLevelAgreement', id: randomUUID() },
      { __typename: 'ServiceLevelAgreement', id: 'SLA-7' },
    ]);
    expectNoErrors(response);
    expect(response.data!._entities).toEqual([
      {
        __typename: 'ServiceLevelAgreement',
        id: agreement.id,
        name: agreement.name,
        type: 'CUSTOMER_BASED',
        status: 'DRAFT',
        customer: { id: customerId },
        services: [
          { id: alpha.id, name: alpha.name },
          { id: beta.id, name: beta.name },
        ],
      },
      null,
      null,
    ]);
  });

  it('lists the agreements of a Customer in name order, none for an unknown id, and null for a malformed one', async () => {
    const service = await seedService('Customer agreements');
    const customerId = randomUUID();
    const base = unique('Customer agreement');
    const second = await seedAgreement({
      name: `${base} b`,
      type: 'CUSTOMER_BASED',
      customerId,
      serviceIds: [service.id],
    });
    const first = await seedAgreement({
      name: `${base} a`,
      type: 'MULTI_LEVEL',
      level: 'CORPORATE',
      customerId,
      serviceIds: [service.id],
    });
    // Another customer's agreement and a service-based one stay out of the list.
    await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId: randomUUID(),
      serviceIds: [service.id],
    });
    await seedAgreement({ type: 'SERVICE_BASED', serviceIds: [service.id] });

    const response = await entities(ADMIN, [
      { __typename: 'Customer', id: customerId },
      { __typename: 'Customer', id: randomUUID() },
      { __typename: 'Customer', id: 'acme' },
    ]);
    expectNoErrors(response);
    expect(response.data!._entities).toEqual([
      {
        __typename: 'Customer',
        id: customerId,
        agreements: [
          { id: first.id, name: first.name, customer: { id: customerId } },
          { id: second.id, name: second.name, customer: { id: customerId } },
        ],
      },
      { __typename: 'Customer', id: expect.any(String), agreements: [] },
      // A malformed key is no customer, as in every subgraph.
      null,
    ]);
  });

  it('resolves mixed representations in one request, in order', async () => {
    const service = await seedService('Mixed');
    const customerId = randomUUID();
    const agreement = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId,
      serviceIds: [service.id],
    });
    const response = await entities(ADMIN, [
      { __typename: 'ServiceLevelAgreement', id: agreement.id },
      { __typename: 'Service', id: service.id },
      { __typename: 'Customer', id: customerId },
    ]);
    expectNoErrors(response);
    expect(response.data!._entities.map((entity: any) => [entity.__typename, entity.id])).toEqual([
      ['ServiceLevelAgreement', agreement.id],
      ['Service', service.id],
      ['Customer', customerId],
    ]);
    expect(response.data!._entities[2].agreements).toEqual([
      { id: agreement.id, name: agreement.name, customer: { id: customerId } },
    ]);
  });

  it('shows a CUSTOMER caller only the agreements of its own customers', async () => {
    const service = await seedService('Tenancy federation');
    const customerA = randomUUID();
    const customerB = randomUUID();
    const ofA = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId: customerA,
      serviceIds: [service.id],
    });
    const ofB = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId: customerB,
      serviceIds: [service.id],
    });
    const customerOfA: TestCaller = { roles: ['CUSTOMER'], customerIds: [customerA] };

    const response = await entities(customerOfA, [
      { __typename: 'Customer', id: customerA },
      { __typename: 'Customer', id: customerB },
      { __typename: 'ServiceLevelAgreement', id: ofA.id },
      { __typename: 'ServiceLevelAgreement', id: ofB.id },
    ]);
    expectNoErrors(response);
    const [customerAEntity, customerBEntity, agreementA, agreementB] = response.data!._entities;
    expect(customerAEntity.agreements).toEqual([
      { id: ofA.id, name: ofA.name, customer: { id: customerA } },
    ]);
    expect(customerBEntity.agreements).toEqual([]);
    expect(agreementA).toMatchObject({ id: ofA.id, name: ofA.name });
    expect(agreementB).toBeNull();
    expect(JSON.stringify(response)).not.toContain(ofB.name);

    // The same customer, read by a role that sees every customer.
    expect(await agreementsOfCustomer(customerB, ANALYST)).toEqual([
      { id: ofB.id, name: ofB.name, customer: { id: customerB } },
    ]);
  });

  it('shows a CUSTOMER caller of several customers the agreements of each', async () => {
    const service = await seedService('Several customers');
    const customerA = randomUUID();
    const customerB = randomUUID();
    const ofA = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId: customerA,
      serviceIds: [service.id],
    });
    const ofB = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId: customerB,
      serviceIds: [service.id],
    });
    const caller: TestCaller = { roles: ['CUSTOMER'], customerIds: [customerA, customerB] };
    expect((await agreementsOfCustomer(customerA, caller)).map((a) => a.id)).toEqual([ofA.id]);
    expect((await agreementsOfCustomer(customerB, caller)).map((a) => a.id)).toEqual([ofB.id]);
  });
});
