import { randomUUID } from 'node:crypto';
import type { Role } from '@itsm/platform';
import { onlyError, type TestCaller } from '@itsm/testkit';
import { ANALYST, CHANGE_MANAGER, changeTransitionUnderTest, DOCUMENTS } from './change-test-kit';

const DECLARE = `mutation M($input: DeclareBlackoutWindowInput!) {
  declareBlackoutWindow(input: $input) { id name reason service { id } startsAt endsAt declaredBy }
}`;
const SCHEDULE = `query Q($from: DateTime!, $to: DateTime!, $serviceId: ID, $customerId: ID) {
  changeSchedule(from: $from, to: $to, serviceId: $serviceId, customerId: $customerId) {
    from to
    changeRequests { id plannedStart }
    blackoutWindows { name }
    conflicts { service { id } changeRequests { id } overlapStart overlapEnd }
  }
}`;
const CONFLICTS = `query Q($id: ID!) {
  changeRequest(id: $id) { conflicts { service { id } changeRequests { id } overlapStart overlapEnd } }
}`;

const driver = changeTransitionUnderTest();

/** Each test plans in a month of its own, so that their schedules never meet. */
let month = 0;
function calendar() {
  month += 1;
  const base = Date.UTC(2032, month, 1);
  return (day: number, hour: number) =>
    new Date(base + ((day - 1) * 24 + hour) * 3600_000).toISOString();
}

async function declare(input: Record<string, unknown>, caller: TestCaller = CHANGE_MANAGER) {
  return driver.ok(caller, DECLARE, { input: { name: 'Freeze', ...input } });
}

async function scheduleResult(id: string, input: Record<string, unknown>) {
  return driver.query(CHANGE_MANAGER, DOCUMENTS.schedule, { id, input });
}

describe('declareBlackoutWindow', () => {
  it('declares a global and a per-service blackout, and publishes each', async () => {
    const at = calendar();
    const serviceId = randomUUID();

    const global = await declare({ name: 'Year-end freeze', startsAt: at(1, 0), endsAt: at(3, 0) });
    const local = await declare({
      name: 'Payroll run',
      reason: 'Salaries go out',
      serviceId,
      startsAt: '2032-02-25T08:00:00+07:00',
      endsAt: '2032-02-25T20:00:00+07:00',
    });

    expect(global).toMatchObject({ service: null, declaredBy: 'dewi.change', reason: null });
    expect(local).toMatchObject({
      service: { id: serviceId },
      startsAt: '2032-02-25T01:00:00.000Z',
      endsAt: '2032-02-25T13:00:00.000Z',
      reason: 'Salaries go out',
    });
    const [event] = await driver.eventsOf(local.id);
    expect(event).toMatchObject({
      type: 'itsm.change-transition.blackout-window.declared.v1',
      data: { blackoutWindowId: local.id, serviceId, name: 'Payroll run' },
    });
  });

  it.each([
    [
      'an end before the start',
      { startsAt: '2032-01-02T00:00:00Z', endsAt: '2032-01-01T00:00:00Z' },
      'input.endsAt',
    ],
    // 09:00 in Jakarta is 02:00 UTC, before 03:00 UTC.
    [
      'an end before the start in another zone',
      { startsAt: '2032-01-01T03:00:00Z', endsAt: '2032-01-01T09:00:00+07:00' },
      'input.endsAt',
    ],
    [
      'a blank name',
      { name: ' ', startsAt: '2032-01-01T00:00:00Z', endsAt: '2032-01-02T00:00:00Z' },
      'input.name',
    ],
    [
      'a malformed service id',
      { serviceId: 'payments', startsAt: '2032-01-01T00:00:00Z', endsAt: '2032-01-02T00:00:00Z' },
      'input.serviceId',
    ],
  ])('refuses %s, naming the field', async (_case, input, field) => {
    const response = await driver.query(CHANGE_MANAGER, DECLARE, {
      input: { name: 'Freeze', ...input },
    });
    expect(onlyError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each<Role>(['CAB_MEMBER', 'ACCOUNT_MANAGER', 'ANALYST'])('refuses %s', async (role) => {
    const response = await driver.query({ roles: [role] }, DECLARE, {
      input: { name: 'Freeze', startsAt: '2032-01-01T00:00:00Z', endsAt: '2032-01-02T00:00:00Z' },
    });
    expect(onlyError(response).extensions!.code).toBe('FORBIDDEN');
  });
});

describe('scheduling around blackout windows', () => {
  it('refuses a NORMAL change in a blackout of its service or a global one, and keeps it AUTHORIZED', async () => {
    const at = calendar();
    const serviceId = randomUUID();
    const local = await declare({ serviceId, startsAt: at(10, 0), endsAt: at(11, 0) });
    const global = await declare({ startsAt: at(20, 0), endsAt: at(21, 0) });
    const change = await driver.authorized({ serviceIds: [serviceId, randomUUID()] });

    for (const [blackout, plannedStart, plannedEnd] of [
      [local, at(10, 23), at(11, 2)],
      [global, at(19, 23), at(20, 2)],
    ] as const) {
      const response = await scheduleResult(change.id, { plannedStart, plannedEnd });
      expect(onlyError(response).extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.plannedStart',
        blackoutWindowIds: [blackout.id],
      });
    }
    expect((await driver.ok(ANALYST, DOCUMENTS.get, { id: change.id })).state).toBe('AUTHORIZED');
  });

  it("schedules a window that only touches a blackout, or falls in another service's", async () => {
    const at = calendar();
    const serviceId = randomUUID();
    await declare({ serviceId, startsAt: at(5, 0), endsAt: at(6, 0) });
    await declare({ serviceId: randomUUID(), startsAt: at(6, 0), endsAt: at(7, 0) });
    const before = await driver.authorized({ serviceIds: [serviceId] });
    const after = await driver.authorized({ serviceIds: [serviceId] });

    const endsAsItStarts = await driver.ok(CHANGE_MANAGER, DOCUMENTS.schedule, {
      id: before.id,
      input: { plannedStart: at(4, 22), plannedEnd: at(5, 0) },
    });
    const startsAsItEnds = await driver.ok(CHANGE_MANAGER, DOCUMENTS.schedule, {
      id: after.id,
      input: { plannedStart: at(6, 0), plannedEnd: at(6, 5) },
    });

    expect([endsAsItStarts.state, startsAsItEnds.state]).toEqual(['SCHEDULED', 'SCHEDULED']);
  });

  it('lets an EMERGENCY change into a blackout only with an override reason, which it keeps', async () => {
    const at = calendar();
    const serviceId = randomUUID();
    const blackout = await declare({ serviceId, startsAt: at(1, 0), endsAt: at(2, 0) });
    const emergency = await driver.authorized({ type: 'EMERGENCY', serviceIds: [serviceId] });
    const window = { plannedStart: at(1, 2), plannedEnd: at(1, 4) };

    const without = await scheduleResult(emergency.id, window);
    expect(onlyError(without).extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.plannedStart',
      blackoutWindowIds: [blackout.id],
    });
    expect(onlyError(without).message).toMatch(/blackoutOverrideReason/);

    const scheduled = await driver.ok(CHANGE_MANAGER, DOCUMENTS.schedule, {
      id: emergency.id,
      input: { ...window, blackoutOverrideReason: 'Payments are down for every customer' },
    });
    expect(scheduled).toMatchObject({
      state: 'SCHEDULED',
      blackoutOverrideReason: 'Payments are down for every customer',
    });
  });

  it('refuses an override reason from a change that is not EMERGENCY', async () => {
    const at = calendar();
    const change = await driver.authorized();
    const response = await scheduleResult(change.id, {
      plannedStart: at(1, 0),
      plannedEnd: at(1, 1),
      blackoutOverrideReason: 'Because',
    });
    expect(onlyError(response).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.blackoutOverrideReason',
    });
  });

  it.each([
    [
      'an end before the start, as instants',
      '2032-03-29T02:45:00+01:00',
      '2032-03-29T03:30:00+02:00',
    ],
    ['an end equal to the start', '2032-03-29T02:00:00Z', '2032-03-29T09:00:00+07:00'],
    ['a window over 31 days', '2032-03-01T00:00:00Z', '2032-04-02T00:00:00Z'],
  ])('refuses %s on input.plannedEnd', async (_case, plannedStart, plannedEnd) => {
    const change = await driver.authorized();
    const response = await scheduleResult(change.id, { plannedStart, plannedEnd });
    expect(onlyError(response).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.plannedEnd',
    });
  });
});

describe('conflicts', () => {
  it('reports overlapping changes on a shared service when scheduling, and on query', async () => {
    const at = calendar();
    const [s1, s2, s3] = [randomUUID(), randomUUID(), randomUUID()];
    const first = await driver.scheduled(
      { plannedStart: at(1, 10), plannedEnd: at(1, 12) },
      { serviceIds: [s1] },
    );

    const second = await driver.scheduled(
      { plannedStart: at(1, 11), plannedEnd: at(1, 13) },
      { serviceIds: [s2, s1] },
    );
    // Touches the first, overlaps the second on s1.
    const third = await driver.scheduled(
      { plannedStart: at(1, 12), plannedEnd: at(1, 14) },
      { serviceIds: [s1] },
    );
    // Overlaps all of them, on another service.
    await driver.scheduled({ plannedStart: at(1, 9), plannedEnd: at(1, 15) }, { serviceIds: [s3] });

    const firstAgainstSecond = {
      service: { id: s1 },
      changeRequests: [{ id: first.id }, { id: second.id }],
      overlapStart: at(1, 11),
      overlapEnd: at(1, 12),
    };
    const secondAgainstThird = {
      service: { id: s1 },
      changeRequests: [{ id: second.id }, { id: third.id }],
      overlapStart: at(1, 12),
      overlapEnd: at(1, 13),
    };
    expect(second.conflicts).toEqual([firstAgainstSecond]);
    const conflictsOf = async (id: string) =>
      (await driver.ok(ANALYST, CONFLICTS, { id })).conflicts;
    expect(await conflictsOf(first.id)).toEqual([firstAgainstSecond]);
    expect(await conflictsOf(second.id)).toEqual([firstAgainstSecond, secondAgainstThird]);
    expect(await conflictsOf(third.id)).toEqual([secondAgainstThird]);

    // Rescheduling the second after the others clears its conflicts with the first.
    const moved = await driver.ok(CHANGE_MANAGER, DOCUMENTS.schedule, {
      id: second.id,
      input: { plannedStart: at(1, 14), plannedEnd: at(1, 16), reason: 'Clear of the others' },
    });
    expect(moved.conflicts).toEqual([]);
    expect(moved.history.at(-1)).toMatchObject({
      fromState: 'SCHEDULED',
      toState: 'SCHEDULED',
      reason: 'Clear of the others',
    });
    expect(await conflictsOf(first.id)).toEqual([]);
  });

  it('forgets a conflict once a change is cancelled', async () => {
    const at = calendar();
    const serviceId = randomUUID();
    const kept = await driver.scheduled(
      { plannedStart: at(1, 0), plannedEnd: at(1, 2) },
      { serviceIds: [serviceId] },
    );
    const dropped = await driver.scheduled(
      { plannedStart: at(1, 1), plannedEnd: at(1, 3) },
      { serviceIds: [serviceId] },
    );
    expect(dropped.conflicts).toHaveLength(1);

    await driver.ok(CHANGE_MANAGER, DOCUMENTS.cancel, {
      id: dropped.id,
      reason: 'Merged into the other',
    });

    expect((await driver.ok(ANALYST, CONFLICTS, { id: kept.id })).conflicts).toEqual([]);
  });
});

describe('changeSchedule', () => {
  it('lists the changes of a range in start order, with blackouts and conflicts, narrowed on demand', async () => {
    const at = calendar();
    const [payments, mail] = [randomUUID(), randomUUID()];
    const [customerA, customerB] = [randomUUID(), randomUUID()];
    const global = await declare({ name: 'Quarter close', startsAt: at(28, 0), endsAt: at(29, 0) });
    await declare({
      name: 'Mail migration freeze',
      serviceId: mail,
      startsAt: at(15, 0),
      endsAt: at(16, 0),
    });
    const late = await driver.scheduled(
      { plannedStart: at(10, 4), plannedEnd: at(10, 8) },
      { serviceIds: [payments], customerId: customerA },
    );
    const early = await driver.scheduled(
      { plannedStart: at(2, 4), plannedEnd: at(2, 8) },
      { serviceIds: [payments, mail], customerId: customerB },
    );
    const overlapping = await driver.scheduled(
      { plannedStart: at(10, 6), plannedEnd: at(10, 9) },
      { serviceIds: [payments], customerId: customerB },
    );
    const outside = await driver.scheduled(
      { plannedStart: at(40, 0), plannedEnd: at(40, 2) },
      { serviceIds: [payments] },
    );
    await driver.authorized({ serviceIds: [payments] });

    const range = { from: at(1, 0), to: at(30, 0) };
    const whole = await driver.ok(ANALYST, SCHEDULE, range);
    expect(whole.changeRequests).toEqual([
      { id: early.id, plannedStart: at(2, 4) },
      { id: late.id, plannedStart: at(10, 4) },
      { id: overlapping.id, plannedStart: at(10, 6) },
    ]);
    expect(whole.blackoutWindows).toEqual([
      { name: 'Mail migration freeze' },
      { name: 'Quarter close' },
    ]);
    expect(whole.conflicts).toEqual([
      {
        service: { id: payments },
        changeRequests: [{ id: late.id }, { id: overlapping.id }],
        overlapStart: at(10, 6),
        overlapEnd: at(10, 8),
      },
    ]);
    expect(JSON.stringify(whole.changeRequests)).not.toContain(outside.id);

    const ofMail = await driver.ok(ANALYST, SCHEDULE, { ...range, serviceId: mail });
    expect(ofMail.changeRequests).toEqual([{ id: early.id, plannedStart: at(2, 4) }]);
    expect(ofMail.blackoutWindows).toEqual([
      { name: 'Mail migration freeze' },
      { name: global.name },
    ]);
    expect(ofMail.conflicts).toEqual([]);

    const ofA = await driver.ok(ANALYST, SCHEDULE, { ...range, customerId: customerA });
    expect(ofA.changeRequests).toEqual([{ id: late.id, plannedStart: at(10, 4) }]);
    expect(ofA.conflicts).toHaveLength(1);

    // A customer sees its own changes, and no conflict that would reveal another's.
    const customerView = await driver.ok(
      { roles: ['CUSTOMER'], customerIds: [customerA] },
      SCHEDULE,
      range,
    );
    expect(customerView.changeRequests).toEqual([{ id: late.id, plannedStart: at(10, 4) }]);
    expect(customerView.conflicts).toEqual([]);
  });

  it('includes a window that ends inside the range and excludes one that ends as it starts', async () => {
    const at = calendar();
    const serviceId = randomUUID();
    const straddling = await driver.scheduled(
      { plannedStart: at(1, 0), plannedEnd: at(1, 3) },
      { serviceIds: [serviceId] },
    );
    await driver.scheduled(
      { plannedStart: at(1, 0), plannedEnd: at(1, 2) },
      { serviceIds: [randomUUID()] },
    );

    const found = await driver.ok(ANALYST, SCHEDULE, { from: at(1, 2), to: at(1, 5) });

    expect(found.changeRequests).toEqual([{ id: straddling.id, plannedStart: at(1, 0) }]);
  });

  it.each([
    ['an end before the start', { from: '2032-01-02T00:00:00Z', to: '2032-01-01T00:00:00Z' }, 'to'],
    ['a range over 366 days', { from: '2032-01-01T00:00:00Z', to: '2033-01-02T00:00:00Z' }, 'to'],
    [
      'a malformed service id',
      { from: '2032-01-01T00:00:00Z', to: '2032-01-02T00:00:00Z', serviceId: 'x' },
      'serviceId',
    ],
    [
      'a malformed customer id',
      { from: '2032-01-01T00:00:00Z', to: '2032-01-02T00:00:00Z', customerId: 'x' },
      'customerId',
    ],
  ])('refuses %s, naming the argument', async (_case, variables, field) => {
    const response = await driver.query(ANALYST, SCHEDULE, variables);
    expect(onlyError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
