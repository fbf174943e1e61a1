import { randomUUID } from 'node:crypto';
import { type GraphQLResponse, onlyError, type TestCaller } from '@itsm/testkit';
import {
  ADVANCE,
  IDENTIFY,
  INITIATIVE,
  RECORD_RESULT,
  REGISTER,
  SUMMARY,
  UPDATE,
} from './testing/documents';
import { type ImprovementHarness, startImprovementHarness } from './testing/harness';

const ADMIN: TestCaller = { roles: ['ADMIN'] };
const MANAGER: TestCaller = { roles: ['IMPROVEMENT_MANAGER'], subject: 'dana.csi' };
const ANALYST: TestCaller = { roles: ['ANALYST'] };

const MEASURE = {
  name: 'Payroll availability',
  unit: 'PERCENT',
  direction: 'HIGHER_IS_BETTER',
  baseline: 98.7,
  target: 99.5,
};

let harness: ImprovementHarness;

beforeAll(async () => {
  harness = await startImprovementHarness();
});
afterAll(() => harness.stop());

const query: ImprovementHarness['subgraph']['query'] = (...args) => harness.subgraph.query(...args);

async function ok(caller: TestCaller, document: string, variables: Record<string, unknown>) {
  const response = await query(caller, document, variables);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0] as any;
}

let sequence = 0;
function newInitiative(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    title: `Register initiative ${sequence}`,
    problemStatement: 'Payroll runs fail over by hand.',
    priority: 'HIGH',
    ...overrides,
  };
}

/** An initiative with everything it needs to go the whole way. */
function readyInitiative(overrides: Record<string, unknown> = {}) {
  return newInitiative({
    owner: 'Dana Ortiz',
    dueDate: '2026-06-30',
    measure: MEASURE,
    expectedBenefit: { description: 'Fewer SLA penalties', value: 12000 },
    ...overrides,
  });
}

const identify = (input: Record<string, unknown>) => ok(MANAGER, IDENTIFY, { input });

async function advance(id: string, ...steps: (string | [string, string])[]) {
  let initiative;
  for (const step of steps) {
    const [to, reason] = Array.isArray(step) ? step : [step, null];
    initiative = await ok(MANAGER, ADVANCE, { input: { id, to, reason } });
  }
  return initiative;
}

/** An initiative in the given state, reached through the mutations. */
async function initiativeIn(state: string, overrides: Record<string, unknown> = {}) {
  const { id } = await identify(readyInitiative(overrides));
  const path = ['ASSESSED', 'APPROVED', 'IN_PROGRESS', 'IMPLEMENTED', 'VALIDATED', 'CLOSED'];
  if (state === 'REJECTED') return advance(id, ['REJECTED', 'Not worth it']);
  const steps = path.slice(0, path.indexOf(state) + 1);
  if (steps.includes('IMPLEMENTED')) {
    await advance(id, ...steps.slice(0, 3));
    await ok(MANAGER, RECORD_RESULT, { input: { id, actual: 99.7 } });
    return advance(id, ...steps.slice(3));
  }
  return steps.length ? advance(id, ...steps) : ok(ADMIN, INITIATIVE, { id });
}

const outboxOf = (initiativeId: string) => harness.outboxOf(initiativeId);

const expectRefusal = (response: GraphQLResponse, extensions: object) => {
  const error = onlyError(response);
  expect(error.extensions).toEqual(extensions);
  expect(response.data ?? null).toBeNull();
  return error;
};

describe('identifyImprovement with the whole register entry', () => {
  it('records measure, benefit, due date, services and agreements, and starts the history', async () => {
    const customerId = randomUUID();
    const serviceIds = [randomUUID(), randomUUID()].sort();
    const agreementIds = [randomUUID()];
    const initiative = await identify(
      readyInitiative({ customerId, serviceIds, agreementIds, dueDate: '2999-01-31' }),
    );
    expect(initiative).toMatchObject({
      source: 'MANUAL',
      state: 'IDENTIFIED',
      owner: 'Dana Ortiz',
      dueDate: '2999-01-31',
      overdue: false,
      customer: { id: customerId },
      services: serviceIds.map((id) => ({ id })),
      agreements: agreementIds.map((id) => ({ id })),
      measure: { ...MEASURE, baselineAt: null, actual: null, met: null },
      expectedBenefit: { description: 'Fewer SLA penalties', value: 12000 },
      realisedBenefit: null,
      triggers: [],
      history: [{ fromState: null, toState: 'IDENTIFIED', reason: null, actor: 'dana.csi' }],
    });
    const [identified] = await outboxOf(initiative.id);
    expect(identified).toMatchObject({
      type: 'itsm.continual-improvement.improvement.identified.v1',
      data: { serviceId: serviceIds[0], serviceIds, agreementIds, source: 'MANUAL' },
    });
  });

  it('reports an unfinished initiative past its due date as overdue', async () => {
    const late = await identify(readyInitiative({ dueDate: '2020-01-31' }));
    expect(late.overdue).toBe(true);
    const rejected = await advance(late.id, ['REJECTED', 'Overtaken by the platform move']);
    expect(rejected.overdue).toBe(false);
  });

  it.each([
    ['a due date that is not a date', { dueDate: '30.06.2026' }, 'input.dueDate'],
    ['a measure without a unit', { measure: { ...MEASURE, unit: '' } }, 'input.measure.unit'],
    [
      'a service named twice',
      {
        serviceIds: [
          'B0000000-0000-4000-8000-000000000001',
          'b0000000-0000-4000-8000-000000000001',
        ],
      },
      'input.serviceIds',
    ],
    ['a malformed agreement id', { agreementIds: ['SLA-9'] }, 'input.agreementIds.0'],
    [
      'a negative expected benefit',
      { expectedBenefit: { description: 'x', value: -5 } },
      'input.expectedBenefit.value',
    ],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_case, overrides, field) => {
    const input = readyInitiative(overrides);
    const response = await query(MANAGER, IDENTIFY, { input });
    expect(onlyError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const found = await ok(ADMIN, REGISTER, { filter: {}, first: 100 });
    expect(found.edges.map((edge: any) => edge.node.title)).not.toContain(input.title);
  });
});

describe('updateImprovement', () => {
  it('changes what it is given, keeps what is left out, and clears what is null', async () => {
    const { id } = await identify(readyInitiative({ agreementIds: [randomUUID()] }));
    const customerId = randomUUID();
    const serviceIds = [randomUUID()];
    const updated = await ok(MANAGER, UPDATE, {
      input: {
        id,
        title: ' Automate payroll failover ',
        priority: 'CRITICAL',
        owner: null,
        customerId,
        serviceIds,
        agreementIds: [],
        measure: { ...MEASURE, target: 99.9 },
        expectedBenefit: null,
      },
    });
    expect(updated).toMatchObject({
      title: 'Automate payroll failover',
      problemStatement: 'Payroll runs fail over by hand.',
      priority: 'CRITICAL',
      owner: null,
      dueDate: '2026-06-30',
      customer: { id: customerId },
      services: serviceIds.map((serviceId) => ({ id: serviceId })),
      agreements: [],
      measure: { target: 99.9 },
      expectedBenefit: null,
    });
    expect(await ok(ADMIN, INITIATIVE, { id })).toEqual(updated);
  });

  it.each([
    ['nothing to change', (id: string) => ({ id }), 'input.id'],
    ['a malformed id', () => ({ id: 'CSI-1', title: 'x' }), 'input.id'],
    ['a blank title', (id: string) => ({ id, title: ' ' }), 'input.title'],
    ['a null priority', (id: string) => ({ id, priority: null }), 'input.priority'],
    [
      'a measure name with a NUL character',
      (id: string) => ({ id, measure: { ...MEASURE, name: '\u0000' } }),
      'input.measure.name',
    ],
    [
      'a due date out of the calendar',
      (id: string) => ({ id, dueDate: '2026-13-01' }),
      'input.dueDate',
    ],
  ])('refuses %s with BAD_USER_INPUT on %s and changes nothing', async (_case, input, field) => {
    const before = await identify(readyInitiative());
    const response = await query(MANAGER, UPDATE, { input: input(before.id) });
    expectRefusal(response, expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
    expect(await ok(ADMIN, INITIATIVE, { id: before.id })).toEqual(before);
  });

  it('reports an unknown initiative as NOT_FOUND', async () => {
    const response = await query(MANAGER, UPDATE, { input: { id: randomUUID(), title: 'x' } });
    expect(onlyError(response).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it('refuses to change a finished initiative', async () => {
    const closed = await initiativeIn('CLOSED');
    const response = await query(MANAGER, UPDATE, { input: { id: closed.id, title: 'Again' } });
    expectRefusal(response, {
      code: 'CONFLICT',
      currentState: 'CLOSED',
      allowedStates: ['IDENTIFIED', 'ASSESSED', 'APPROVED', 'IN_PROGRESS', 'IMPLEMENTED'],
    });
  });

  it('refuses to move the target once the initiative is approved', async () => {
    const approved = await initiativeIn('APPROVED');
    const response = await query(MANAGER, UPDATE, {
      input: { id: approved.id, measure: { ...MEASURE, target: 90 } },
    });
    expectRefusal(response, {
      code: 'CONFLICT',
      currentState: 'APPROVED',
      allowedStates: ['IDENTIFIED', 'ASSESSED'],
    });
    expect((await ok(ADMIN, INITIATIVE, { id: approved.id })).measure.target).toBe(99.5);
  });

  it('refuses to take away what the state requires', async () => {
    const approved = await initiativeIn('APPROVED');
    const response = await query(MANAGER, UPDATE, {
      input: { id: approved.id, owner: null, dueDate: null },
    });
    expectRefusal(response, {
      code: 'CONFLICT',
      currentState: 'APPROVED',
      allowedStates: ['IN_PROGRESS', 'REJECTED'],
      missing: ['owner', 'dueDate'],
    });
  });
});

describe('advanceImprovement', () => {
  it('takes an initiative the whole way, recording each step and publishing it', async () => {
    const { id } = await identify(readyInitiative({ customerId: randomUUID() }));
    await advance(id, 'ASSESSED', 'APPROVED', 'IN_PROGRESS');
    const withResult = await ok(MANAGER, RECORD_RESULT, {
      input: { id, actual: 99.8, realisedBenefit: { description: 'No penalties', value: 15000 } },
    });
    expect(withResult.measure).toMatchObject({ actual: 99.8, met: true });
    const closed = await advance(id, 'IMPLEMENTED', 'VALIDATED', 'CLOSED');
    expect(closed).toMatchObject({
      state: 'CLOSED',
      realisedBenefit: { description: 'No penalties', value: 15000 },
    });
    expect(closed.history.map((step: any) => [step.fromState, step.toState, step.actor])).toEqual([
      [null, 'IDENTIFIED', 'dana.csi'],
      ['IDENTIFIED', 'ASSESSED', 'dana.csi'],
      ['ASSESSED', 'APPROVED', 'dana.csi'],
      ['APPROVED', 'IN_PROGRESS', 'dana.csi'],
      ['IN_PROGRESS', 'IMPLEMENTED', 'dana.csi'],
      ['IMPLEMENTED', 'VALIDATED', 'dana.csi'],
      ['VALIDATED', 'CLOSED', 'dana.csi'],
    ]);
    const events = await outboxOf(id);
    expect(events.map((event) => event.type.split('.').at(-2))).toEqual([
      'identified',
      'advanced',
      'advanced',
      'advanced',
      'advanced',
      'advanced',
      'validated',
      'advanced',
    ]);
    expect(events[6]!.data).toMatchObject({
      measure: { baseline: 98.7, target: 99.5, actual: 99.8 },
      expectedBenefitValue: 12000,
      realisedBenefitValue: 15000,
      validatedBy: 'dana.csi',
    });
  });

  it('refuses to validate a result that misses the target, then allows rework or closing with a reason', async () => {
    const implemented = await initiativeIn('IMPLEMENTED');
    await ok(MANAGER, RECORD_RESULT, { input: { id: implemented.id, actual: 99.1 } });
    const refused = await query(MANAGER, ADVANCE, {
      input: { id: implemented.id, to: 'VALIDATED' },
    });
    const error = expectRefusal(refused, {
      code: 'CONFLICT',
      currentState: 'IMPLEMENTED',
      allowedStates: ['IN_PROGRESS', 'CLOSED'],
    });
    expect(error.message).toContain('misses the target 99.5');

    const unexplained = await query(MANAGER, ADVANCE, {
      input: { id: implemented.id, to: 'CLOSED' },
    });
    expectRefusal(
      unexplained,
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.reason' }),
    );

    const rework = await advance(implemented.id, ['IN_PROGRESS', 'Failover script only half done']);
    expect(rework.state).toBe('IN_PROGRESS');
    const closed = await advance(implemented.id, 'IMPLEMENTED', ['CLOSED', 'Good enough for now']);
    expect(closed.history.at(-1)).toEqual({
      fromState: 'IMPLEMENTED',
      toState: 'CLOSED',
      reason: 'Good enough for now',
      actor: 'dana.csi',
    });
  });

  it.each([
    ['IDENTIFIED', 'IN_PROGRESS', ['ASSESSED', 'REJECTED']],
    ['APPROVED', 'VALIDATED', ['IN_PROGRESS', 'REJECTED']],
    ['IN_PROGRESS', 'REJECTED', ['IMPLEMENTED']],
    ['CLOSED', 'IN_PROGRESS', []],
    ['REJECTED', 'ASSESSED', []],
  ])('refuses %s → %s as a CONFLICT naming the allowed states', async (from, to, allowed) => {
    const initiative = await initiativeIn(from);
    const response = await query(MANAGER, ADVANCE, {
      input: { id: initiative.id, to, reason: 'Because' },
    });
    expectRefusal(response, { code: 'CONFLICT', currentState: from, allowedStates: allowed });
    const after = await ok(ADMIN, INITIATIVE, { id: initiative.id });
    expect(after.state).toBe(from);
    expect(after.history).toEqual(initiative.history);
  });

  it.each([
    ['a measure to be assessed', { measure: null }, 'IDENTIFIED', 'ASSESSED', ['measure']],
    ['an owner to be approved', { owner: null }, 'ASSESSED', 'APPROVED', ['owner']],
    ['a due date to be approved', { dueDate: null }, 'ASSESSED', 'APPROVED', ['dueDate']],
  ])('needs %s', async (_case, overrides, from, to, missing) => {
    const initiative = await identify(readyInitiative(overrides));
    if (from === 'ASSESSED') await advance(initiative.id, 'ASSESSED');
    const response = await query(MANAGER, ADVANCE, { input: { id: initiative.id, to } });
    expectRefusal(
      response,
      expect.objectContaining({ code: 'CONFLICT', currentState: from, missing }),
    );
  });

  it.each([
    ['a malformed id', { id: 'CSI-1', to: 'ASSESSED' }, 'input.id'],
    ['a blank reason', { to: 'REJECTED', reason: '   ' }, 'input.reason'],
    ['a reason over 2000 characters', { to: 'REJECTED', reason: 'r'.repeat(2001) }, 'input.reason'],
    ['no reason to reject', { to: 'REJECTED' }, 'input.reason'],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_case, input, field) => {
    const initiative = await identify(readyInitiative());
    const response = await query(MANAGER, ADVANCE, { input: { id: initiative.id, ...input } });
    expectRefusal(response, expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
    expect((await ok(ADMIN, INITIATIVE, { id: initiative.id })).state).toBe('IDENTIFIED');
  });

  it('reports an unknown initiative as NOT_FOUND', async () => {
    const response = await query(MANAGER, ADVANCE, { input: { id: randomUUID(), to: 'ASSESSED' } });
    expect(onlyError(response).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });
});

describe('recordImprovementResult', () => {
  it('records a lower-is-better result and whether it meets the target', async () => {
    const measure = {
      name: 'Payroll run minutes',
      unit: 'MINUTES',
      direction: 'LOWER_IS_BETTER',
      baseline: 300,
      target: 240,
    };
    const inProgress = await initiativeIn('IN_PROGRESS', { measure });
    const missed = await ok(MANAGER, RECORD_RESULT, { input: { id: inProgress.id, actual: 250 } });
    expect(missed.measure).toMatchObject({ actual: 250, met: false });
    const met = await ok(MANAGER, RECORD_RESULT, {
      input: { id: inProgress.id, actual: 200, realisedBenefit: { description: 'An hour back' } },
    });
    expect(met).toMatchObject({
      measure: { actual: 200, met: true },
      realisedBenefit: { description: 'An hour back', value: null },
    });
  });

  it.each(['IDENTIFIED', 'APPROVED', 'VALIDATED'])('refuses a result while %s', async (state) => {
    const initiative = await initiativeIn(state);
    const response = await query(MANAGER, RECORD_RESULT, {
      input: { id: initiative.id, actual: 1 },
    });
    expectRefusal(response, {
      code: 'CONFLICT',
      currentState: state,
      allowedStates: ['IN_PROGRESS', 'IMPLEMENTED'],
    });
  });

  it.each([
    ['a malformed id', { id: 'x', actual: 1 }, 'input.id'],
    [
      'a negative realised benefit',
      { actual: 1, realisedBenefit: { description: 'x', value: -1 } },
      'input.realisedBenefit.value',
    ],
    [
      'a blank realised benefit',
      { actual: 1, realisedBenefit: { description: '' } },
      'input.realisedBenefit.description',
    ],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_case, input, field) => {
    const initiative = await initiativeIn('IN_PROGRESS');
    const response = await query(MANAGER, RECORD_RESULT, {
      input: { id: initiative.id, ...input },
    });
    expectRefusal(response, expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
    expect((await ok(ADMIN, INITIATIVE, { id: initiative.id })).measure.actual).toBeNull();
  });
});

describe('roles', () => {
  const refusedRoles = [
    ['ANALYST'],
    ['CUSTOMER'],
    ['CHANGE_MANAGER'],
    ['SERVICE_LEVEL_MANAGER'],
  ] as const;

  it.each(refusedRoles)('refuse every write to %s, changing nothing', async (role) => {
    const initiative = await initiativeIn('IN_PROGRESS', { customerId: randomUUID() });
    const caller: TestCaller = { roles: [role], customerIds: [initiative.customer.id] };
    for (const [document, input] of [
      [IDENTIFY, readyInitiative()],
      [UPDATE, { id: initiative.id, title: 'Taken over' }],
      [ADVANCE, { id: initiative.id, to: 'IMPLEMENTED' }],
      [RECORD_RESULT, { id: initiative.id, actual: 99.9 }],
    ] as const) {
      const response = await query(caller, document, { input });
      expectRefusal(response, { code: 'FORBIDDEN' });
    }
    expect(await ok(ADMIN, INITIATIVE, { id: initiative.id })).toEqual(initiative);
  });

  it('let an ADMIN write', async () => {
    const { id } = await ok(ADMIN, IDENTIFY, { input: readyInitiative() });
    expect((await ok(ADMIN, ADVANCE, { input: { id, to: 'ASSESSED' } })).state).toBe('ASSESSED');
  });
});

describe('the register', () => {
  it('lists newest first, filtered by state, source, priority, customer, service and due date', async () => {
    const customerId = randomUUID();
    const serviceId = randomUUID();
    const oldest = await identify(newInitiative({ customerId, priority: 'LOW' }));
    const middle = await identify(
      readyInitiative({ customerId, serviceIds: [serviceId], dueDate: '2020-01-01' }),
    );
    const newest = await identify(newInitiative({ customerId, priority: 'LOW' }));
    await advance(middle.id, 'ASSESSED');
    const titles = async (filter: Record<string, unknown>) => {
      const page = await ok(ANALYST, REGISTER, { filter: { customerId, ...filter }, first: 10 });
      return page.edges.map((edge: any) => edge.node.id);
    };
    expect(await titles({})).toEqual([newest.id, middle.id, oldest.id]);
    expect(await titles({ states: ['ASSESSED'] })).toEqual([middle.id]);
    expect(await titles({ states: ['IDENTIFIED', 'CLOSED'] })).toEqual([newest.id, oldest.id]);
    expect(await titles({ priorities: ['LOW'] })).toEqual([newest.id, oldest.id]);
    expect(await titles({ sources: ['MANUAL'] })).toHaveLength(3);
    expect(await titles({ sources: ['SURVEY'] })).toEqual([]);
    expect(await titles({ serviceId })).toEqual([middle.id]);
    expect(await titles({ overdue: true })).toEqual([middle.id]);
    expect(await titles({ overdue: false })).toEqual([newest.id, oldest.id]);
  });

  it('pages with cursors', async () => {
    const customerId = randomUUID();
    const made = [];
    for (let index = 0; index < 3; index++)
      made.push(await identify(newInitiative({ customerId })));
    const first = await ok(ADMIN, REGISTER, { filter: { customerId }, first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await ok(ADMIN, REGISTER, {
      filter: { customerId },
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect([...first.edges, ...second.edges].map((edge: any) => edge.node.id)).toEqual(
      made.map((initiative) => initiative.id).reverse(),
    );
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['a malformed customer id', { filter: { customerId: 'c-1' } }, 'filter.customerId'],
    ['a forged cursor', { after: 'nonsense' }, 'after'],
    ['a page too large', { first: 101 }, 'first'],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_case, variables, field) => {
    const response = await query(ADMIN, REGISTER, variables);
    expect(onlyError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it("shows a CUSTOMER caller only its customers' initiatives", async () => {
    const mine = randomUUID();
    const own = await identify(newInitiative({ customerId: mine }));
    await identify(newInitiative({ customerId: randomUUID() }));
    await identify(newInitiative());
    const page = await ok({ roles: ['CUSTOMER'], customerIds: [mine] }, REGISTER, { first: 100 });
    expect(page.edges.map((edge: any) => edge.node.id)).toEqual([own.id]);
    const summary = await ok({ roles: ['CUSTOMER'], customerIds: [mine] }, SUMMARY, {});
    expect(summary.total).toBe(1);
  });
});

describe('the register summary', () => {
  let own: ImprovementHarness;

  beforeAll(async () => {
    own = await startImprovementHarness();
  });
  afterAll(() => own.stop());

  it('counts every state, source and priority, and sums the benefits', async () => {
    const run = (document: string, variables: Record<string, unknown>) =>
      own.subgraph.query(MANAGER, document, variables).then((response) => {
        expect(response.errors).toBeUndefined();
        return Object.values(response.data!)[0] as any;
      });
    const value = (amount: number) => ({ description: 'Saved', value: amount });
    const validated = await run(IDENTIFY, {
      input: readyInitiative({ expectedBenefit: value(100) }),
    });
    for (const to of ['ASSESSED', 'APPROVED', 'IN_PROGRESS']) {
      await run(ADVANCE, { input: { id: validated.id, to } });
    }
    await run(RECORD_RESULT, {
      input: { id: validated.id, actual: 99.9, realisedBenefit: value(150) },
    });
    await run(ADVANCE, { input: { id: validated.id, to: 'IMPLEMENTED' } });
    await run(ADVANCE, { input: { id: validated.id, to: 'VALIDATED' } });
    const rejected = await run(IDENTIFY, {
      input: readyInitiative({ expectedBenefit: value(1000), priority: 'LOW' }),
    });
    await run(ADVANCE, { input: { id: rejected.id, to: 'REJECTED', reason: 'No budget' } });
    await run(IDENTIFY, {
      input: readyInitiative({
        expectedBenefit: value(40),
        dueDate: '2020-01-01',
        priority: 'CRITICAL',
      }),
    });

    const summary = await run(SUMMARY, {});
    expect(summary).toEqual({
      total: 3,
      unfinished: 1,
      overdue: 1,
      validated: 1,
      byState: [
        { state: 'IDENTIFIED', count: 1 },
        { state: 'ASSESSED', count: 0 },
        { state: 'APPROVED', count: 0 },
        { state: 'IN_PROGRESS', count: 0 },
        { state: 'IMPLEMENTED', count: 0 },
        { state: 'VALIDATED', count: 1 },
        { state: 'CLOSED', count: 0 },
        { state: 'REJECTED', count: 1 },
      ],
      bySource: expect.arrayContaining([
        { source: 'MANUAL', count: 3 },
        { source: 'SLA_BREACH', count: 0 },
      ]),
      byPriority: [
        { priority: 'LOW', count: 1 },
        { priority: 'MEDIUM', count: 0 },
        { priority: 'HIGH', count: 1 },
        { priority: 'CRITICAL', count: 1 },
      ],
      expectedBenefitValue: 140,
      realisedBenefitValue: 150,
    });
  });
});
