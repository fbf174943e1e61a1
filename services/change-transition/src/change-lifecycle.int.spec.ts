import { randomUUID } from 'node:crypto';
import type { Role } from '@itsm/platform';
import { onlyError, type TestCaller } from '@itsm/testkit';
import {
  ANALYST,
  CAB,
  CHANGE_MANAGER,
  changeTransitionUnderTest,
  completeInput,
  DOCUMENTS,
  nextWindow,
  OTHER_CHANGE_MANAGER,
} from './change-test-kit';

const driver = changeTransitionUnderTest();

const query = (caller: TestCaller, document: string, variables: Record<string, unknown>) =>
  driver.query(caller, document, variables);

/** The single error of a refused operation, after checking that nothing came back. */
async function refusal(caller: TestCaller, document: string, variables: Record<string, unknown>) {
  const response = await query(caller, document, variables);
  expect(response.data ?? null).toBeNull();
  return onlyError(response).extensions!;
}

async function stateOf(id: string) {
  return (await driver.ok(ANALYST, DOCUMENTS.get, { id })).state;
}

describe('a NORMAL change through its whole life', () => {
  it('goes DRAFT → … → CLOSED, with its history, approvals, review and one event per step', async () => {
    const raised = await driver.raise({ impact: 'HIGH', urgency: 'MEDIUM', likelihood: 'LOW' });
    expect(raised).toMatchObject({
      state: 'DRAFT',
      priority: 'HIGH',
      risk: 'MEDIUM',
      approvalPolicy: { board: 'CAB', quorum: 2, changeManagerRequired: false },
      allowedTransitions: ['SUBMITTED', 'CANCELLED'],
    });
    const { id } = raised;

    await driver.ok(CHANGE_MANAGER, DOCUMENTS.submit, { id, reason: 'Ready for the CAB' });
    // The assessment raises the likelihood: the risk becomes HIGH, so the CAB needs three
    // approvers, one of them a change manager.
    const assessed = await driver.ok(CHANGE_MANAGER, DOCUMENTS.assess, {
      id,
      input: { impact: 'HIGH', urgency: 'HIGH', likelihood: 'MEDIUM', reason: 'Peak season' },
    });
    expect(assessed).toMatchObject({
      state: 'ASSESSED',
      priority: 'CRITICAL',
      risk: 'HIGH',
      approvalPolicy: { board: 'CAB', quorum: 3, changeManagerRequired: true },
      allowedTransitions: ['AUTHORIZED', 'REJECTED', 'CANCELLED'],
    });

    expect((await driver.approve(CAB[0]!, id)).state).toBe('ASSESSED');
    expect((await driver.approve(CAB[1]!, id)).state).toBe('ASSESSED');
    // Three CAB members are a quorum, but no change manager among them yet.
    expect((await driver.approve(CAB[2]!, id)).state).toBe('ASSESSED');
    const authorized = await driver.approve(OTHER_CHANGE_MANAGER, id);
    expect(authorized.state).toBe('AUTHORIZED');
    expect(authorized.approvals).toEqual([
      { approver: 'ana.cab', approverRole: 'CAB_MEMBER', decision: 'APPROVED', reason: null },
      { approver: 'budi.cab', approverRole: 'CAB_MEMBER', decision: 'APPROVED', reason: null },
      { approver: 'citra.cab', approverRole: 'CAB_MEMBER', decision: 'APPROVED', reason: null },
      {
        approver: 'eko.change',
        approverRole: 'CHANGE_MANAGER',
        decision: 'APPROVED',
        reason: null,
      },
    ]);

    const window = {
      plannedStart: '2031-03-07T22:00:00+07:00',
      plannedEnd: '2031-03-08T01:00:00+07:00',
    };
    const scheduled = await driver.ok(CHANGE_MANAGER, DOCUMENTS.schedule, { id, input: window });
    expect(scheduled).toMatchObject({
      state: 'SCHEDULED',
      plannedStart: '2031-03-07T15:00:00.000Z',
      plannedEnd: '2031-03-07T18:00:00.000Z',
      conflicts: [],
    });
    await driver.ok(CHANGE_MANAGER, DOCUMENTS.start, { id });
    await driver.ok(CHANGE_MANAGER, DOCUMENTS.complete, { id, reason: 'All nodes upgraded' });
    const reviewed = await driver.ok(CHANGE_MANAGER, DOCUMENTS.review, {
      id,
      input: { outcome: 'PARTIAL', incidentsCaused: 1, lessonsLearned: 'Warm the caches first.' },
    });
    expect(reviewed.review).toEqual({
      outcome: 'PARTIAL',
      incidentsCaused: 1,
      lessonsLearned: 'Warm the caches first.',
      reviewedBy: 'dewi.change',
    });
    const closed = await driver.ok(CHANGE_MANAGER, DOCUMENTS.close, { id });

    expect(closed.state).toBe('CLOSED');
    expect(closed.allowedTransitions).toEqual([]);
    expect(closed.history).toEqual([
      { fromState: null, toState: 'DRAFT', actor: 'dewi.change', reason: null },
      {
        fromState: 'DRAFT',
        toState: 'SUBMITTED',
        actor: 'dewi.change',
        reason: 'Ready for the CAB',
      },
      { fromState: 'SUBMITTED', toState: 'ASSESSED', actor: 'dewi.change', reason: 'Peak season' },
      { fromState: 'ASSESSED', toState: 'AUTHORIZED', actor: 'eko.change', reason: null },
      { fromState: 'AUTHORIZED', toState: 'SCHEDULED', actor: 'dewi.change', reason: null },
      { fromState: 'SCHEDULED', toState: 'IMPLEMENTING', actor: 'dewi.change', reason: null },
      {
        fromState: 'IMPLEMENTING',
        toState: 'IMPLEMENTED',
        actor: 'dewi.change',
        reason: 'All nodes upgraded',
      },
      { fromState: 'IMPLEMENTED', toState: 'REVIEWED', actor: 'dewi.change', reason: null },
      { fromState: 'REVIEWED', toState: 'CLOSED', actor: 'dewi.change', reason: null },
    ]);

    const events = await driver.eventsOf(id);
    expect(
      events.map(({ type }) => type.replace('itsm.change-transition.change-request.', '')),
    ).toEqual([
      'raised.v1',
      'submitted.v1',
      'assessed.v1',
      'approval-recorded.v1',
      'approval-recorded.v1',
      'approval-recorded.v1',
      'approval-recorded.v1',
      'authorized.v1',
      'scheduled.v1',
      'implementation-started.v1',
      'implemented.v1',
      'reviewed.v1',
      'closed.v1',
    ]);
    expect(events[8]!.data).toMatchObject({
      fromState: 'AUTHORIZED',
      state: 'SCHEDULED',
      plannedStart: '2031-03-07T15:00:00.000Z',
      plannedEnd: '2031-03-07T18:00:00.000Z',
    });
    expect(events[11]!.data).toMatchObject({
      fromState: 'IMPLEMENTED',
      state: 'REVIEWED',
      outcome: 'PARTIAL',
      incidentsCaused: 1,
      actor: 'dewi.change',
    });
  });

  it('fails and is backed out, then is reviewed as FAILED, publishing failed and reviewed', async () => {
    const { id } = await driver.implementing();

    const failed = await driver.ok(CHANGE_MANAGER, DOCUMENTS.fail, {
      id,
      reason: 'Payments timed out; rolled back',
    });
    expect(failed).toMatchObject({ state: 'FAILED', allowedTransitions: ['REVIEWED'] });
    const reviewed = await driver.ok(CHANGE_MANAGER, DOCUMENTS.review, {
      id,
      input: { outcome: 'FAILED', incidentsCaused: 2 },
    });
    expect(reviewed.review).toMatchObject({
      outcome: 'FAILED',
      incidentsCaused: 2,
      lessonsLearned: null,
    });

    const events = await driver.eventsOf(id);
    const failedEvent = events.find(({ type }) => type.endsWith('.failed.v1'));
    const reviewedEvent = events.find(({ type }) => type.endsWith('.reviewed.v1'));
    expect(failedEvent!.data).toMatchObject({
      fromState: 'IMPLEMENTING',
      state: 'FAILED',
      reason: 'Payments timed out; rolled back',
    });
    expect(reviewedEvent!.data).toMatchObject({
      fromState: 'FAILED',
      state: 'REVIEWED',
      outcome: 'FAILED',
      incidentsCaused: 2,
    });
  });
});

describe('the shortened paths', () => {
  it('takes an EMERGENCY change from SUBMITTED to the ECAB, without assessment', async () => {
    const submitted = await driver.submitted({
      type: 'EMERGENCY',
      impact: 'LOW',
      likelihood: 'LOW',
    });
    expect(submitted).toMatchObject({
      state: 'SUBMITTED',
      risk: 'LOW',
      approvalPolicy: { board: 'ECAB', quorum: 2, changeManagerRequired: true },
      allowedTransitions: ['AUTHORIZED', 'REJECTED', 'CANCELLED'],
    });

    const assess = await refusal(CHANGE_MANAGER, DOCUMENTS.assess, {
      id: submitted.id,
      input: { impact: 'LOW', urgency: 'LOW', likelihood: 'LOW' },
    });
    expect(assess).toMatchObject({ code: 'CONFLICT', currentState: 'SUBMITTED' });

    expect((await driver.approve(CAB[0]!, submitted.id)).state).toBe('SUBMITTED');
    const authorized = await driver.approve(OTHER_CHANGE_MANAGER, submitted.id);
    expect(authorized.state).toBe('AUTHORIZED');
    expect(authorized.history.map(({ toState }: { toState: string }) => toState)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'AUTHORIZED',
    ]);
  });

  it('schedules a STANDARD change straight after submission: it is pre-authorised', async () => {
    const submitted = await driver.submitted({ type: 'STANDARD' });
    expect(submitted).toMatchObject({
      approvalPolicy: { board: 'PRE_AUTHORISED', quorum: 0, changeManagerRequired: false },
      allowedTransitions: ['SCHEDULED', 'CANCELLED'],
    });

    const decision = await refusal(CAB[0]!, DOCUMENTS.decide, {
      id: submitted.id,
      input: { decision: 'APPROVED' },
    });
    expect(decision).toMatchObject({ code: 'CONFLICT', currentState: 'SUBMITTED' });

    const scheduled = await driver.ok(CHANGE_MANAGER, DOCUMENTS.schedule, {
      id: submitted.id,
      input: nextWindow(),
    });
    expect(scheduled.state).toBe('SCHEDULED');
  });
});

describe('rejection ends the request', () => {
  it('rejects at the first rejection, with its reason, and REJECTED is final', async () => {
    const waiting = await driver.awaitingApproval();
    await driver.approve(CAB[0]!, waiting.id);

    const rejected = await driver.ok(CAB[1]!, DOCUMENTS.decide, {
      id: waiting.id,
      input: { decision: 'REJECTED', reason: 'No tested backout on the database' },
    });

    expect(rejected).toMatchObject({ state: 'REJECTED', allowedTransitions: [] });
    expect(rejected.history.at(-1)).toEqual({
      fromState: 'ASSESSED',
      toState: 'REJECTED',
      actor: 'budi.cab',
      reason: 'No tested backout on the database',
    });
    const events = await driver.eventsOf(waiting.id);
    expect(events.at(-1)!.type).toBe('itsm.change-transition.change-request.rejected.v1');
    expect(events.at(-1)!.data.reason).toBe('No tested backout on the database');

    for (const [document, variables] of [
      [DOCUMENTS.update, { input: { backoutPlan: 'Restore the snapshot.' } }],
      [DOCUMENTS.submit, {}],
      [DOCUMENTS.decide, { input: { decision: 'APPROVED' } }],
      [DOCUMENTS.cancel, { reason: 'Never mind' }],
    ] as const) {
      const caller = document === DOCUMENTS.decide ? CAB[2]! : CHANGE_MANAGER;
      const error = await refusal(caller, document, { id: waiting.id, ...variables });
      expect(error).toMatchObject({ code: 'CONFLICT', currentState: 'REJECTED' });
    }
    expect(await stateOf(waiting.id)).toBe('REJECTED');
  });
});

describe('illegal transitions are CONFLICT errors naming the current state and the allowed ones', () => {
  it.each([
    ['start a DRAFT', 'DRAFT', DOCUMENTS.start, {}, ['SUBMITTED', 'CANCELLED']],
    [
      'close an IMPLEMENTED change before its review',
      'IMPLEMENTED',
      DOCUMENTS.close,
      {},
      ['REVIEWED'],
    ],
    [
      'cancel an IMPLEMENTING change',
      'IMPLEMENTING',
      DOCUMENTS.cancel,
      { reason: 'Too late' },
      ['IMPLEMENTED', 'FAILED'],
    ],
    [
      'complete a SCHEDULED change',
      'SCHEDULED',
      DOCUMENTS.complete,
      {},
      ['SCHEDULED', 'IMPLEMENTING', 'CANCELLED'],
    ],
    [
      'fail a SCHEDULED change',
      'SCHEDULED',
      DOCUMENTS.fail,
      { reason: 'x' },
      ['SCHEDULED', 'IMPLEMENTING', 'CANCELLED'],
    ],
    [
      'review a SCHEDULED change',
      'SCHEDULED',
      DOCUMENTS.review,
      { input: { outcome: 'SUCCESSFUL', incidentsCaused: 0 } },
      ['SCHEDULED', 'IMPLEMENTING', 'CANCELLED'],
    ],
    [
      'schedule a SUBMITTED NORMAL change',
      'SUBMITTED',
      DOCUMENTS.schedule,
      { input: nextWindow() },
      ['ASSESSED', 'CANCELLED'],
    ],
    [
      'submit a SUBMITTED change twice',
      'SUBMITTED',
      DOCUMENTS.submit,
      {},
      ['ASSESSED', 'CANCELLED'],
    ],
  ])('%s', async (_case, state, document, variables, allowed) => {
    const change = await reach(state);

    const error = await refusal(CHANGE_MANAGER, document, { id: change.id, ...variables });

    expect(error).toMatchObject({
      code: 'CONFLICT',
      currentState: state,
      allowedTransitions: allowed,
    });
    expect(await stateOf(change.id)).toBe(state);
  });

  it('says so in the message', async () => {
    const change = await reach('IMPLEMENTED');
    const response = await query(CHANGE_MANAGER, DOCUMENTS.close, { id: change.id });
    expect(onlyError(response).message).toBe(
      `${change.reference} is IMPLEMENTED and cannot be closed: as a NORMAL change it may move to REVIEWED`,
    );
  });
});

async function reach(state: string) {
  switch (state) {
    case 'DRAFT':
      return driver.raise();
    case 'SUBMITTED':
      return driver.submitted();
    case 'SCHEDULED':
      return driver.scheduled(nextWindow());
    case 'IMPLEMENTING':
      return driver.implementing();
    case 'IMPLEMENTED': {
      const { id } = await driver.implementing();
      return driver.ok(CHANGE_MANAGER, DOCUMENTS.complete, { id });
    }
    default:
      throw new Error(`no builder for ${state}`);
  }
}

describe('bad input names the field and changes nothing', () => {
  it.each([
    ['update: a blank title', DOCUMENTS.update, { input: { title: ' ' } }, 'input.title'],
    ['update: nothing to change', DOCUMENTS.update, { input: {} }, 'input'],
    [
      'update: a test plan over 10000 characters',
      DOCUMENTS.update,
      { input: { testPlan: 'x'.repeat(10_001) } },
      'input.testPlan',
    ],
    ['submit: a blank reason', DOCUMENTS.submit, { reason: '  ' }, 'reason'],
    ['cancel: an empty reason', DOCUMENTS.cancel, { reason: '' }, 'reason'],
    [
      'start: a reason over 2000 characters',
      DOCUMENTS.start,
      { reason: 'x'.repeat(2001) },
      'reason',
    ],
    ['complete: a blank reason', DOCUMENTS.complete, { reason: ' ' }, 'reason'],
    ['close: a reason with a NUL character', DOCUMENTS.close, { reason: 'a\u0000b' }, 'reason'],
    ['a malformed id', DOCUMENTS.submit, { id: 'CHG-000001' }, 'id'],
  ])('%s', async (_case, document, variables, field) => {
    const draft = await driver.raise();

    const error = await refusal(CHANGE_MANAGER, document, { id: draft.id, ...variables });

    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await driver.ok(ANALYST, DOCUMENTS.get, { id: draft.id })).toEqual(draft);
  });

  it.each(['impact', 'urgency', 'likelihood', 'implementationPlan', 'backoutPlan', 'testPlan'])(
    'refuses to submit a draft without %s, naming it',
    async (field) => {
      const draft = await driver.raise({ [field]: null });

      const error = await refusal(CHANGE_MANAGER, DOCUMENTS.submit, { id: draft.id });

      expect(error).toMatchObject({ code: 'CONFLICT', field });
      const updated = await driver.ok(CHANGE_MANAGER, DOCUMENTS.update, {
        id: draft.id,
        input: { [field]: completeInput()[field as 'impact'] },
      });
      expect((await driver.ok(CHANGE_MANAGER, DOCUMENTS.submit, { id: updated.id })).state).toBe(
        'SUBMITTED',
      );
    },
  );

  it('refuses a rejection without a reason', async () => {
    const waiting = await driver.awaitingApproval();
    const error = await refusal(CAB[0]!, DOCUMENTS.decide, {
      id: waiting.id,
      input: { decision: 'REJECTED' },
    });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect((await driver.ok(ANALYST, DOCUMENTS.get, { id: waiting.id })).approvals).toEqual([]);
  });

  it('refuses a negative number of incidents, and a SUCCESSFUL review of a FAILED change', async () => {
    const { id } = await driver.implementing();
    await driver.ok(CHANGE_MANAGER, DOCUMENTS.fail, { id, reason: 'Backed out' });

    const negative = await refusal(CHANGE_MANAGER, DOCUMENTS.review, {
      id,
      input: { outcome: 'FAILED', incidentsCaused: -1 },
    });
    expect(negative).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.incidentsCaused' });
    const successful = await refusal(CHANGE_MANAGER, DOCUMENTS.review, {
      id,
      input: { outcome: 'SUCCESSFUL', incidentsCaused: 0 },
    });
    expect(successful).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcome' });
    expect(await stateOf(id)).toBe('FAILED');
  });

  it('refuses a fail without a reason', async () => {
    const { id } = await driver.implementing();
    const error = await refusal(CHANGE_MANAGER, DOCUMENTS.fail, { id, reason: ' ' });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await stateOf(id)).toBe('IMPLEMENTING');
  });

  it('refuses an assessment with a reason over 2000 characters', async () => {
    const submitted = await driver.submitted();
    const error = await refusal(CHANGE_MANAGER, DOCUMENTS.assess, {
      id: submitted.id,
      input: { impact: 'LOW', urgency: 'LOW', likelihood: 'LOW', reason: 'x'.repeat(2001) },
    });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await stateOf(submitted.id)).toBe('SUBMITTED');
  });

  it('answers NOT_FOUND for an unknown change', async () => {
    const error = await refusal(CHANGE_MANAGER, DOCUMENTS.submit, { id: randomUUID() });
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('roles', () => {
  const ACCOUNT_MANAGER: TestCaller = { roles: ['ACCOUNT_MANAGER'], subject: 'rina.brm' };

  it.each<[string, Role, string, Record<string, unknown>]>([
    ['update', 'CAB_MEMBER', DOCUMENTS.update, { input: { title: 'New title' } }],
    ['submit', 'ANALYST', DOCUMENTS.submit, {}],
    ['cancel', 'CUSTOMER', DOCUMENTS.cancel, { reason: 'Not needed' }],
    [
      'assess',
      'ACCOUNT_MANAGER',
      DOCUMENTS.assess,
      { input: { impact: 'LOW', urgency: 'LOW', likelihood: 'LOW' } },
    ],
    [
      'assess',
      'CAB_MEMBER',
      DOCUMENTS.assess,
      { input: { impact: 'LOW', urgency: 'LOW', likelihood: 'LOW' } },
    ],
    ['start', 'CAB_MEMBER', DOCUMENTS.start, {}],
    ['complete', 'ACCOUNT_MANAGER', DOCUMENTS.complete, {}],
    ['fail', 'ANALYST', DOCUMENTS.fail, { reason: 'x' }],
    [
      'review',
      'CAB_MEMBER',
      DOCUMENTS.review,
      { input: { outcome: 'SUCCESSFUL', incidentsCaused: 0 } },
    ],
    ['close', 'SERVICE_LEVEL_MANAGER', DOCUMENTS.close, {}],
    ['schedule', 'CAB_MEMBER', DOCUMENTS.schedule, { input: nextWindow() }],
  ])('refuses %s to %s with FORBIDDEN', async (_case, role, document, variables) => {
    const draft = await driver.raise();
    const caller: TestCaller = { roles: [role], customerIds: [draft.customer!.id] };

    const error = await refusal(caller, document, { id: draft.id, ...variables });

    expect(error.code).toBe('FORBIDDEN');
    expect(await driver.ok(ANALYST, DOCUMENTS.get, { id: draft.id })).toEqual(draft);
  });

  it('lets an account manager edit, submit and cancel their own request, not another one', async () => {
    const customerId = randomUUID();
    const own = await driver.raise(
      { customerId },
      { ...ACCOUNT_MANAGER, customerIds: [customerId] },
    );
    const others = await driver.raise({ customerId });
    const caller = { ...ACCOUNT_MANAGER, customerIds: [customerId] };

    await driver.ok(caller, DOCUMENTS.update, { id: own.id, input: { category: 'Billing' } });
    await driver.ok(caller, DOCUMENTS.submit, { id: own.id });
    expect(
      (await driver.ok(caller, DOCUMENTS.cancel, { id: own.id, reason: 'Budget cut' })).state,
    ).toBe('CANCELLED');
    for (const document of [DOCUMENTS.submit, DOCUMENTS.update]) {
      const error = await refusal(caller, document, {
        id: others.id,
        input: { category: 'Billing' },
      });
      expect(error.code).toBe('FORBIDDEN');
    }
  });

  describe('approvals', () => {
    it('refuses the requester their own change, even as a change manager', async () => {
      const waiting = await driver.awaitingApproval();

      const error = await refusal(CHANGE_MANAGER, DOCUMENTS.decide, {
        id: waiting.id,
        input: { decision: 'APPROVED' },
      });

      expect(error.code).toBe('FORBIDDEN');
      expect((await driver.ok(ANALYST, DOCUMENTS.get, { id: waiting.id })).approvals).toEqual([]);
    });

    it.each<Role>(['ADMIN', 'ANALYST', 'ACCOUNT_MANAGER', 'CUSTOMER', 'IMPROVEMENT_MANAGER'])(
      'refuses %s, who is neither CAB member nor change manager',
      async (role) => {
        const waiting = await driver.awaitingApproval();
        const error = await refusal({ roles: [role], subject: 'someone.else' }, DOCUMENTS.decide, {
          id: waiting.id,
          input: { decision: 'APPROVED' },
        });
        expect(error.code).toBe('FORBIDDEN');
        expect((await driver.ok(ANALYST, DOCUMENTS.get, { id: waiting.id })).approvals).toEqual([]);
      },
    );

    it('counts one decision per approver', async () => {
      const waiting = await driver.awaitingApproval();
      await driver.approve(CAB[0]!, waiting.id);

      const error = await refusal(CAB[0]!, DOCUMENTS.decide, {
        id: waiting.id,
        input: { decision: 'APPROVED' },
      });

      expect(error.code).toBe('CONFLICT');
      expect(await stateOf(waiting.id)).toBe('ASSESSED');
    });

    it('authorises once, when two approvals that meet the quorum arrive together', async () => {
      const waiting = await driver.awaitingApproval();

      const decided = await Promise.all(
        CAB.map((member) =>
          query(member, DOCUMENTS.decide, {
            id: waiting.id,
            input: { decision: 'APPROVED' },
          }),
        ),
      );

      const after = await driver.ok(ANALYST, DOCUMENTS.get, { id: waiting.id });
      expect(after.state).toBe('AUTHORIZED');
      expect(
        after.history.filter(({ toState }: { toState: string }) => toState === 'AUTHORIZED'),
      ).toHaveLength(1);
      // The third decision arrives after the authorisation and is refused.
      expect(
        decided
          .filter((response) => response.errors)
          .map((response) => onlyError(response).extensions!.code),
      ).toEqual(['CONFLICT']);
    });
  });
});

describe('tenancy', () => {
  it('shows a change, with its history, to a CUSTOMER of its customer only', async () => {
    const draft = await driver.raise();
    const own: TestCaller = { roles: ['CUSTOMER'], customerIds: [draft.customer!.id] };
    const outsider: TestCaller = { roles: ['CUSTOMER'], customerIds: [randomUUID()] };

    expect(await driver.ok(own, DOCUMENTS.get, { id: draft.id })).toEqual(draft);
    const hidden = await query(outsider, DOCUMENTS.get, { id: draft.id });
    expect(hidden.data).toEqual({ changeRequest: null });
    expect(onlyError(hidden).extensions!.code).toBe('NOT_FOUND');
  });
});
