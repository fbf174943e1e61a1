import { randomUUID } from 'node:crypto';
import type { Role } from '@itsm/platform';
import { onlyError, type TestCaller } from '@itsm/testkit';
import {
  ANALYST,
  CHANGE_MANAGER,
  changeTransitionUnderTest,
  DOCUMENTS,
  nextWindow,
} from './change-test-kit';

const RELEASE_FIELDS = `id reference name state createdBy deployedBy
  changeRequests { id state }
  affectedCustomers { id }
  awaitingSignOff { id }
  acceptances { customer { id } criteria definedBy signedOffBy { contactId name } signOffRecordedBy signedOffAt }`;
const CREATE = `mutation M($input: CreateReleaseInput!) { createRelease(input: $input) { ${RELEASE_FIELDS} } }`;
const DEFINE = `mutation M($input: DefineAcceptanceCriteriaInput!) { defineAcceptanceCriteria(input: $input) { ${RELEASE_FIELDS} } }`;
const SIGN_OFF = `mutation M($input: SignOffAcceptanceInput!) { signOffAcceptance(input: $input) { ${RELEASE_FIELDS} } }`;
const DEPLOY = `mutation M($id: ID!) { deployRelease(id: $id) { ${RELEASE_FIELDS} } }`;
const RELEASE = `query Q($id: ID!) { release(id: $id) { ${RELEASE_FIELDS} } }`;
const RELEASE_OF_CHANGE = `query Q($id: ID!) { changeRequest(id: $id) { release { reference } history { toState reason } } }`;

const driver = changeTransitionUnderTest();

const accountManagerOf = (customerId: string): TestCaller => ({
  roles: ['ACCOUNT_MANAGER'],
  subject: 'rina.brm',
  customerIds: [customerId],
});
const customerCaller = (customerId: string): TestCaller => ({
  roles: ['CUSTOMER'],
  subject: 'portal.user',
  customerIds: [customerId],
});

async function refused(caller: TestCaller, document: string, variables: Record<string, unknown>) {
  const response = await driver.query(caller, document, variables);
  expect(response.data ?? null).toBeNull();
  return onlyError(response);
}

/** A release of two scheduled changes raised for two customers, and one with no customer. */
async function plannedRelease() {
  const [customerA, customerB] = [randomUUID(), randomUUID()];
  const changes = [
    await driver.scheduled(nextWindow(), { customerId: customerA }),
    await driver.scheduled(nextWindow(), { customerId: customerB }),
    await driver.scheduled(nextWindow(), { customerId: null, type: 'STANDARD' }),
  ];
  const release = await driver.ok(CHANGE_MANAGER, CREATE, {
    input: { name: 'Payments 2032.1', changeRequestIds: changes.map(({ id }) => id) },
  });
  return { release, changes, customerA, customerB };
}

async function signOffBoth({
  release,
  customerA,
  customerB,
}: Awaited<ReturnType<typeof plannedRelease>>) {
  for (const customerId of [customerA, customerB]) {
    await driver.ok(accountManagerOf(customerId), DEFINE, {
      input: {
        releaseId: release.id,
        customerId,
        criteria: 'Ten test payments settle within a day.',
      },
    });
    await driver.ok(customerCaller(customerId), SIGN_OFF, {
      input: {
        releaseId: release.id,
        customerId,
        contactId: randomUUID(),
        contactName: 'Sari Wijaya',
      },
    });
  }
}

describe('createRelease', () => {
  it('groups changes and names the customers who must sign off', async () => {
    const { release, changes, customerA, customerB } = await plannedRelease();

    expect(release).toMatchObject({
      reference: expect.stringMatching(/^REL-\d{6}$/),
      state: 'PLANNED',
      createdBy: 'dewi.change',
      changeRequests: changes.map(({ id }) => ({ id, state: 'SCHEDULED' })),
      affectedCustomers: [{ id: customerA }, { id: customerB }],
      awaitingSignOff: [{ id: customerA }, { id: customerB }],
      acceptances: [],
    });
    const ofChange = await driver.ok(ANALYST, RELEASE_OF_CHANGE, { id: changes[0]!.id });
    expect(ofChange.release).toEqual({ reference: release.reference });
    const [event] = await driver.eventsOf(release.id);
    expect(event).toMatchObject({
      type: 'itsm.change-transition.release.created.v1',
      data: { customerIds: [customerA, customerB], changeRequestIds: changes.map(({ id }) => id) },
    });
  });

  it('refuses a change that already ships in another release', async () => {
    const { changes } = await plannedRelease();
    const error = await refused(CHANGE_MANAGER, CREATE, {
      input: { name: 'Again', changeRequestIds: [changes[0]!.id] },
    });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.changeRequestIds' });
  });

  it('refuses a change that is over, naming its state', async () => {
    const draft = await driver.raise();
    await driver.ok(CHANGE_MANAGER, DOCUMENTS.cancel, { id: draft.id, reason: 'Dropped' });
    const error = await refused(CHANGE_MANAGER, CREATE, {
      input: { name: 'Late', changeRequestIds: [draft.id] },
    });
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.changeRequestIds',
      currentState: 'CANCELLED',
    });
  });

  it.each([
    [
      'no change requests',
      { name: 'R', changeRequestIds: [] },
      'input.changeRequestIds',
      'BAD_USER_INPUT',
    ],
    [
      'a blank name',
      { name: ' ', changeRequestIds: [randomUUID()] },
      'input.name',
      'BAD_USER_INPUT',
    ],
    [
      'a malformed change id',
      { name: 'R', changeRequestIds: ['CHG-1'] },
      'input.changeRequestIds.0',
      'BAD_USER_INPUT',
    ],
    [
      'an unknown change',
      { name: 'R', changeRequestIds: [randomUUID()] },
      'input.changeRequestIds',
      'NOT_FOUND',
    ],
  ])('refuses %s', async (_case, input, field, code) => {
    const error = await refused(CHANGE_MANAGER, CREATE, { input });
    expect(error.extensions).toMatchObject({ code, field });
  });

  it.each<Role>(['ACCOUNT_MANAGER', 'CAB_MEMBER', 'CUSTOMER'])('refuses %s', async (role) => {
    const draft = await driver.raise();
    const error = await refused({ roles: [role] }, CREATE, {
      input: { name: 'R', changeRequestIds: [draft.id] },
    });
    expect(error.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('user acceptance', () => {
  it("records each customer's criteria and its contact's sign-off, and who recorded it", async () => {
    const planned = await plannedRelease();
    const { release, customerA } = planned;

    const defined = await driver.ok(accountManagerOf(customerA), DEFINE, {
      input: { releaseId: release.id, customerId: customerA, criteria: 'Refunds still work.' },
    });
    expect(defined.acceptances).toEqual([
      {
        customer: { id: customerA },
        criteria: 'Refunds still work.',
        definedBy: 'rina.brm',
        signedOffBy: null,
        signOffRecordedBy: null,
        signedOffAt: null,
      },
    ]);

    const contactId = randomUUID();
    const signed = await driver.ok(accountManagerOf(customerA), SIGN_OFF, {
      input: {
        releaseId: release.id,
        customerId: customerA,
        contactId,
        contactName: 'Budi Santoso',
      },
    });
    expect(signed.acceptances).toEqual([
      expect.objectContaining({
        signedOffBy: { contactId, name: 'Budi Santoso' },
        signOffRecordedBy: 'rina.brm',
        signedOffAt: expect.any(String),
      }),
    ]);
    expect(signed.awaitingSignOff).toEqual([{ id: planned.customerB }]);
    const types = (await driver.eventsOf(release.id)).map(({ type }) => type);
    expect(types).toEqual([
      'itsm.change-transition.release.created.v1',
      'itsm.change-transition.release.acceptance-criteria-defined.v1',
      'itsm.change-transition.release.acceptance-signed-off.v1',
    ]);
  });

  it('refuses a sign-off before criteria, a second sign-off, and new criteria after it', async () => {
    const { release, customerA } = await plannedRelease();
    const signOff = {
      releaseId: release.id,
      customerId: customerA,
      contactId: randomUUID(),
      contactName: 'Sari',
    };

    const early = await refused(CHANGE_MANAGER, SIGN_OFF, { input: signOff });
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.customerId' });

    await driver.ok(CHANGE_MANAGER, DEFINE, {
      input: { releaseId: release.id, customerId: customerA, criteria: 'OK' },
    });
    await driver.ok(CHANGE_MANAGER, SIGN_OFF, { input: signOff });
    expect((await refused(CHANGE_MANAGER, SIGN_OFF, { input: signOff })).extensions!.code).toBe(
      'CONFLICT',
    );
    const redefine = await refused(CHANGE_MANAGER, DEFINE, {
      input: { releaseId: release.id, customerId: customerA, criteria: 'Changed' },
    });
    expect(redefine.extensions!.code).toBe('CONFLICT');
  });

  it.each([
    ['define: blank criteria', DEFINE, { criteria: ' ' }, 'input.criteria', 'BAD_USER_INPUT'],
    [
      'define: a customer the release does not affect',
      DEFINE,
      { customerId: randomUUID(), criteria: 'x' },
      'input.customerId',
      'BAD_USER_INPUT',
    ],
    [
      'define: an unknown release',
      DEFINE,
      { releaseId: randomUUID(), criteria: 'x' },
      'input.releaseId',
      'NOT_FOUND',
    ],
    [
      'sign off: a malformed contact id',
      SIGN_OFF,
      { contactId: 'sari', contactName: 'Sari' },
      'input.contactId',
      'BAD_USER_INPUT',
    ],
    [
      'sign off: a blank contact name',
      SIGN_OFF,
      { contactId: randomUUID(), contactName: '' },
      'input.contactName',
      'BAD_USER_INPUT',
    ],
  ])('refuses %s', async (_case, document, input, field, code) => {
    const { release, customerA } = await plannedRelease();
    const error = await refused(CHANGE_MANAGER, document, {
      input: { releaseId: release.id, customerId: customerA, ...input },
    });
    expect(error.extensions).toMatchObject({ code, field });
  });

  it('refuses callers who do not act for the customer', async () => {
    const { release, customerA, customerB } = await plannedRelease();
    await driver.ok(CHANGE_MANAGER, DEFINE, {
      input: { releaseId: release.id, customerId: customerA, criteria: 'OK' },
    });
    const signOff = {
      releaseId: release.id,
      customerId: customerA,
      contactId: randomUUID(),
      contactName: 'Sari',
    };

    for (const [caller, document, input] of [
      [
        accountManagerOf(customerB),
        DEFINE,
        { releaseId: release.id, customerId: customerA, criteria: 'x' },
      ],
      [customerCaller(customerB), SIGN_OFF, signOff],
      [
        customerCaller(customerA),
        DEFINE,
        { releaseId: release.id, customerId: customerA, criteria: 'x' },
      ],
      [{ roles: ['CAB_MEMBER'] as Role[] }, SIGN_OFF, signOff],
    ] as const) {
      expect((await refused(caller, document, { input })).extensions!.code).toBe('FORBIDDEN');
    }
    expect((await driver.ok(ANALYST, RELEASE, { id: release.id })).acceptances).toEqual([
      expect.objectContaining({ signedOffBy: null }),
    ]);
  });
});

describe('deployRelease', () => {
  it('refuses to deploy until every affected customer has signed off', async () => {
    const planned = await plannedRelease();
    await driver.ok(CHANGE_MANAGER, DEFINE, {
      input: { releaseId: planned.release.id, customerId: planned.customerA, criteria: 'OK' },
    });

    const error = await refused(CHANGE_MANAGER, DEPLOY, { id: planned.release.id });

    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      awaitingSignOff: [planned.customerA, planned.customerB],
    });
    expect((await driver.ok(ANALYST, RELEASE, { id: planned.release.id })).state).toBe('PLANNED');
  });

  it('refuses to deploy a change that is not SCHEDULED, naming it', async () => {
    const customerId = randomUUID();
    const authorized = await driver.authorized({ customerId });
    const release = await driver.ok(CHANGE_MANAGER, CREATE, {
      input: { name: 'Unplanned', changeRequestIds: [authorized.id] },
    });
    await driver.ok(CHANGE_MANAGER, DEFINE, {
      input: { releaseId: release.id, customerId, criteria: 'OK' },
    });
    await driver.ok(CHANGE_MANAGER, SIGN_OFF, {
      input: { releaseId: release.id, customerId, contactId: randomUUID(), contactName: 'Sari' },
    });

    const error = await refused(CHANGE_MANAGER, DEPLOY, { id: release.id });

    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      changeRequestId: authorized.id,
      currentState: 'AUTHORIZED',
    });
  });

  it('deploys once signed off: each change starts its implementation', async () => {
    const planned = await plannedRelease();
    await signOffBoth(planned);

    const deployed = await driver.ok(CHANGE_MANAGER, DEPLOY, { id: planned.release.id });

    expect(deployed).toMatchObject({
      state: 'DEPLOYED',
      deployedBy: 'dewi.change',
      awaitingSignOff: [],
    });
    expect(deployed.changeRequests).toEqual(
      planned.changes.map(({ id }) => ({ id, state: 'IMPLEMENTING' })),
    );
    const change = await driver.ok(ANALYST, RELEASE_OF_CHANGE, { id: planned.changes[0]!.id });
    expect(change.history.at(-1)).toEqual({
      toState: 'IMPLEMENTING',
      reason: `deployed in ${planned.release.reference}`,
    });
    const events = await driver.eventsOf(planned.changes[0]!.id);
    expect(events.at(-1)!.type).toBe(
      'itsm.change-transition.change-request.implementation-started.v1',
    );

    const again = await refused(CHANGE_MANAGER, DEPLOY, { id: planned.release.id });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', currentState: 'DEPLOYED' });
  });

  it.each<Role>(['ACCOUNT_MANAGER', 'CAB_MEMBER', 'CUSTOMER'])('refuses %s', async (role) => {
    const planned = await plannedRelease();
    await signOffBoth(planned);
    const error = await refused({ roles: [role], customerIds: [planned.customerA] }, DEPLOY, {
      id: planned.release.id,
    });
    expect(error.extensions!.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown release and BAD_USER_INPUT for a malformed id', async () => {
    expect((await refused(CHANGE_MANAGER, DEPLOY, { id: randomUUID() })).extensions!.code).toBe(
      'NOT_FOUND',
    );
    expect((await refused(CHANGE_MANAGER, DEPLOY, { id: 'REL-1' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });
});

describe('release tenancy', () => {
  it("shows a CUSTOMER only its own part of a release, and none of another's", async () => {
    const { release, changes, customerA } = await plannedRelease();

    const seen = await driver.ok(customerCaller(customerA), RELEASE, { id: release.id });
    expect(seen).toMatchObject({
      changeRequests: [{ id: changes[0]!.id, state: 'SCHEDULED' }],
      affectedCustomers: [{ id: customerA }],
      awaitingSignOff: [{ id: customerA }],
    });
    const hidden = await driver.query(customerCaller(randomUUID()), RELEASE, { id: release.id });
    expect(hidden.data).toEqual({ release: null });
    expect(onlyError(hidden).extensions!.code).toBe('NOT_FOUND');
  });
});
