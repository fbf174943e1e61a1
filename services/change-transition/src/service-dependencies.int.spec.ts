import { randomUUID } from 'node:crypto';
import { onlyError, type TestCaller } from '@itsm/testkit';
import {
  ANALYST,
  CHANGE_MANAGER,
  changeTransitionUnderTest,
  dependencyEvent,
  nextWindow,
} from './change-test-kit';

/** change-transition learns from customer-portfolio's service-dependency events which
 * services each customer depends on: a CUSTOMER caller sees the changes on them, and a
 * release waits for the customers that depend on its services at HIGH or above. */

const driver = changeTransitionUnderTest();

const customerCaller = (customerId: string): TestCaller => ({
  roles: ['CUSTOMER'],
  subject: 'portal.user',
  customerIds: [customerId],
});

const SEEN = 'id state customer { id }';
const CHANGE = `query Q($id: ID!) { changeRequest(id: $id) { ${SEEN} } }`;
const ENTITIES = `query E($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Service { changeRequests { id } }
    ... on Customer { changeRequests { id } affectingChangeRequests { ${SEEN} } }
    ... on ChangeRequest { ${SEEN} }
  }
}`;
const SCHEDULE = `query S($from: DateTime!, $to: DateTime!, $customerId: ID) {
  changeSchedule(from: $from, to: $to, customerId: $customerId) { changeRequests { ${SEEN} } }
}`;
const RELEASE_FIELDS = `id state changeRequests { ${SEEN} } affectedCustomers { id }
  awaitingSignOff { id } acceptances { customer { id } }`;
const CREATE = `mutation M($input: CreateReleaseInput!) { createRelease(input: $input) { ${RELEASE_FIELDS} } }`;
const DEFINE = `mutation M($input: DefineAcceptanceCriteriaInput!) { defineAcceptanceCriteria(input: $input) { id } }`;
const SIGN_OFF = `mutation M($input: SignOffAcceptanceInput!) { signOffAcceptance(input: $input) { ${RELEASE_FIELDS} } }`;
const DEPLOY = `mutation M($id: ID!) { deployRelease(id: $id) { ${RELEASE_FIELDS} } }`;
const RELEASE = `query Q($id: ID!) { release(id: $id) { ${RELEASE_FIELDS} } }`;

const service = (id: string) => ({ __typename: 'Service', id });
const customer = (id: string) => ({ __typename: 'Customer', id });
const changeRequest = (id: string) => ({ __typename: 'ChangeRequest', id });

async function entities(caller: TestCaller, representations: object[]) {
  return (await driver.ok(caller, ENTITIES, { r: representations })) as unknown as unknown[];
}

/** The schedule around one window, as the caller sees it. */
async function scheduleAround(
  caller: TestCaller,
  window: { plannedStart: string; plannedEnd: string },
  customerId?: string,
) {
  const found = await driver.ok(caller, SCHEDULE, {
    from: window.plannedStart,
    to: window.plannedEnd,
    ...(customerId && { customerId }),
  });
  return found.changeRequests;
}

/** A release of one scheduled change on `serviceIds`, raised for `customerId`. */
async function releaseOf(customerId: string | null, serviceIds: string[]) {
  const change = await driver.scheduled(nextWindow(), { customerId, serviceIds });
  const release = await driver.ok(CHANGE_MANAGER, CREATE, {
    input: { name: `Release ${randomUUID().slice(0, 8)}`, changeRequestIds: [change.id] },
  });
  return { change, release };
}

async function signOff(releaseId: string, customerId: string) {
  await driver.ok(CHANGE_MANAGER, DEFINE, {
    input: { releaseId, customerId, criteria: 'Checkout works for ten test orders.' },
  });
  return driver.ok(customerCaller(customerId), SIGN_OFF, {
    input: { releaseId, customerId, contactId: randomUUID(), contactName: 'Sari Wijaya' },
  });
}

const ids = (found: unknown) => (found as { id: string }[]).map(({ id }) => id);
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('a CUSTOMER caller sees the changes on the services its customers depend on', () => {
  it("shows another customer's change once authorised, without that customer, through every path", async () => {
    const [mine, theirs, payments, mail] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await driver.deliver(
      dependencyEvent('ADDED', { customerId: mine, serviceId: payments, criticality: 'LOW' }),
    );
    const pending = await driver.submitted({ customerId: theirs, serviceIds: [payments] });
    const window = nextWindow();
    const scheduled = await driver.scheduled(window, {
      customerId: theirs,
      serviceIds: [mail, payments],
    });
    const elsewhere = await driver.scheduled(window, { customerId: theirs, serviceIds: [mail] });
    const me = customerCaller(mine);

    expect(await driver.ok(me, CHANGE, { id: scheduled.id })).toEqual({
      id: scheduled.id,
      state: 'SCHEDULED',
      customer: null,
    });
    for (const hidden of [pending.id, elsewhere.id]) {
      const refused = await driver.query(me, CHANGE, { id: hidden });
      expect(onlyError(refused).extensions!.code).toBe('NOT_FOUND');
    }
    expect(
      await entities(me, [
        service(payments),
        customer(mine),
        customer(theirs),
        changeRequest(scheduled.id),
        changeRequest(pending.id),
      ]),
    ).toEqual([
      { changeRequests: [{ id: scheduled.id }] },
      {
        changeRequests: [],
        affectingChangeRequests: [{ id: scheduled.id, state: 'SCHEDULED', customer: null }],
      },
      // Which changes are raised for another customer, and what it depends on, stay hidden.
      { changeRequests: [], affectingChangeRequests: [] },
      { id: scheduled.id, state: 'SCHEDULED', customer: null },
      null,
    ]);
    expect(await scheduleAround(me, window)).toEqual([
      { id: scheduled.id, state: 'SCHEDULED', customer: null },
    ]);
    expect(await scheduleAround(me, window, theirs)).toEqual([]);

    expect(await driver.ok(ANALYST, CHANGE, { id: scheduled.id })).toMatchObject({
      customer: { id: theirs },
    });
    const stranger = customerCaller(randomUUID());
    expect(
      onlyError(await driver.query(stranger, CHANGE, { id: scheduled.id })).extensions!.code,
    ).toBe('NOT_FOUND');
  });

  it('hides them again once the dependency is removed', async () => {
    const [mine, payments] = [randomUUID(), randomUUID()];
    const added = dependencyEvent('ADDED', {
      customerId: mine,
      serviceId: payments,
      criticality: 'HIGH',
      occurredAt: minutesAgo(2),
    });
    await driver.deliver(added);
    const scheduled = await driver.scheduled(nextWindow(), { serviceIds: [payments] });
    expect(await driver.ok(customerCaller(mine), CHANGE, { id: scheduled.id })).toMatchObject({
      id: scheduled.id,
    });

    await driver.deliver(dependencyEvent('REMOVED', { ...added.data, occurredAt: minutesAgo(1) }));

    const refused = await driver.query(customerCaller(mine), CHANGE, { id: scheduled.id });
    expect(onlyError(refused).extensions!.code).toBe('NOT_FOUND');
  });

  it('lists for staff every change on the services a customer depends on, newest first, each once', async () => {
    const [customerId, payments, mail, other] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    await driver.deliver(
      dependencyEvent('ADDED', { customerId, serviceId: payments, criticality: 'CRITICAL' }),
      dependencyEvent('ADDED', { customerId, serviceId: mail, criticality: 'LOW' }),
    );
    const first = await driver.raise({ customerId: randomUUID(), serviceIds: [payments] });
    const second = await driver.raise({ customerId: null, serviceIds: [payments, mail] });
    await driver.raise({ customerId, serviceIds: [other] });

    const [found] = await entities(ANALYST, [customer(customerId)]);

    expect(found).toMatchObject({
      affectingChangeRequests: [
        { id: second.id, state: 'DRAFT', customer: null },
        { id: first.id, state: 'DRAFT', customer: { id: expect.any(String) } },
      ],
    });
  });
});

describe('a release waits for each customer that depends on its services at HIGH or above', () => {
  it('names them, refuses to deploy without their sign-off, and follows their dependencies', async () => {
    const [raisedFor, critical, high, medium, elsewhere] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    const [payments, mail] = [randomUUID(), randomUUID()];
    const highDependency = dependencyEvent('ADDED', {
      customerId: high,
      serviceId: payments,
      criticality: 'HIGH',
      occurredAt: minutesAgo(5),
    });
    await driver.deliver(
      dependencyEvent('ADDED', {
        customerId: critical,
        serviceId: payments,
        criticality: 'CRITICAL',
      }),
      highDependency,
      dependencyEvent('ADDED', { customerId: medium, serviceId: payments, criticality: 'MEDIUM' }),
      dependencyEvent('ADDED', { customerId: elsewhere, serviceId: mail, criticality: 'HIGH' }),
    );
    const { change, release } = await releaseOf(raisedFor, [payments]);

    expect(ids(release.affectedCustomers)[0]).toBe(raisedFor);
    expect(ids(release.affectedCustomers).sort()).toEqual([raisedFor, critical, high].sort());
    const refused = await driver.query(CHANGE_MANAGER, DEPLOY, { id: release.id });
    expect(onlyError(refused).extensions).toMatchObject({ code: 'CONFLICT' });
    expect([...(onlyError(refused).extensions!.awaitingSignOff as string[])].sort()).toEqual(
      [raisedFor, critical, high].sort(),
    );
    const notAffected = await driver.query(CHANGE_MANAGER, DEFINE, {
      input: { releaseId: release.id, customerId: medium, criteria: 'x' },
    });
    expect(onlyError(notAffected).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.customerId',
    });

    // The dependent customer sees the release through the change on its service: only its
    // own part of it, and signs off for itself.
    const seen = await driver.ok(customerCaller(critical), RELEASE, { id: release.id });
    expect(seen).toMatchObject({
      changeRequests: [{ id: change.id, customer: null }],
      affectedCustomers: [{ id: critical }],
      awaitingSignOff: [{ id: critical }],
      acceptances: [],
    });
    const signed = await signOff(release.id, critical);
    expect(signed).toMatchObject({
      affectedCustomers: [{ id: critical }],
      awaitingSignOff: [],
      acceptances: [{ customer: { id: critical } }],
    });

    // The HIGH dependency drops to LOW: that customer no longer has to sign off.
    await driver.deliver(
      dependencyEvent('UPDATED', {
        ...highDependency.data,
        criticality: 'LOW',
        occurredAt: minutesAgo(4),
      }),
    );
    await signOff(release.id, raisedFor);
    // A customer that starts depending on the service before deployment must sign off too.
    const late = dependencyEvent('ADDED', {
      customerId: elsewhere,
      serviceId: payments,
      criticality: 'CRITICAL',
      occurredAt: minutesAgo(3),
    });
    await driver.deliver(late);
    const stillWaiting = await driver.query(CHANGE_MANAGER, DEPLOY, { id: release.id });
    expect(onlyError(stillWaiting).extensions).toMatchObject({
      code: 'CONFLICT',
      awaitingSignOff: [elsewhere],
    });
    await driver.deliver(dependencyEvent('REMOVED', { ...late.data, occurredAt: minutesAgo(2) }));

    const deployed = await driver.ok(CHANGE_MANAGER, DEPLOY, { id: release.id });

    expect(deployed).toMatchObject({ state: 'DEPLOYED', awaitingSignOff: [] });
    expect(ids(deployed.affectedCustomers).sort()).toEqual([raisedFor, critical].sort());
  });
});

describe('events delivered twice or out of order', () => {
  it('applies a redelivered event once', async () => {
    const [customerId, payments] = [randomUUID(), randomUUID()];
    const dependencyId = randomUUID();
    const records = await driver.deliver(
      dependencyEvent('ADDED', {
        dependencyId,
        customerId,
        serviceId: payments,
        criticality: 'CRITICAL',
        occurredAt: minutesAgo(2),
      }),
      dependencyEvent('UPDATED', {
        dependencyId,
        customerId,
        serviceId: payments,
        criticality: 'MEDIUM',
        occurredAt: minutesAgo(1),
      }),
    );
    const taken = await driver.inboxCount();

    await driver.redeliver(records);

    expect(await driver.inboxCount()).toBe(taken);
    const { release } = await releaseOf(null, [payments]);
    expect(release.affectedCustomers).toEqual([]);
  });

  it('keeps a dependency whose removal arrives before its addition away', async () => {
    const [customerId, payments] = [randomUUID(), randomUUID()];
    const facts = {
      dependencyId: randomUUID(),
      customerId,
      serviceId: payments,
      criticality: 'CRITICAL' as const,
    };

    await driver.deliver(dependencyEvent('REMOVED', { ...facts, occurredAt: minutesAgo(1) }));
    await driver.deliver(dependencyEvent('ADDED', { ...facts, occurredAt: minutesAgo(2) }));

    const { change, release } = await releaseOf(null, [payments]);
    expect(release.affectedCustomers).toEqual([]);
    const refused = await driver.query(customerCaller(customerId), CHANGE, { id: change.id });
    expect(onlyError(refused).extensions!.code).toBe('NOT_FOUND');
  });

  it('keeps the newer facts when an update arrives before its addition', async () => {
    const [customerId, payments] = [randomUUID(), randomUUID()];
    const facts = { dependencyId: randomUUID(), customerId, serviceId: payments };

    await driver.deliver(
      dependencyEvent('UPDATED', { ...facts, criticality: 'HIGH', occurredAt: minutesAgo(1) }),
    );
    await driver.deliver(
      dependencyEvent('ADDED', { ...facts, criticality: 'LOW', occurredAt: minutesAgo(2) }),
    );

    const { release } = await releaseOf(null, [payments]);
    expect(release.affectedCustomers).toEqual([{ id: customerId }]);
  });
});
