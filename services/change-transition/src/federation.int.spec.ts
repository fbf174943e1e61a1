import { randomUUID } from 'node:crypto';
import { startTestSubgraph, type TestCaller, type TestSubgraph } from '@itsm/testkit';
import { changeTransition } from './subgraph';

const RAISE = `mutation Raise($input: RaiseChangeRequestInput!) {
  raiseChangeRequest(input: $input) { id reference title }
}`;
const ENTITIES = `query Entities($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Customer { changeRequests { title } }
    ... on Service { changeRequests { title } }
    ... on ChangeRequest { title affectedServices { id } }
  }
}`;
const CHANGE_REQUEST = `query ChangeRequest($id: ID!) { changeRequest(id: $id) { id title } }`;

const CHANGE_MANAGER: TestCaller = { roles: ['CHANGE_MANAGER'], subject: 'dewi.change' };
const ANALYST: TestCaller = { roles: ['ANALYST'] };

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(changeTransition);
});
afterAll(() => subgraph.stop());

const uniqueTitle = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

async function raise(input: {
  title?: string;
  customerId?: string | null;
  serviceIds: string[];
}): Promise<{ id: string; reference: string; title: string }> {
  const response = await subgraph.query(CHANGE_MANAGER, RAISE, {
    input: { type: 'NORMAL', title: uniqueTitle('Change'), ...input },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.raiseChangeRequest;
}

async function entities(caller: TestCaller, representations: { __typename: string; id: string }[]) {
  const response = await subgraph.query(caller, ENTITIES, { r: representations });
  expect(response.errors).toBeUndefined();
  return response.data!._entities as any[];
}

const customer = (id: string) => ({ __typename: 'Customer', id });
const service = (id: string) => ({ __typename: 'Service', id });
const changeRequest = (id: string) => ({ __typename: 'ChangeRequest', id });

describe('federation entry points', () => {
  it("lists a customer's change requests, newest first", async () => {
    const customerId = randomUUID();
    const first = await raise({ customerId, serviceIds: [randomUUID()] });
    const second = await raise({ customerId, serviceIds: [randomUUID()] });
    const third = await raise({ customerId, serviceIds: [randomUUID()] });
    await raise({ customerId: randomUUID(), serviceIds: [randomUUID()] });

    const [found] = await entities(ANALYST, [customer(customerId)]);

    expect(found).toEqual({
      changeRequests: [{ title: third.title }, { title: second.title }, { title: first.title }],
    });
  });

  it('lists the change requests that affect a service, newest first', async () => {
    const serviceId = randomUUID();
    const first = await raise({ customerId: randomUUID(), serviceIds: [serviceId] });
    const second = await raise({ customerId: null, serviceIds: [randomUUID(), serviceId] });
    const third = await raise({ customerId: randomUUID(), serviceIds: [serviceId, randomUUID()] });
    await raise({ customerId: randomUUID(), serviceIds: [randomUUID()] });

    const [found] = await entities(ANALYST, [service(serviceId)]);

    expect(found).toEqual({
      changeRequests: [{ title: third.title }, { title: second.title }, { title: first.title }],
    });
  });

  it('resolves several representations of each type in one request, each to its own', async () => {
    const [customerA, customerB, customerC] = [randomUUID(), randomUUID(), randomUUID()];
    const [serviceX, serviceY, serviceZ] = [randomUUID(), randomUUID(), randomUUID()];
    const both = await raise({ customerId: customerA, serviceIds: [serviceX, serviceY] });
    const onlyY = await raise({ customerId: customerB, serviceIds: [serviceY] });

    const found = await entities(ANALYST, [
      customer(customerA),
      service(serviceY),
      customer(customerB),
      changeRequest(both.id),
      service(serviceX),
      customer(customerC),
      service(serviceZ),
      changeRequest(onlyY.id),
    ]);

    expect(found).toEqual([
      { changeRequests: [{ title: both.title }] },
      { changeRequests: [{ title: onlyY.title }, { title: both.title }] },
      { changeRequests: [{ title: onlyY.title }] },
      { title: both.title, affectedServices: expect.any(Array) },
      { changeRequests: [{ title: both.title }] },
      { changeRequests: [] },
      { changeRequests: [] },
      { title: onlyY.title, affectedServices: [{ id: serviceY }] },
    ]);
    expect(found[3].affectedServices.map(({ id }: { id: string }) => id).sort()).toEqual(
      [serviceX, serviceY].sort(),
    );
  });

  it('resolves a change request reference to the request', async () => {
    const serviceIds = [randomUUID(), randomUUID(), randomUUID()];
    const raised = await raise({ customerId: randomUUID(), serviceIds });

    const [found] = await entities(ANALYST, [changeRequest(raised.id)]);

    expect(found.title).toBe(raised.title);
    expect(found.affectedServices.map(({ id }: { id: string }) => id).sort()).toEqual(
      [...serviceIds].sort(),
    );
  });

  it('resolves an unknown change request to null', async () => {
    expect(await entities(ANALYST, [changeRequest(randomUUID())])).toEqual([null]);
  });

  it('resolves a representation with an invalid id to null, beside valid ones', async () => {
    const customerId = randomUUID();
    const raised = await raise({ customerId, serviceIds: [randomUUID()] });

    const found = await entities(ANALYST, [
      customer('not-a-uuid'),
      customer(customerId),
      service('42'),
      changeRequest(raised.reference),
      changeRequest(raised.id),
    ]);

    expect(found).toEqual([
      null,
      { changeRequests: [{ title: raised.title }] },
      null,
      null,
      { title: raised.title, affectedServices: expect.any(Array) },
    ]);
  });
});

describe('tenancy: a CUSTOMER caller sees only the change requests of its own customers', () => {
  let customerA: string;
  let customerB: string;
  let shared: string;
  let ofA: { id: string; title: string };
  let ofB: { id: string; title: string };
  let internal: { id: string; title: string };
  let customerOfA: TestCaller;

  beforeAll(async () => {
    customerA = randomUUID();
    customerB = randomUUID();
    shared = randomUUID();
    ofA = await raise({
      title: uniqueTitle('A change'),
      customerId: customerA,
      serviceIds: [shared],
    });
    ofB = await raise({
      title: uniqueTitle('B change'),
      customerId: customerB,
      serviceIds: [shared],
    });
    internal = await raise({
      title: uniqueTitle('Internal'),
      customerId: null,
      serviceIds: [shared],
    });
    customerOfA = { roles: ['CUSTOMER'], customerIds: [customerA], subject: 'a.portal' };
  });

  it('through Customer.changeRequests', async () => {
    const found = await entities(customerOfA, [customer(customerA), customer(customerB)]);
    expect(found).toEqual([{ changeRequests: [{ title: ofA.title }] }, { changeRequests: [] }]);
  });

  it("through Service.changeRequests, showing only A's changes on a shared service", async () => {
    const [found] = await entities(customerOfA, [service(shared)]);
    expect(found).toEqual({ changeRequests: [{ title: ofA.title }] });

    const [unscoped] = await entities(ANALYST, [service(shared)]);
    expect(unscoped).toEqual({
      changeRequests: [{ title: internal.title }, { title: ofB.title }, { title: ofA.title }],
    });
  });

  it("through ChangeRequest references: B's and customerless ones resolve to null", async () => {
    const found = await entities(customerOfA, [
      changeRequest(ofA.id),
      changeRequest(ofB.id),
      changeRequest(internal.id),
    ]);
    expect(found).toEqual([{ title: ofA.title, affectedServices: [{ id: shared }] }, null, null]);
  });

  it("through changeRequest(id): B's is NOT_FOUND", async () => {
    const mine = await subgraph.query(customerOfA, CHANGE_REQUEST, { id: ofA.id });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.changeRequest).toEqual({ id: ofA.id, title: ofA.title });

    for (const id of [ofB.id, internal.id]) {
      const theirs = await subgraph.query(customerOfA, CHANGE_REQUEST, { id });
      expect(theirs.data).toEqual({ changeRequest: null });
      expect(theirs.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    }
  });

  it('shows a CUSTOMER caller of several customers the changes of each', async () => {
    const caller: TestCaller = { roles: ['CUSTOMER'], customerIds: [customerB, customerA] };
    const found = await entities(caller, [service(shared), changeRequest(ofB.id)]);
    expect(found).toEqual([
      { changeRequests: [{ title: ofB.title }, { title: ofA.title }] },
      { title: ofB.title, affectedServices: [{ id: shared }] },
    ]);
  });

  it('shows a CUSTOMER caller with no customers nothing', async () => {
    const caller: TestCaller = { roles: ['CUSTOMER'] };
    const found = await entities(caller, [
      customer(customerA),
      service(shared),
      changeRequest(ofA.id),
    ]);
    expect(found).toEqual([{ changeRequests: [] }, { changeRequests: [] }, null]);
  });

  it('does not scope a caller that holds another role beside CUSTOMER', async () => {
    const caller: TestCaller = { roles: ['CUSTOMER', 'ANALYST'], customerIds: [customerA] };
    const found = await entities(caller, [customer(customerB), changeRequest(ofB.id)]);
    expect(found).toEqual([
      { changeRequests: [{ title: ofB.title }] },
      { title: ofB.title, affectedServices: [{ id: shared }] },
    ]);
  });
});
