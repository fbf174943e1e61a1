import { eventually, type TestCaller } from '@itsm/testkit';
import { mutate, registerCustomer, registerService } from './seed';
import { startTestStack, type TestStack } from './stack';

/**
 * customer-portfolio's service dependencies reach change-transition through Kafka: a customer
 * sees the changes on the services it depends on, without whom they are raised for, and a
 * release waits for the sign-off of each customer that depends on a changed service at HIGH
 * criticality or above.
 */

const CHANGE_MANAGER: TestCaller = { roles: ['CHANGE_MANAGER'], subject: 'dewi.change' };
const CAB = ['ana.cab', 'budi.cab'].map((subject): TestCaller => ({
  roles: ['CAB_MEMBER'],
  subject,
}));

const DOCUMENTS = {
  addDependency: `mutation AddDependency($input: AddServiceDependencyInput!) {
    addServiceDependency(input: $input) { id criticality customer { code } service { name } }
  }`,
  removeDependency: `mutation RemoveDependency($input: RemoveServiceDependencyInput!) {
    removeServiceDependency(input: $input) { code }
  }`,
  raise: `mutation Raise($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { id reference } }`,
  submit: `mutation Submit($id: ID!) { submitChangeRequest(id: $id) { state } }`,
  assess: `mutation Assess($id: ID!, $input: AssessChangeRequestInput!) { assessChangeRequest(id: $id, input: $input) { state } }`,
  decide: `mutation Decide($id: ID!, $input: ChangeApprovalDecisionInput!) { decideOnChangeRequest(id: $id, input: $input) { state } }`,
  schedule: `mutation Schedule($id: ID!, $input: ScheduleChangeRequestInput!) { scheduleChangeRequest(id: $id, input: $input) { state } }`,
  createRelease: `mutation CreateRelease($input: CreateReleaseInput!) { createRelease(input: $input) { id reference } }`,
  release: `query Release($id: ID!) {
    release(id: $id) { reference state affectedCustomers { code } awaitingSignOff { code } }
  }`,
  defineCriteria: `mutation Criteria($input: DefineAcceptanceCriteriaInput!) { defineAcceptanceCriteria(input: $input) { reference } }`,
  signOff: `mutation SignOff($input: SignOffAcceptanceInput!) {
    signOffAcceptance(input: $input) { reference affectedCustomers { code } awaitingSignOff { code } acceptances { customer { code } signedOffBy { name } } }
  }`,
  deploy: `mutation Deploy($id: ID!) { deployRelease(id: $id) { reference state changeRequests { reference state } } }`,
  portal: `query Portal($customerId: ID!) {
    customer(id: $customerId) {
      code
      affectingChangeRequests { reference state plannedStart customer { code } affectedServices { name } }
    }
  }`,
};

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ kafka: true });
});
afterAll(() => stack.stop());

async function run(caller: TestCaller, document: string, variables: Record<string, unknown>) {
  const response = await stack.query(caller, document, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data!)[0] as Record<string, any>;
}

const ADMIN: TestCaller = { roles: ['ADMIN'], subject: 'root' };
const customerCaller = (customerId: string): TestCaller => ({
  roles: ['CUSTOMER'],
  subject: `portal-${customerId.slice(0, 8)}`,
  customerIds: [customerId],
});

/** What the customer portal shows: the changes on the services the customer depends on. */
const portal = (customerId: string) =>
  run(customerCaller(customerId), DOCUMENTS.portal, { customerId });

describe("customers' service dependencies in change enablement, through the gateway", () => {
  it('shows each dependent customer the change and waits for the sign-off of the critical ones', async () => {
    const payments = await registerService(stack, 'Online payment');
    const [marketplace, shop, stall] = [
      await registerCustomer(stack, 'MKT-07'),
      await registerCustomer(stack, 'TOKO-21'),
      await registerCustomer(stack, 'WRG-03'),
    ];
    const shopDependency = await mutate(stack, DOCUMENTS.addDependency, {
      customerId: shop.id,
      serviceId: payments.id,
      criticality: 'CRITICAL',
      userCount: 40,
      businessProcess: 'checkout',
    });
    expect(shopDependency).toMatchObject({
      criticality: 'CRITICAL',
      customer: { code: 'TOKO-21' },
      service: { name: 'Online payment' },
    });
    const stallDependency = await mutate(stack, DOCUMENTS.addDependency, {
      customerId: stall.id,
      serviceId: payments.id,
      criticality: 'LOW',
      userCount: 2,
    });

    // A normal change raised for the marketplace, authorised and scheduled.
    const change = await run(CHANGE_MANAGER, DOCUMENTS.raise, {
      input: {
        title: 'Add e-wallet settlement for MKT-07',
        type: 'NORMAL',
        customerId: marketplace.id,
        serviceIds: [payments.id],
        impact: 'MEDIUM',
        urgency: 'MEDIUM',
        likelihood: 'MEDIUM',
        implementationPlan: 'Deploy the settlement service behind a flag.',
        backoutPlan: 'Switch the flag off.',
        testPlan: 'Ten test payments.',
      },
    });
    await run(CHANGE_MANAGER, DOCUMENTS.submit, { id: change.id });
    // Staff see every change on the services the shop depends on, once customer-portfolio's
    // events have arrived; the shop itself does not see it before it is authorised.
    const staffView = await eventually(async () => {
      const shown = await run(ADMIN, DOCUMENTS.portal, { customerId: shop.id });
      expect(shown.affectingChangeRequests).toHaveLength(1);
      return shown;
    });
    expect(staffView.affectingChangeRequests[0]).toMatchObject({
      reference: change.reference,
      state: 'SUBMITTED',
      customer: { code: 'MKT-07' },
    });
    expect((await portal(shop.id!)).affectingChangeRequests).toEqual([]);
    await run(CHANGE_MANAGER, DOCUMENTS.assess, {
      id: change.id,
      input: { impact: 'MEDIUM', urgency: 'MEDIUM', likelihood: 'MEDIUM' },
    });
    for (const member of CAB) {
      await run(member, DOCUMENTS.decide, { id: change.id, input: { decision: 'APPROVED' } });
    }
    await run(CHANGE_MANAGER, DOCUMENTS.schedule, {
      id: change.id,
      input: { plannedStart: '2032-03-07T22:00:00+07:00', plannedEnd: '2032-03-08T01:00:00+07:00' },
    });

    // Both dependent customers see it on their portal, without whom it is raised for.
    const seen = {
      reference: change.reference,
      state: 'SCHEDULED',
      plannedStart: '2032-03-07T15:00:00.000Z',
      customer: null,
      affectedServices: [{ name: 'Online payment' }],
    };
    for (const dependent of [shop, stall]) {
      const view = await eventually(async () => {
        const shown = await portal(dependent.id!);
        expect(shown.affectingChangeRequests).toHaveLength(1);
        return shown;
      });
      expect(view.affectingChangeRequests).toEqual([seen]);
    }

    // The release waits for the marketplace and for the shop, which depends on payments
    // CRITICALly; the stall (LOW) is not asked.
    const release = await run(CHANGE_MANAGER, DOCUMENTS.createRelease, {
      input: { name: 'Payments 2032.3', changeRequestIds: [change.id] },
    });
    expect(await run(CHANGE_MANAGER, DOCUMENTS.release, { id: release.id })).toEqual({
      reference: release.reference,
      state: 'PLANNED',
      affectedCustomers: [{ code: 'MKT-07' }, { code: 'TOKO-21' }],
      awaitingSignOff: [{ code: 'MKT-07' }, { code: 'TOKO-21' }],
    });
    for (const customer of [marketplace, shop]) {
      await run(CHANGE_MANAGER, DOCUMENTS.defineCriteria, {
        input: {
          releaseId: release.id,
          customerId: customer.id,
          criteria: 'Card and e-wallet checkouts settle next day.',
        },
      });
    }
    const shopSignedOff = await run(customerCaller(shop.id!), DOCUMENTS.signOff, {
      input: {
        releaseId: release.id,
        customerId: shop.id,
        contactId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        contactName: 'Ayu Lestari',
      },
    });
    // The shop sees only its own part of the release.
    expect(shopSignedOff).toEqual({
      reference: release.reference,
      affectedCustomers: [{ code: 'TOKO-21' }],
      awaitingSignOff: [],
      acceptances: [{ customer: { code: 'TOKO-21' }, signedOffBy: { name: 'Ayu Lestari' } }],
    });
    const early = await stack.query(CHANGE_MANAGER, DOCUMENTS.deploy, { id: release.id });
    expect(early.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      awaitingSignOff: [marketplace.id],
    });
    await run(ADMIN, DOCUMENTS.signOff, {
      input: {
        releaseId: release.id,
        customerId: marketplace.id,
        contactId: '5f0c1e7a-8b2d-4c3e-9f4a-1b2c3d4e5f60',
        contactName: 'Sari Wijaya',
      },
    });
    expect(await run(CHANGE_MANAGER, DOCUMENTS.deploy, { id: release.id })).toEqual({
      reference: release.reference,
      state: 'DEPLOYED',
      changeRequests: [{ reference: change.reference, state: 'IMPLEMENTING' }],
    });

    // The stall stops depending on payments: the change leaves its portal.
    await mutate(stack, DOCUMENTS.removeDependency, { id: stallDependency.id });
    await eventually(async () => {
      expect((await portal(stall.id!)).affectingChangeRequests).toEqual([]);
    });
    expect((await portal(shop.id!)).affectingChangeRequests).toEqual([
      { ...seen, state: 'IMPLEMENTING' },
    ]);
  });
});
