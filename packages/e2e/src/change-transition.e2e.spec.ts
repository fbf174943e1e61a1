import type { TestCaller } from '@itsm/testkit';
import { DRAFT_AGREEMENT, REGISTER_CUSTOMER } from './documents';
import { mutate, registerService } from './seed';
import { startTestStack, type TestStack } from './stack';

/** A change manager takes an emergency and a normal change through their whole lives through
 * the gateway, and sees what they touch: services from service-level, the customer from
 * customer-portfolio with its agreements. */

const CHANGE_MANAGER: TestCaller = { roles: ['CHANGE_MANAGER'], subject: 'dewi.change' };
const OTHER_CHANGE_MANAGER: TestCaller = { roles: ['CHANGE_MANAGER'], subject: 'eko.change' };
const CAB_MEMBER: TestCaller = { roles: ['CAB_MEMBER'], subject: 'ana.cab' };
const SECOND_CAB_MEMBER: TestCaller = { roles: ['CAB_MEMBER'], subject: 'budi.cab' };

const CHANGE = `id reference type state risk priority plannedStart plannedEnd blackoutOverrideReason
  approvalPolicy { board quorum changeManagerRequired }`;

const DOCUMENTS = {
  raise: `mutation Raise($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { ${CHANGE} } }`,
  submit: `mutation Submit($id: ID!) { submitChangeRequest(id: $id) { ${CHANGE} } }`,
  assess: `mutation Assess($id: ID!, $input: AssessChangeRequestInput!) { assessChangeRequest(id: $id, input: $input) { ${CHANGE} } }`,
  decide: `mutation Decide($id: ID!, $input: ChangeApprovalDecisionInput!) { decideOnChangeRequest(id: $id, input: $input) { ${CHANGE} } }`,
  schedule: `mutation Schedule($id: ID!, $input: ScheduleChangeRequestInput!) {
    scheduleChangeRequest(id: $id, input: $input) { ${CHANGE} conflicts { service { name } changeRequests { reference } } }
  }`,
  start: `mutation Start($id: ID!) { startImplementation(id: $id) { ${CHANGE} } }`,
  complete: `mutation Complete($id: ID!) { completeImplementation(id: $id) { ${CHANGE} } }`,
  fail: `mutation Fail($id: ID!, $reason: String!) { failImplementation(id: $id, reason: $reason) { ${CHANGE} } }`,
  review: `mutation Review($id: ID!, $input: ReviewChangeRequestInput!) { reviewChangeRequest(id: $id, input: $input) { ${CHANGE} } }`,
  close: `mutation Close($id: ID!) { closeChangeRequest(id: $id) { ${CHANGE} } }`,
  blackout: `mutation Blackout($input: DeclareBlackoutWindowInput!) { declareBlackoutWindow(input: $input) { id name } }`,
  createRelease: `mutation CreateRelease($input: CreateReleaseInput!) { createRelease(input: $input) { id reference awaitingSignOff { code } } }`,
  defineCriteria: `mutation Criteria($input: DefineAcceptanceCriteriaInput!) { defineAcceptanceCriteria(input: $input) { reference } }`,
  signOff: `mutation SignOff($input: SignOffAcceptanceInput!) {
    signOffAcceptance(input: $input) { reference awaitingSignOff { code } acceptances { customer { name } signedOffBy { name } } }
  }`,
  deploy: `mutation Deploy($id: ID!) { deployRelease(id: $id) { reference state changeRequests { reference state } } }`,
  impact: `query Impact($id: ID!) {
    changeRequest(id: $id) {
      reference type state risk
      customer { code name agreements { name status } }
      affectedServices { name owner }
      approvals { approver approverRole decision }
      review { outcome incidentsCaused lessonsLearned }
      history { fromState toState actor reason }
    }
  }`,
  schedule_: `query Schedule($from: DateTime!, $to: DateTime!) {
    changeSchedule(from: $from, to: $to) {
      changeRequests { reference state plannedStart customer { code } affectedServices { name } }
      blackoutWindows { name }
    }
  }`,
};

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

async function run(caller: TestCaller, document: string, variables: Record<string, unknown>) {
  const response = await stack.query(caller, document, variables);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0] as Record<string, any>;
}

const plans = {
  implementationPlan: 'Deploy the new settlement service behind the feature flag.',
  backoutPlan: 'Switch the flag off and redeploy the previous build.',
  testPlan: 'Ten test payments through each bank.',
};

async function eventTypes(changeRequestId: string) {
  const rows: { event_type: string; message_value: string }[] = await stack.subgraphs[
    'change-transition'
  ].dataSource.query(
    `SELECT event_type, message_value FROM event_outbox WHERE message_key = $1 ORDER BY position`,
    [changeRequestId],
  );
  return rows.map((row) => ({
    type: row.event_type.replace('itsm.change-transition.change-request.', ''),
    data: JSON.parse(row.message_value).data,
  }));
}

describe('change enablement through the gateway', () => {
  it('takes an emergency change and a normal change through their whole lives', async () => {
    const payments = await registerService(stack, 'Online payment');
    const mail = await registerService(stack, 'Mail relay');
    const registered = await mutate(stack, REGISTER_CUSTOMER, {
      code: 'MKT-07',
      name: 'Marketplace Nusantara',
      tier: 'STRATEGIC',
      accountManager: 'rina.brm',
    });
    const customerId = registered.id!;
    await mutate(stack, DRAFT_AGREEMENT, {
      name: 'MKT-07 payments SLA',
      type: 'CUSTOMER_BASED',
      customerId: customerId,
      serviceIds: [payments.id],
    });
    await run(CHANGE_MANAGER, DOCUMENTS.blackout, {
      input: {
        name: 'Harbolnas sale',
        startsAt: '2031-12-12T00:00:00+07:00',
        endsAt: '2031-12-13T00:00:00+07:00',
      },
    });

    // The emergency: payments fail during the sale. The ECAB authorises a fix inside the
    // blackout, it fails and is backed out, and its review records what it caused.
    const emergency = await run(CHANGE_MANAGER, DOCUMENTS.raise, {
      input: {
        title: 'Hotfix the payment gateway certificate',
        type: 'EMERGENCY',
        customerId: customerId,
        serviceIds: [payments.id],
        impact: 'HIGH',
        urgency: 'HIGH',
        likelihood: 'MEDIUM',
        ...plans,
      },
    });
    expect(emergency).toMatchObject({ state: 'DRAFT', risk: 'HIGH', priority: 'CRITICAL' });
    const submitted = await run(CHANGE_MANAGER, DOCUMENTS.submit, { id: emergency.id });
    expect(submitted.approvalPolicy).toEqual({
      board: 'ECAB',
      quorum: 2,
      changeManagerRequired: true,
    });
    const selfApproval = await stack.query(CHANGE_MANAGER, DOCUMENTS.decide, {
      id: emergency.id,
      input: { decision: 'APPROVED' },
    });
    expect(selfApproval.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    await run(CAB_MEMBER, DOCUMENTS.decide, { id: emergency.id, input: { decision: 'APPROVED' } });
    const authorized = await run(OTHER_CHANGE_MANAGER, DOCUMENTS.decide, {
      id: emergency.id,
      input: { decision: 'APPROVED' },
    });
    expect(authorized.state).toBe('AUTHORIZED');
    const window = {
      plannedStart: '2031-12-12T10:00:00+07:00',
      plannedEnd: '2031-12-12T11:00:00+07:00',
    };
    const refused = await stack.query(CHANGE_MANAGER, DOCUMENTS.schedule, {
      id: emergency.id,
      input: window,
    });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.plannedStart',
    });
    const scheduled = await run(CHANGE_MANAGER, DOCUMENTS.schedule, {
      id: emergency.id,
      input: { ...window, blackoutOverrideReason: 'Card payments are failing for every customer' },
    });
    expect(scheduled).toMatchObject({
      state: 'SCHEDULED',
      plannedStart: '2031-12-12T03:00:00.000Z',
    });
    await run(CHANGE_MANAGER, DOCUMENTS.start, { id: emergency.id });
    await run(CHANGE_MANAGER, DOCUMENTS.fail, {
      id: emergency.id,
      reason: 'The new certificate chain was rejected by two banks; backed out',
    });
    const closeEarly = await stack.query(CHANGE_MANAGER, DOCUMENTS.close, { id: emergency.id });
    expect(closeEarly.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      currentState: 'FAILED',
      allowedTransitions: ['REVIEWED'],
    });
    await run(CHANGE_MANAGER, DOCUMENTS.review, {
      id: emergency.id,
      input: {
        outcome: 'FAILED',
        incidentsCaused: 2,
        lessonsLearned: 'Test the chain against every bank.',
      },
    });
    await run(CHANGE_MANAGER, DOCUMENTS.close, { id: emergency.id });

    // The normal change: the account manager raises it for the customer, the CAB approves it,
    // the customer's contact signs off its release, and the review finds it partial.
    const accountManager: TestCaller = {
      roles: ['ACCOUNT_MANAGER'],
      subject: 'rina.brm',
      customerIds: [customerId],
    };
    const normal = await run(accountManager, DOCUMENTS.raise, {
      input: {
        title: 'Add e-wallet settlement',
        type: 'NORMAL',
        customerId: customerId,
        serviceIds: [payments.id, mail.id],
        impact: 'MEDIUM',
        urgency: 'LOW',
        likelihood: 'MEDIUM',
        ...plans,
      },
    });
    await run(accountManager, DOCUMENTS.submit, { id: normal.id });
    const assessed = await run(CHANGE_MANAGER, DOCUMENTS.assess, {
      id: normal.id,
      input: { impact: 'MEDIUM', urgency: 'LOW', likelihood: 'MEDIUM' },
    });
    expect(assessed).toMatchObject({
      risk: 'MEDIUM',
      priority: 'LOW',
      approvalPolicy: { board: 'CAB', quorum: 2, changeManagerRequired: false },
    });
    await run(CAB_MEMBER, DOCUMENTS.decide, { id: normal.id, input: { decision: 'APPROVED' } });
    await run(SECOND_CAB_MEMBER, DOCUMENTS.decide, {
      id: normal.id,
      input: { decision: 'APPROVED' },
    });
    await run(CHANGE_MANAGER, DOCUMENTS.schedule, {
      id: normal.id,
      input: { plannedStart: '2031-12-20T22:00:00+07:00', plannedEnd: '2031-12-21T02:00:00+07:00' },
    });
    const release = await run(CHANGE_MANAGER, DOCUMENTS.createRelease, {
      input: { name: 'Payments 2031.12', changeRequestIds: [normal.id] },
    });
    expect(release.awaitingSignOff).toEqual([{ code: 'MKT-07' }]);
    const early = await stack.query(CHANGE_MANAGER, DOCUMENTS.deploy, { id: release.id });
    expect(early.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      awaitingSignOff: [customerId],
    });
    await run(accountManager, DOCUMENTS.defineCriteria, {
      input: {
        releaseId: release.id,
        customerId: customerId,
        criteria: 'E-wallet payments settle next day.',
      },
    });
    const signed = await run(
      { roles: ['CUSTOMER'], subject: 'sari@marketplace.example', customerIds: [customerId] },
      DOCUMENTS.signOff,
      {
        input: {
          releaseId: release.id,
          customerId: customerId,
          contactId: '5f0c1e7a-8b2d-4c3e-9f4a-1b2c3d4e5f60',
          contactName: 'Sari Wijaya',
        },
      },
    );
    expect(signed).toMatchObject({
      awaitingSignOff: [],
      acceptances: [
        { customer: { name: 'Marketplace Nusantara' }, signedOffBy: { name: 'Sari Wijaya' } },
      ],
    });
    const deployed = await run(CHANGE_MANAGER, DOCUMENTS.deploy, { id: release.id });
    expect(deployed.changeRequests).toEqual([
      { reference: normal.reference, state: 'IMPLEMENTING' },
    ]);
    await run(CHANGE_MANAGER, DOCUMENTS.complete, { id: normal.id });
    await run(CHANGE_MANAGER, DOCUMENTS.review, {
      id: normal.id,
      input: {
        outcome: 'PARTIAL',
        incidentsCaused: 1,
        lessonsLearned: 'One bank needs a longer cut-over.',
      },
    });
    await run(CHANGE_MANAGER, DOCUMENTS.close, { id: normal.id });

    // What the change manager sees: each change with its customer (customer-portfolio) and
    // that customer's agreements (service-level), its services, decisions, review and history.
    const emergencyImpact = await run(CHANGE_MANAGER, DOCUMENTS.impact, { id: emergency.id });
    expect(emergencyImpact).toMatchObject({
      type: 'EMERGENCY',
      state: 'CLOSED',
      customer: {
        code: 'MKT-07',
        name: 'Marketplace Nusantara',
        agreements: [{ name: 'MKT-07 payments SLA', status: 'DRAFT' }],
      },
      affectedServices: [{ name: 'Online payment', owner: 'Payments platform team' }],
      approvals: [
        { approver: 'ana.cab', approverRole: 'CAB_MEMBER', decision: 'APPROVED' },
        { approver: 'eko.change', approverRole: 'CHANGE_MANAGER', decision: 'APPROVED' },
      ],
      review: { outcome: 'FAILED', incidentsCaused: 2 },
    });
    expect(emergencyImpact.history.map(({ toState }: { toState: string }) => toState)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'AUTHORIZED',
      'SCHEDULED',
      'IMPLEMENTING',
      'FAILED',
      'REVIEWED',
      'CLOSED',
    ]);
    const normalImpact = await run(CHANGE_MANAGER, DOCUMENTS.impact, { id: normal.id });
    expect(normalImpact).toMatchObject({
      state: 'CLOSED',
      customer: { code: 'MKT-07' },
      review: { outcome: 'PARTIAL', incidentsCaused: 1 },
    });
    expect(normalImpact.affectedServices.map(({ name }: { name: string }) => name).sort()).toEqual([
      'Mail relay',
      'Online payment',
    ]);
    expect(normalImpact.history.map(({ toState }: { toState: string }) => toState)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'ASSESSED',
      'AUTHORIZED',
      'SCHEDULED',
      'IMPLEMENTING',
      'IMPLEMENTED',
      'REVIEWED',
      'CLOSED',
    ]);

    const schedule = await run(CHANGE_MANAGER, DOCUMENTS.schedule_, {
      from: '2031-12-01T00:00:00Z',
      to: '2032-01-01T00:00:00Z',
    });
    expect(schedule).toEqual({
      changeRequests: [
        {
          reference: emergency.reference,
          state: 'CLOSED',
          plannedStart: '2031-12-12T03:00:00.000Z',
          customer: { code: 'MKT-07' },
          affectedServices: [{ name: 'Online payment' }],
        },
        {
          reference: normal.reference,
          state: 'CLOSED',
          plannedStart: '2031-12-20T15:00:00.000Z',
          customer: { code: 'MKT-07' },
          affectedServices: expect.arrayContaining([
            { name: 'Online payment' },
            { name: 'Mail relay' },
          ]),
        },
      ],
      blackoutWindows: [{ name: 'Harbolnas sale' }],
    });

    // continual-improvement learns from these: the failed and reviewed events are published.
    const emergencyEvents = await eventTypes(emergency.id);
    expect(emergencyEvents.find(({ type }) => type === 'failed.v1')!.data).toMatchObject({
      state: 'FAILED',
      customerId: customerId,
      serviceIds: [payments.id],
    });
    expect(emergencyEvents.find(({ type }) => type === 'reviewed.v1')!.data).toMatchObject({
      outcome: 'FAILED',
      incidentsCaused: 2,
    });
    expect(
      (await eventTypes(normal.id)).find(({ type }) => type === 'reviewed.v1')!.data,
    ).toMatchObject({
      outcome: 'PARTIAL',
      incidentsCaused: 1,
    });
  });
});
