import { randomUUID } from 'node:crypto';
import { startTestSubgraph, type TestCaller, type TestSubgraph } from '@itsm/testkit';
import { serviceLevel } from './subgraph';
import {
  ANALYST,
  DENIED_ROLES,
  expectError,
  M,
  OFFICE_HOURS,
  ok,
  serviceLevelClient,
  unique,
} from './testing/service-level-client';

/** Service level management through GraphQL on a fresh database: calendars, requirements,
 * multi-level agreements and their lifecycle, OLA/UC support, measurements, standings,
 * events and reports. Every test seeds its own data; measurements lie in March 2026, in
 * the past, so that periods are complete and the numbers fixed. */

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(serviceLevel);
});
afterAll(() => subgraph.stop());

const {
  run,
  seedCalendar,
  seedService,
  seedAgreement,
  addTarget,
  support,
  move,
  agree,
  activate,
  activeTarget,
  standingsOf,
} = serviceLevelClient((caller, query, variables) => subgraph.query(caller, query, variables));

/** The target events of one type in the outbox, for one target. */
async function outboxEvents(type: string, targetId: string) {
  const rows: { message_value: string }[] = await subgraph.running.dataSource.query(
    `SELECT message_value FROM event_outbox WHERE event_type = $1 AND message_key = $2 ORDER BY position`,
    [`itsm.service-level.target.${type}.v1`, targetId],
  );
  return rows.map((row) => JSON.parse(row.message_value).data);
}

describe('business calendars', () => {
  it('defines a calendar, counts its service minutes and adds holidays in date order', async () => {
    const calendar = await seedCalendar();
    expect(calendar).toMatchObject({
      timeZone: 'Asia/Jakarta',
      holidays: [{ date: '2026-03-19' }],
    });
    const added = ok(
      await run(M.addHoliday, {
        businessCalendarId: calendar.id,
        date: '2026-03-03',
        name: 'Isra Miraj',
      }),
    );
    expect(added.holidays.map((holiday: any) => holiday.date)).toEqual([
      '2026-03-03',
      '2026-03-19',
    ]);
    // March less Nyepi and the new holiday: 20 working days of 9 hours.
    const minutes = await subgraph.query(
      ANALYST,
      `query ($id: ID!) { businessCalendar(id: $id) { serviceMinutesBetween(from: "2026-03-01T00:00:00+07:00", to: "2026-04-01T00:00:00+07:00") } }`,
      { id: calendar.id },
    );
    expect(ok(minutes).serviceMinutesBetween).toBe(20 * 9 * 60);
    const listed = ok(await subgraph.query(ANALYST, `{ businessCalendars { id } }`));
    expect(listed.map((entry: any) => entry.id)).toContain(calendar.id);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Asia/Atlantis' }, 'input.timeZone'],
    [
      'hours ending before they start',
      { workingHours: [{ weekday: 'MONDAY', start: '17:00', end: '08:00' }] },
      'input.workingHours.0.end',
    ],
    ['no hours', { workingHours: [] }, 'input.workingHours'],
    [
      'an impossible holiday',
      { holidays: [{ date: '2026-02-30', name: 'x' }] },
      'input.holidays.0.date',
    ],
  ])('refuses %s as BAD_USER_INPUT, naming the field', async (_case, change, field) => {
    const name = unique('Bad calendar');
    const response = await run(M.defineCalendar, {
      name,
      timeZone: 'Asia/Jakarta',
      workingHours: OFFICE_HOURS,
      ...change,
    });
    expectError(response, 'BAD_USER_INPUT', field, 'defineBusinessCalendar');
    const names = ok(await subgraph.query(ANALYST, `{ businessCalendars { name } }`));
    expect(names.map((entry: any) => entry.name)).not.toContain(name);
  });

  it('refuses a second calendar of the same name, and a holiday twice, as CONFLICT', async () => {
    const calendar = await seedCalendar();
    const again = await run(M.defineCalendar, {
      name: calendar.name,
      timeZone: 'UTC',
      workingHours: OFFICE_HOURS,
    });
    expectError(again, 'CONFLICT', 'input.name', 'defineBusinessCalendar');
    const twice = await run(M.addHoliday, {
      businessCalendarId: calendar.id,
      date: '2026-03-19',
      name: 'Again',
    });
    expectError(twice, 'CONFLICT', 'input.date', 'addCalendarHoliday');
  });

  it('answers NOT_FOUND for a holiday of an unknown calendar, and BAD_USER_INPUT for a bad date', async () => {
    const unknown = await run(M.addHoliday, {
      businessCalendarId: randomUUID(),
      date: '2026-05-01',
      name: 'Labour day',
    });
    expectError(unknown, 'NOT_FOUND', 'input.businessCalendarId', 'addCalendarHoliday');
    const calendar = await seedCalendar();
    const bad = await run(M.addHoliday, {
      businessCalendarId: calendar.id,
      date: '1 May',
      name: 'Labour day',
    });
    expectError(bad, 'BAD_USER_INPUT', 'input.date', 'addCalendarHoliday');
  });
});

describe('the service catalogue', () => {
  it('moves a service PIPELINE → LIVE → RETIRED and no further', async () => {
    const service = ok(await run(M.registerService, { name: unique('Pipeline'), owner: 'o' }));
    expect(service.lifecycle).toBe('PIPELINE');
    ok(await run(M.changeLifecycle, { serviceId: service.id, lifecycle: 'LIVE' }));
    ok(await run(M.changeLifecycle, { serviceId: service.id, lifecycle: 'RETIRED' }));
    const back = await run(M.changeLifecycle, { serviceId: service.id, lifecycle: 'LIVE' });
    const error = expectError(back, 'CONFLICT', undefined, 'changeServiceLifecycle');
    expect(error.message).toBe('The service is RETIRED; it can move to nothing, not LIVE');
    expect(error.extensions).toMatchObject({ currentLifecycle: 'RETIRED', allowedLifecycles: [] });
  });

  it('assigns a calendar, and null for round the clock', async () => {
    const calendar = await seedCalendar();
    const service = await seedService();
    expect(service.businessCalendar).toBeNull();
    const assigned = ok(
      await run(M.assignCalendar, { serviceId: service.id, businessCalendarId: calendar.id }),
    );
    expect(assigned.businessCalendar).toEqual({ id: calendar.id, timeZone: 'Asia/Jakarta' });
    const cleared = ok(
      await run(M.assignCalendar, { serviceId: service.id, businessCalendarId: null }),
    );
    expect(cleared.businessCalendar).toBeNull();
  });

  it.each([
    [
      'registerService',
      M.registerService,
      () => ({ name: unique('X'), owner: 'o', businessCalendarId: randomUUID() }),
      'input.businessCalendarId',
    ],
    [
      'assignBusinessCalendar',
      M.assignCalendar,
      () => ({ serviceId: randomUUID(), businessCalendarId: null }),
      'input.serviceId',
    ],
    [
      'changeServiceLifecycle',
      M.changeLifecycle,
      () => ({ serviceId: randomUUID(), lifecycle: 'LIVE' }),
      'input.serviceId',
    ],
  ])('%s answers NOT_FOUND for an unknown id', async (path, document, input, field) => {
    expectError(await run(document, input()), 'NOT_FOUND', field, path);
  });
});

describe('requirements and the agreements drafted from them', () => {
  it('captures a requirement and drafts an agreement with its services and targets', async () => {
    const service = await seedService();
    const customerId = randomUUID();
    const requirement = ok(
      await run(M.capture, {
        customerId,
        title: 'Payments in office hours',
        serviceIds: [service.id],
        targets: [
          { metric: 'AVAILABILITY', targetValue: 99.5 },
          { metric: 'RESOLUTION_TIME', targetValue: 240, priority: 'P2', compliancePercent: 90 },
        ],
      }),
    );
    expect(requirement).toMatchObject({
      status: 'CAPTURED',
      customer: { id: customerId },
      agreement: null,
      targets: [
        {
          metric: 'AVAILABILITY',
          unit: 'PERCENT',
          compliancePercent: null,
          measurementPeriod: 'MONTHLY',
        },
        { metric: 'RESOLUTION_TIME', unit: 'MINUTES', priority: 'P2', compliancePercent: 90 },
      ],
    });
    const agreement = ok(
      await run(M.draftFromRequirement, {
        requirementId: requirement.id,
        name: unique('Drafted SLA'),
      }),
    );
    expect(agreement).toMatchObject({
      type: 'CUSTOMER_BASED',
      status: 'DRAFT',
      customer: { id: customerId },
      services: [{ id: service.id }],
      requirement: { id: requirement.id, status: 'DRAFTED' },
      targets: [
        { metric: 'AVAILABILITY', targetValue: 99.5 },
        { metric: 'RESOLUTION_TIME', targetValue: 240 },
      ],
    });
    const again = await run(M.draftFromRequirement, {
      requirementId: requirement.id,
      name: unique('Again'),
    });
    const error = expectError(again, 'CONFLICT', undefined, 'draftAgreementFromRequirement');
    expect(error.extensions).toMatchObject({
      currentStatus: 'DRAFTED',
      allowedStatuses: ['CAPTURED'],
    });

    // The customer reads its own requirement, and no other customer does.
    const read = `query ($id: ID!) { requirement(id: $id) { id agreement { id } } }`;
    const own = await subgraph.query({ roles: ['CUSTOMER'], customerIds: [customerId] }, read, {
      id: requirement.id,
    });
    expect(ok(own)).toEqual({ id: requirement.id, agreement: { id: agreement.id } });
    const other = await subgraph.query({ roles: ['CUSTOMER'], customerIds: [randomUUID()] }, read, {
      id: requirement.id,
    });
    expectError(other, 'NOT_FOUND', 'id', 'requirement');
  });

  it.each([
    ['no targets', { targets: [] }, 'input.targets'],
    [
      'an availability over 100%',
      { targets: [{ metric: 'AVAILABILITY', targetValue: 101 }] },
      'input.targets.0.targetValue',
    ],
    [
      'a priority on availability',
      { targets: [{ metric: 'AVAILABILITY', targetValue: 99, priority: 'P1' }] },
      'input.targets.0.priority',
    ],
    ['an empty title', { title: ' ' }, 'input.title'],
    ['a malformed customer', { customerId: 'acme' }, 'input.customerId'],
  ])('refuses a requirement with %s, naming the field', async (_case, change, field) => {
    const service = await seedService();
    const response = await run(M.capture, {
      customerId: randomUUID(),
      title: 'Requirement',
      serviceIds: [service.id],
      targets: [{ metric: 'AVAILABILITY', targetValue: 99 }],
      ...change,
    });
    expectError(response, 'BAD_USER_INPUT', field, 'captureRequirement');
  });

  it('answers NOT_FOUND for unknown services and requirements, and refuses a service-based draft', async () => {
    const unknownService = await run(M.capture, {
      customerId: randomUUID(),
      title: 'R',
      serviceIds: [randomUUID()],
      targets: [{ metric: 'AVAILABILITY', targetValue: 99 }],
    });
    expectError(unknownService, 'NOT_FOUND', 'input.serviceIds', 'captureRequirement');
    const unknown = await run(M.draftFromRequirement, { requirementId: randomUUID(), name: 'X' });
    expectError(unknown, 'NOT_FOUND', 'input.requirementId', 'draftAgreementFromRequirement');
    const serviceBased = await run(M.draftFromRequirement, {
      requirementId: randomUUID(),
      name: 'X',
      type: 'SERVICE_BASED',
    });
    expectError(serviceBased, 'BAD_USER_INPUT', 'input.type', 'draftAgreementFromRequirement');
  });
});

describe('multi-level agreements', () => {
  async function corporateWith99_5() {
    const [email, payments] = [await seedService(), await seedService()];
    const customerId = randomUUID();
    const corporate = await seedAgreement({
      type: 'MULTI_LEVEL',
      level: 'CORPORATE',
      customerId,
      serviceIds: [email.id, payments.id],
    });
    const availability = await addTarget(corporate.id, {
      metric: 'AVAILABILITY',
      targetValue: 99.5,
    });
    return { email, payments, customerId, corporate, availability };
  }

  it('inherits targets down the levels, lets a lower level tighten them and never loosen them', async () => {
    const { payments, customerId, corporate, availability } = await corporateWith99_5();
    const customer = await seedAgreement({
      type: 'MULTI_LEVEL',
      level: 'CUSTOMER',
      parentId: corporate.id,
      customerId,
      serviceIds: [payments.id],
    });
    expect(customer.effectiveTargets).toEqual([
      { id: availability.id, metric: 'AVAILABILITY', targetValue: 99.5 },
    ]);

    const looser = await run(M.addTarget, {
      agreementId: customer.id,
      metric: 'AVAILABILITY',
      targetValue: 99,
    });
    const error = expectError(looser, 'BAD_USER_INPUT', 'input.targetValue', 'addTarget');
    expect(error.message).toContain('the level above promises AVAILABILITY: 99.5 PERCENT');

    const tighter = await addTarget(customer.id, { metric: 'AVAILABILITY', targetValue: 99.9 });
    const service = await seedAgreement({
      type: 'MULTI_LEVEL',
      level: 'SERVICE',
      parentId: customer.id,
      customerId,
      serviceIds: [payments.id],
    });
    expect(service.effectiveTargets).toEqual([
      { id: tighter.id, metric: 'AVAILABILITY', targetValue: 99.9 },
    ]);
    const inherits = await subgraph.query(
      ANALYST,
      `query ($id: ID!) { target(id: $id) { inheritsFrom { id } } }`,
      {
        id: tighter.id,
      },
    );
    expect(ok(inherits).inheritsFrom).toEqual({ id: availability.id });

    // A lower level may not be looser in compliance either.
    ok(
      await run(M.addTarget, {
        agreementId: corporate.id,
        metric: 'RESOLUTION_TIME',
        targetValue: 240,
        priority: 'P1',
      }),
    );
    const belowLooser = await run(M.addTarget, {
      agreementId: customer.id,
      metric: 'RESOLUTION_TIME',
      targetValue: 240,
      priority: 'P1',
      compliancePercent: 90,
    });
    expectError(belowLooser, 'BAD_USER_INPUT', 'input.compliancePercent', 'addTarget');

    // Nor may a higher level come to promise more than a level below it already does.
    await addTarget(customer.id, {
      metric: 'PERFORMANCE',
      targetValue: 500,
      compliancePercent: 95,
    });
    const aboveStricter = await run(M.addTarget, {
      agreementId: corporate.id,
      metric: 'PERFORMANCE',
      targetValue: 400,
      compliancePercent: 95,
    });
    expect(
      expectError(aboveStricter, 'BAD_USER_INPUT', 'input.targetValue', 'addTarget').message,
    ).toContain('a level below already promises PERFORMANCE: 500 MILLISECONDS for 95%');
  });

  it.each([['a SERVICE level straight under CORPORATE', 'SERVICE', 'input.parentId']])(
    'refuses %s',
    async (_case, level, field) => {
      const { payments, customerId, corporate } = await corporateWith99_5();
      const response = await run(M.draft, {
        name: unique('Level'),
        type: 'MULTI_LEVEL',
        level,
        parentId: corporate.id,
        customerId,
        serviceIds: [payments.id],
      });
      expectError(response, 'BAD_USER_INPUT', field, 'draftAgreement');
    },
  );

  it('refuses a lower level for another customer, or with a service the level above lacks', async () => {
    const { payments, customerId, corporate } = await corporateWith99_5();
    const otherCustomer = await run(M.draft, {
      name: unique('Level'),
      type: 'MULTI_LEVEL',
      level: 'CUSTOMER',
      parentId: corporate.id,
      customerId: randomUUID(),
      serviceIds: [payments.id],
    });
    expectError(otherCustomer, 'BAD_USER_INPUT', 'input.parentId', 'draftAgreement');
    const stranger = await seedService();
    const outside = await run(M.draft, {
      name: unique('Level'),
      type: 'MULTI_LEVEL',
      level: 'CUSTOMER',
      parentId: corporate.id,
      customerId,
      serviceIds: [stranger.id],
    });
    expectError(outside, 'BAD_USER_INPUT', 'input.serviceIds', 'draftAgreement');
    const unknownParent = await run(M.draft, {
      name: unique('Level'),
      type: 'MULTI_LEVEL',
      level: 'CUSTOMER',
      parentId: randomUUID(),
      customerId,
      serviceIds: [payments.id],
    });
    expectError(unknownParent, 'NOT_FOUND', 'input.parentId', 'draftAgreement');
  });
});

describe('targets', () => {
  it.each([
    [
      'a service the agreement does not cover',
      async () => ({ serviceId: (await seedService()).id }),
      'BAD_USER_INPUT',
      'input.serviceId',
    ],
    [
      'an unknown calendar',
      async () => ({ businessCalendarId: randomUUID() }),
      'NOT_FOUND',
      'input.businessCalendarId',
    ],
    [
      'a compliance on availability',
      async () => ({ compliancePercent: 90 }),
      'BAD_USER_INPUT',
      'input.compliancePercent',
    ],
    [
      'a warning threshold of 100',
      async () => ({ warningThresholdPercent: 100 }),
      'BAD_USER_INPUT',
      'input.warningThresholdPercent',
    ],
  ])('refuses %s', async (_case, change, code, field) => {
    const service = await seedService();
    const agreement = await seedAgreement({ type: 'SERVICE_BASED', serviceIds: [service.id] });
    const response = await run(M.addTarget, {
      agreementId: agreement.id,
      metric: 'AVAILABILITY',
      targetValue: 99,
      ...(await change()),
    });
    expectError(response, code, field, 'addTarget');
  });

  it('refuses the same commitment twice, and any target on an unknown agreement', async () => {
    const service = await seedService();
    const agreement = await seedAgreement({ type: 'SERVICE_BASED', serviceIds: [service.id] });
    await addTarget(agreement.id, { metric: 'AVAILABILITY', targetValue: 99 });
    const twice = await run(M.addTarget, {
      agreementId: agreement.id,
      metric: 'AVAILABILITY',
      targetValue: 98,
    });
    expectError(twice, 'CONFLICT', 'input.metric', 'addTarget');
    const unknown = await run(M.addTarget, {
      agreementId: randomUUID(),
      metric: 'AVAILABILITY',
      targetValue: 98,
    });
    expectError(unknown, 'NOT_FOUND', 'input.agreementId', 'addTarget');
  });
});

describe('the agreement lifecycle', () => {
  it('goes DRAFT → NEGOTIATING → AGREED → ACTIVE → UNDER_REVIEW → ACTIVE → EXPIRED, with its rules at each step', async () => {
    const service = await seedService();
    const customerId = randomUUID();
    const agreement = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId,
      serviceIds: [service.id],
    });
    expect(agreement.allowedTransitions).toEqual(['NEGOTIATING', 'TERMINATED']);

    const skip = await move(agreement.id, 'ACTIVE');
    const skipped = expectError(skip, 'CONFLICT', undefined, 'transitionAgreement');
    expect(skipped.message).toBe(
      'The agreement is DRAFT; it can move to NEGOTIATING, TERMINATED, not ACTIVE',
    );
    expect(skipped.extensions).toMatchObject({
      currentStatus: 'DRAFT',
      allowedStatuses: ['NEGOTIATING', 'TERMINATED'],
    });

    const early = await run(M.sign, {
      agreementId: agreement.id,
      name: 'Sam',
      role: 'SLM',
      party: 'PROVIDER',
    });
    expectError(early, 'CONFLICT', undefined, 'signAgreement');

    const availability = await addTarget(agreement.id, {
      metric: 'AVAILABILITY',
      targetValue: 99.5,
    });
    const resolution = await addTarget(agreement.id, {
      metric: 'RESOLUTION_TIME',
      targetValue: 240,
      priority: 'P2',
      compliancePercent: 90,
    });
    ok(await move(agreement.id, 'NEGOTIATING'));
    ok(
      await run(M.sign, { agreementId: agreement.id, name: 'Sam', role: 'SLM', party: 'PROVIDER' }),
    );
    const unsigned = await move(agreement.id, 'AGREED');
    const missing = expectError(unsigned, 'CONFLICT', undefined, 'transitionAgreement');
    expect(missing.extensions).toMatchObject({ missingParties: ['CUSTOMER'] });
    ok(
      await run(M.sign, {
        agreementId: agreement.id,
        name: 'Dewi',
        role: 'CFO',
        party: 'CUSTOMER',
      }),
    );
    const agreed = ok(await move(agreement.id, 'AGREED'));
    expect(agreed.signatories.map((signatory: any) => signatory.party)).toEqual([
      'PROVIDER',
      'CUSTOMER',
    ]);

    // Availability has no support; the supplier resolves in 300 minutes, weaker than 240.
    await support(resolution.id, service.id, { targetValue: 300, compliancePercent: 95 }, 'UC');
    const gaps = await move(agreement.id, 'ACTIVE');
    const gapError = expectError(gaps, 'CONFLICT', undefined, 'transitionAgreement');
    expect(gapError.extensions!.gaps).toEqual([
      expect.objectContaining({
        targetId: availability.id,
        serviceId: service.id,
        verdict: 'UNSUPPORTED',
      }),
      expect.objectContaining({
        targetId: resolution.id,
        serviceId: service.id,
        verdict: 'WEAKER',
      }),
    ]);
    expect(gapError.message).toContain(`Target ${resolution.id} on service ${service.id}`);
    const listed = await subgraph.query(
      ANALYST,
      `query ($id: ID!) { agreement(id: $id) { supportGaps { target { id } verdict explanation } } }`,
      {
        id: agreement.id,
      },
    );
    expect(ok(listed).supportGaps.map((gap: any) => gap.verdict)).toEqual([
      'UNSUPPORTED',
      'WEAKER',
    ]);

    await support(availability.id, service.id, { targetValue: 99.9 });
    await support(resolution.id, service.id, { targetValue: 180, compliancePercent: 95 });
    const active = ok(await move(agreement.id, 'ACTIVE', { reviewDate: '2030-01-01T00:00:00Z' }));
    expect(active).toMatchObject({ status: 'ACTIVE', reviewDate: '2030-01-01T00:00:00.000Z' });

    const locked = await run(M.addTarget, {
      agreementId: agreement.id,
      metric: 'PERFORMANCE',
      targetValue: 800,
    });
    expectError(locked, 'CONFLICT', undefined, 'addTarget');

    ok(await move(agreement.id, 'UNDER_REVIEW'));
    const due = await subgraph.query(
      { roles: ['CUSTOMER'], customerIds: [customerId] },
      `{ agreementsDueForReview(asOf: "2030-01-01T00:00:00Z") { id } }`,
    );
    expect(ok(due)).toEqual([{ id: agreement.id }]);
    const noDate = await move(agreement.id, 'ACTIVE');
    expectError(noDate, 'BAD_USER_INPUT', 'input.reviewDate', 'transitionAgreement');
    const pastDate = await move(agreement.id, 'ACTIVE', { reviewDate: '2020-01-01T00:00:00Z' });
    expectError(pastDate, 'BAD_USER_INPUT', 'input.reviewDate', 'transitionAgreement');
    ok(await move(agreement.id, 'ACTIVE', { reviewDate: '2031-01-01T00:00:00Z' }));
    const dateElsewhere = await move(agreement.id, 'EXPIRED', {
      reviewDate: '2031-01-01T00:00:00Z',
    });
    expectError(dateElsewhere, 'BAD_USER_INPUT', 'input.reviewDate', 'transitionAgreement');
    ok(await move(agreement.id, 'EXPIRED'));
    const final = await move(agreement.id, 'ACTIVE');
    expect(expectError(final, 'CONFLICT', undefined, 'transitionAgreement').message).toBe(
      'The agreement is EXPIRED; it can move to nothing, not ACTIVE',
    );
  });

  it('clears the signatures when terms go back to negotiation', async () => {
    const { agreement } = await activeTarget({ metric: 'AVAILABILITY', targetValue: 99 });
    ok(await move(agreement.id, 'UNDER_REVIEW'));
    const renegotiating = ok(await move(agreement.id, 'NEGOTIATING'));
    expect(renegotiating.signatories).toEqual([]);
  });

  it('activates a lower level only once the level above is ACTIVE', async () => {
    const service = await seedService();
    const customerId = randomUUID();
    const corporate = await seedAgreement({
      type: 'MULTI_LEVEL',
      level: 'CORPORATE',
      customerId,
      serviceIds: [service.id],
    });
    const target = await addTarget(corporate.id, { metric: 'AVAILABILITY', targetValue: 99 });
    await support(target.id, service.id, { targetValue: 99.5 });
    const lower = await seedAgreement({
      type: 'MULTI_LEVEL',
      level: 'CUSTOMER',
      parentId: corporate.id,
      customerId,
      serviceIds: [service.id],
    });
    await agree(lower.id);
    const early = expectError(
      await move(lower.id, 'ACTIVE'),
      'CONFLICT',
      undefined,
      'transitionAgreement',
    );
    expect(early.extensions).toMatchObject({ parentStatus: 'DRAFT' });
    await activate(corporate.id);
    expect(ok(await move(lower.id, 'ACTIVE')).status).toBe('ACTIVE');
  });

  it('refuses an agreement without targets, and answers NOT_FOUND for an unknown one', async () => {
    const service = await seedService();
    const agreement = await seedAgreement({ type: 'SERVICE_BASED', serviceIds: [service.id] });
    await agree(agreement.id);
    const empty = expectError(
      await move(agreement.id, 'ACTIVE'),
      'CONFLICT',
      undefined,
      'transitionAgreement',
    );
    expect(empty.message).toBe('The agreement has no targets to commit to');
    expectError(
      await move(randomUUID(), 'NEGOTIATING'),
      'NOT_FOUND',
      'input.agreementId',
      'transitionAgreement',
    );
    const sign = await run(M.sign, {
      agreementId: randomUUID(),
      name: 'x',
      role: 'y',
      party: 'PROVIDER',
    });
    expectError(sign, 'NOT_FOUND', 'input.agreementId', 'signAgreement');
    const noName = await run(M.sign, {
      agreementId: agreement.id,
      name: ' ',
      role: 'y',
      party: 'PROVIDER',
    });
    expectError(noName, 'BAD_USER_INPUT', 'input.name', 'signAgreement');
  });
});

describe('supporting agreements', () => {
  it('shows the support chain of a target, and keeps OLAs and UCs and the gaps naming them from CUSTOMER callers', async () => {
    const service = await seedService();
    const customerId = randomUUID();
    const agreement = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId,
      serviceIds: [service.id],
    });
    const target = await addTarget(agreement.id, {
      metric: 'RESOLUTION_TIME',
      targetValue: 240,
      priority: 'P1',
    });
    const weak = await support(target.id, service.id, { targetValue: 300 }, 'UC');
    // Until a stronger OLA comes, the agreement's gap names the supplier of the weaker UC.
    const gaps = `query ($id: ID!) { agreement(id: $id) { supportGaps { verdict explanation } } }`;
    expect(ok(await subgraph.query(ANALYST, gaps, { id: agreement.id })).supportGaps).toEqual([
      {
        verdict: 'WEAKER',
        explanation: expect.stringContaining(weak.supportingAgreement.provider),
      },
    ]);
    const strong = await support(target.id, service.id, { targetValue: 120 });
    const chain = await subgraph.query(
      ANALYST,
      `query ($id: ID!) { target(id: $id) { supportChain { service { id } verdict explanation supportingTargets { id } } } }`,
      { id: target.id },
    );
    expect(ok(chain).supportChain).toEqual([
      {
        service: { id: service.id },
        verdict: 'SUPPORTED',
        explanation: `${strong.supportingAgreement.provider} commits to RESOLUTION_TIME P1: 120 MINUTES for 100%, which carries RESOLUTION_TIME P1: 240 MINUTES for 100%`,
        supportingTargets: [{ id: strong.id }, { id: weak.id }],
      },
    ]);
    const customer: TestCaller = { roles: ['CUSTOMER'], customerIds: [customerId] };
    const hidden = await subgraph.query(
      customer,
      `query ($id: ID!) { target(id: $id) { supportChain { verdict } } }`,
      {
        id: target.id,
      },
    );
    expect(hidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // The agreement is the customer's own, but not how the provider backs it.
    const hiddenGaps = await subgraph.query(customer, gaps, { id: agreement.id });
    expect(hiddenGaps.errors).toEqual([
      expect.objectContaining({
        path: ['agreement', 'supportGaps'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
    expectError(
      await subgraph.query(customer, `{ supportingAgreements { id } }`),
      'FORBIDDEN',
      undefined,
      'supportingAgreements',
    );
  });

  it.each([
    ['an unknown supporting agreement', 'supportingAgreementId', 'NOT_FOUND'],
    ['an unknown target', 'supportsTargetId', 'NOT_FOUND'],
    ['a service outside the target', 'serviceId', 'BAD_USER_INPUT'],
    ['a compliance on availability', 'compliancePercent', 'BAD_USER_INPUT'],
  ])('refuses a supporting target with %s', async (_case, field, code) => {
    const service = await seedService();
    const agreement = await seedAgreement({ type: 'SERVICE_BASED', serviceIds: [service.id] });
    const target = await addTarget(agreement.id, { metric: 'AVAILABILITY', targetValue: 99 });
    const ola = ok(
      await run(M.registerSupport, { kind: 'OLA', name: unique('OLA'), provider: 'Ops' }),
    );
    const input: Record<string, unknown> = {
      supportingAgreementId: ola.id,
      supportsTargetId: target.id,
      serviceId: service.id,
      targetValue: 99.5,
    };
    if (field === 'compliancePercent') input.compliancePercent = 90;
    else if (field === 'serviceId') input.serviceId = (await seedService()).id;
    else input[field] = randomUUID();
    expectError(await run(M.addSupport, input), code, `input.${field}`, 'addSupportingTarget');
  });

  it('refuses a supporting agreement named twice, or valid backwards', async () => {
    const name = unique('UC');
    ok(await run(M.registerSupport, { kind: 'UC', name, provider: 'Cloud' }));
    expectError(
      await run(M.registerSupport, { kind: 'UC', name, provider: 'Cloud' }),
      'CONFLICT',
      'input.name',
      'registerSupportingAgreement',
    );
    const backwards = await run(M.registerSupport, {
      kind: 'UC',
      name: unique('UC'),
      provider: 'Cloud',
      validFrom: '2026-06-01T00:00:00Z',
      validTo: '2026-01-01T00:00:00Z',
    });
    expectError(backwards, 'BAD_USER_INPUT', 'input.validTo', 'registerSupportingAgreement');
  });
});

describe('measurements, standings and events', () => {
  it('judges availability in service hours and raises at-risk and breached once per period', async () => {
    // 99% of 11,340 March minutes allows 113.4 minutes down.
    const { service, target } = await activeTarget({ metric: 'AVAILABILITY', targetValue: 99 });
    // Friday 16:00 to Monday 09:00: one hour Friday, one hour Monday, 120 minutes in all.
    const reference = unique('alert');
    const weekend = {
      serviceId: service.id,
      reference,
      startedAt: '2026-03-13T16:00:00+07:00',
      endedAt: '2026-03-16T09:00:00+07:00',
      description: 'Gateway down',
    };
    ok(await run(M.recordOutage, weekend));
    // The monitoring tool says it again: the same outage, nothing new.
    expect(ok(await run(M.recordOutage, weekend)).reference).toBe(reference);
    const [standing] = await standingsOf(target.id, '2026-03-10T00:00:00Z');
    expect(standing).toMatchObject({
      periodStart: '2026-02-28T17:00:00.000Z',
      periodEnd: '2026-03-31T17:00:00.000Z',
      serviceMinutes: 11340,
      downtimeMinutes: 120,
      allowedDowntimeMinutes: 113.4,
      measuredValue: 98.9418,
      errorBudgetConsumedPercent: 105.82,
      status: 'BREACHED',
    });
    expect(standing!.breachedAt).not.toBeNull();

    // Another outage in the same period: still one at-risk and one breached event.
    ok(
      await run(M.recordOutage, {
        serviceId: service.id,
        startedAt: '2026-03-20T10:00:00+07:00',
        endedAt: '2026-03-20T10:30:00+07:00',
      }),
    );
    expect(await outboxEvents('at-risk', target.id)).toHaveLength(1);
    const breached = await outboxEvents('breached', target.id);
    expect(breached).toEqual([
      expect.objectContaining({
        targetId: target.id,
        serviceId: service.id,
        status: 'BREACHED',
        measuredValue: 98.9418,
        errorBudgetConsumedPercent: 105.82,
        periodStart: '2026-02-28T17:00:00.000Z',
      }),
    ]);
    const measured = await outboxEvents('measured', target.id);
    expect(measured.map((event) => event.measuredValue)).toEqual([98.9418, 98.6772]);
  });

  it('raises one breached event under concurrent measurements', async () => {
    const { service, target } = await activeTarget({ metric: 'AVAILABILITY', targetValue: 99.9 });
    // 0.1% of 11,340 minutes is 11.34; each of these outages alone breaks it.
    const days = ['02', '03', '04', '05', '06', '09'];
    const responses = await Promise.all(
      days.map((day) =>
        run(M.recordOutage, {
          serviceId: service.id,
          startedAt: `2026-03-${day}T09:00:00+07:00`,
          endedAt: `2026-03-${day}T09:30:00+07:00`,
        }),
      ),
    );
    for (const response of responses) ok(response);
    expect(await outboxEvents('breached', target.id)).toHaveLength(1);
    expect(await outboxEvents('at-risk', target.id)).toHaveLength(1);
  });

  it('times tickets against the tightest target, and judges resolution per period', async () => {
    const customerId = randomUUID();
    const { service, agreement, target } = await activeTarget(
      { metric: 'RESOLUTION_TIME', targetValue: 480, priority: 'P2', compliancePercent: 50 },
      customerId,
    );
    const reference = unique('INC');
    const ticket = ok(
      await run(M.recordTicket, {
        reference,
        serviceId: service.id,
        customerId,
        priority: 'P2',
        openedAt: '2026-03-13T21:00:00+07:00',
        pauses: [{ from: '2026-03-16T10:00:00+07:00', to: '2026-03-16T12:00:00+07:00' }],
      }),
    );
    expect(ticket).toMatchObject({
      reference,
      recordedBy: 'sam.slm',
      pauses: [{ to: '2026-03-16T05:00:00.000Z' }],
    });
    const timers = await subgraph.query(
      ANALYST,
      `query ($ref: String!) { ticketTiming(reference: $ref) { timers(at: "2026-03-16T09:30:00+07:00") {
        metric stage goalMinutes governingTarget { id } governingReason businessElapsedMinutes
        actualElapsedMinutes businessElapsedPercent breachAt originalBreachAt thresholds { percent at } } } }`,
      { ref: reference },
    );
    // ServiceNow's reference case on an 8-hour goal: Friday 21:00 to Monday 09:30.
    expect(ok(timers).timers).toEqual([
      {
        metric: 'RESOLUTION_TIME',
        stage: 'IN_PROGRESS',
        goalMinutes: 480,
        governingTarget: { id: target.id },
        governingReason: `the only matching target: 480 min from "${agreement.name}" (CUSTOMER_BASED)`,
        businessElapsedMinutes: 90,
        actualElapsedMinutes: 3630,
        businessElapsedPercent: 18.75,
        breachAt: '2026-03-16T09:00:00.000Z', // Monday 16:00 in Jakarta
        originalBreachAt: '2026-03-16T09:00:00.000Z',
        thresholds: [],
      },
    ]);

    // Resolved on Tuesday 10:00: 2 h Monday morning, 5 h Monday afternoon, 2 h Tuesday = 9 h.
    ok(
      await run(M.recordTicket, {
        reference,
        serviceId: service.id,
        customerId,
        priority: 'P2',
        openedAt: '2026-03-13T21:00:00+07:00',
        resolvedAt: '2026-03-17T10:00:00+07:00',
        pauses: [{ from: '2026-03-16T10:00:00+07:00', to: '2026-03-16T12:00:00+07:00' }],
      }),
    );
    const [standing] = await standingsOf(target.id, '2026-03-10T00:00:00Z');
    expect(standing).toMatchObject({
      observations: 1,
      misses: 1,
      allowedMisses: 0,
      measuredValue: 540,
      status: 'BREACHED',
    });
  });

  it("judges again only the agreements a customer's ticket counts for", async () => {
    const terms = { metric: 'RESOLUTION_TIME', targetValue: 480, priority: 'P2' };
    const mine = await activeTarget(terms);
    // Another customer's agreement, and one for every customer, on the same service.
    const targetOn = async (agreement: { customerId?: string; type: string }) => {
      const drafted = await seedAgreement({ ...agreement, serviceIds: [mine.service.id] });
      const created = await addTarget(drafted.id, terms);
      await support(created.id, mine.service.id, { targetValue: 480 });
      await activate(drafted.id);
      return created;
    };
    const theirs = await targetOn({ type: 'CUSTOMER_BASED', customerId: randomUUID() });
    const everyones = await targetOn({ type: 'SERVICE_BASED' });
    ok(
      await run(M.recordTicket, {
        reference: unique('INC'),
        serviceId: mine.service.id,
        customerId: mine.customerId,
        priority: 'P2',
        openedAt: '2026-03-10T09:00:00+07:00',
        resolvedAt: '2026-03-10T11:00:00+07:00',
      }),
    );
    expect(await outboxEvents('measured', mine.target.id)).toHaveLength(1);
    expect(await outboxEvents('measured', everyones.id)).toHaveLength(1);
    expect(await outboxEvents('measured', theirs.id)).toEqual([]);
  });

  it('records metric samples and judges them against their target', async () => {
    const { service, target } = await activeTarget({
      metric: 'PERFORMANCE',
      targetValue: 800,
      compliancePercent: 90,
    });
    for (const [index, value] of [300, 420, 950].entries()) {
      const sample = ok(
        await run(M.recordSample, {
          serviceId: service.id,
          metric: 'PERFORMANCE',
          value,
          observedAt: `2026-03-0${index + 2}T09:00:00+07:00`,
        }),
      );
      expect(sample).toMatchObject({ metric: 'PERFORMANCE', unit: 'MILLISECONDS', value });
    }
    const [standing] = await standingsOf(target.id, '2026-03-10T00:00:00Z');
    // Three samples at 90% tolerate none: the 950 ms one breaks the target.
    expect(standing).toMatchObject({
      observations: 3,
      misses: 1,
      allowedMisses: 0,
      measuredValue: 950,
      status: 'BREACHED',
    });
  });

  it.each([
    [
      'recordOutage',
      M.recordOutage,
      { serviceId: randomUUID(), startedAt: '2026-03-02T09:00:00Z' },
      'NOT_FOUND',
      'input.serviceId',
    ],
    [
      'recordOutage',
      M.recordOutage,
      { serviceId: randomUUID(), startedAt: '2099-03-02T09:00:00Z' },
      'BAD_USER_INPUT',
      'input.startedAt',
    ],
    [
      'endOutage',
      M.endOutage,
      { outageId: randomUUID(), endedAt: '2026-03-02T09:00:00Z' },
      'NOT_FOUND',
      'input.outageId',
    ],
    [
      'recordTicketTiming',
      M.recordTicket,
      {
        reference: 'INC-X',
        serviceId: randomUUID(),
        priority: 'P1',
        openedAt: '2026-03-02T09:00:00Z',
      },
      'NOT_FOUND',
      'input.serviceId',
    ],
    [
      'recordTicketTiming',
      M.recordTicket,
      {
        reference: 'INC-X',
        serviceId: randomUUID(),
        priority: 'P1',
        openedAt: '2026-03-02T09:00:00Z',
        resolvedAt: '2026-03-01T09:00:00Z',
      },
      'BAD_USER_INPUT',
      'input.resolvedAt',
    ],
    [
      'recordMetricSample',
      M.recordSample,
      {
        serviceId: randomUUID(),
        metric: 'AVAILABILITY',
        value: 1,
        observedAt: '2026-03-02T09:00:00Z',
      },
      'BAD_USER_INPUT',
      'input.metric',
    ],
    [
      'recordMetricSample',
      M.recordSample,
      {
        serviceId: randomUUID(),
        metric: 'PERFORMANCE',
        value: 1,
        observedAt: '2026-03-02T09:00:00Z',
      },
      'NOT_FOUND',
      'input.serviceId',
    ],
  ])('%s refuses bad input (%#)', async (path, document, input, code, field) => {
    expectError(await run(document, input), code, field, path);
  });

  it('ends an outage once, and not before it started', async () => {
    const service = await seedService();
    const outage = ok(
      await run(M.recordOutage, { serviceId: service.id, startedAt: '2026-03-02T09:00:00Z' }),
    );
    const before = await run(M.endOutage, { outageId: outage.id, endedAt: '2026-03-02T08:00:00Z' });
    expectError(before, 'BAD_USER_INPUT', 'input.endedAt', 'endOutage');
    ok(await run(M.endOutage, { outageId: outage.id, endedAt: '2026-03-02T10:00:00Z' }));
    const twice = await run(M.endOutage, { outageId: outage.id, endedAt: '2026-03-02T11:00:00Z' });
    expectError(twice, 'CONFLICT', 'input.outageId', 'endOutage');
  });
});

describe('reports', () => {
  it('reports per target and period with the trend, as CSV too, to the customer alone', async () => {
    const customerId = randomUUID();
    const { service, agreement, target } = await activeTarget(
      { metric: 'AVAILABILITY', targetValue: 99 },
      customerId,
    );
    ok(
      await run(M.recordOutage, {
        serviceId: service.id,
        startedAt: '2026-02-02T09:00:00+07:00',
        endedAt: '2026-02-02T10:00:00+07:00',
      }),
    );
    const query = `query ($id: ID!) { serviceLevelReport(agreementId: $id, periodContaining: "2026-03-15T00:00:00Z", trendPeriods: 2) {
      agreement { id } breaches csv lines { standing { measuredValue status } trend { periodStart measuredValue status } } } }`;
    const report = ok(
      await subgraph.query({ roles: ['CUSTOMER'], customerIds: [customerId] }, query, {
        id: agreement.id,
      }),
    );
    // February: 20 working days, 10,800 minutes; one hour down is 99.4444%.
    expect(report).toMatchObject({
      agreement: { id: agreement.id },
      breaches: 0,
      lines: [
        {
          standing: { measuredValue: 100, status: 'MET' },
          trend: [
            { periodStart: '2026-01-31T17:00:00.000Z', measuredValue: 99.4444, status: 'MET' },
            { periodStart: '2025-12-31T17:00:00.000Z', measuredValue: 100, status: 'MET' },
          ],
        },
      ],
    });
    const rows = report.csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe(
      'agreement,target_id,metric,priority,service,period_start,period_end,target_value,compliance_percent,unit,measured_value,status,error_budget_consumed_percent,at_risk_at,breached_at,explanation',
    );
    expect(rows[2]).toContain(
      `${target.id},AVAILABILITY,,${service.name},2026-01-31T17:00:00.000Z`,
    );

    const stranger = await subgraph.query(
      { roles: ['CUSTOMER'], customerIds: [randomUUID()] },
      query,
      { id: agreement.id },
    );
    expectError(stranger, 'NOT_FOUND', 'agreementId', 'serviceLevelReport');
    const tooLong = await subgraph.query(
      ANALYST,
      `query ($id: ID!) { serviceLevelReport(agreementId: $id, periodContaining: "2026-03-15T00:00:00Z", trendPeriods: 13) { breaches } }`,
      { id: agreement.id },
    );
    expectError(tooLong, 'BAD_USER_INPUT', 'trendPeriods', 'serviceLevelReport');
  });

  it('sums up a customer’s compliance, and the agreements of each service', async () => {
    const customerId = randomUUID();
    const { service, agreement } = await activeTarget(
      { metric: 'AVAILABILITY', targetValue: 99 },
      customerId,
    );
    const response = await subgraph.query(
      { roles: ['CUSTOMER'], customerIds: [customerId] },
      `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Customer { serviceLevelCompliance(at: "2026-03-15T00:00:00Z") { activeAgreements targets met atRisk breached compliancePercent } }
        ... on Service { agreements { id } } } }`,
      {
        r: [
          { __typename: 'Customer', id: customerId },
          { __typename: 'Service', id: service.id },
        ],
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([
      {
        serviceLevelCompliance: {
          activeAgreements: 1,
          targets: 1,
          met: 1,
          atRisk: 0,
          breached: 0,
          compliancePercent: 100,
        },
      },
      { agreements: [{ id: agreement.id }] },
    ]);
  });
});

describe('role denials', () => {
  const id = () => randomUUID();
  const cases: [string, string, () => Record<string, unknown>][] = [
    [
      'defineBusinessCalendar',
      M.defineCalendar,
      () => ({ name: 'x', timeZone: 'UTC', workingHours: OFFICE_HOURS }),
    ],
    [
      'addCalendarHoliday',
      M.addHoliday,
      () => ({ businessCalendarId: id(), date: '2026-01-01', name: 'x' }),
    ],
    ['changeServiceLifecycle', M.changeLifecycle, () => ({ serviceId: id(), lifecycle: 'LIVE' })],
    ['assignBusinessCalendar', M.assignCalendar, () => ({ serviceId: id() })],
    [
      'captureRequirement',
      M.capture,
      () => ({
        customerId: id(),
        title: 'x',
        serviceIds: [id()],
        targets: [{ metric: 'AVAILABILITY', targetValue: 99 }],
      }),
    ],
    [
      'draftAgreementFromRequirement',
      M.draftFromRequirement,
      () => ({ requirementId: id(), name: 'x' }),
    ],
    [
      'addTarget',
      M.addTarget,
      () => ({ agreementId: id(), metric: 'AVAILABILITY', targetValue: 99 }),
    ],
    [
      'signAgreement',
      M.sign,
      () => ({ agreementId: id(), name: 'x', role: 'y', party: 'PROVIDER' }),
    ],
    ['transitionAgreement', M.transition, () => ({ agreementId: id(), to: 'NEGOTIATING' })],
    [
      'registerSupportingAgreement',
      M.registerSupport,
      () => ({ kind: 'OLA', name: 'x', provider: 'y' }),
    ],
    [
      'addSupportingTarget',
      M.addSupport,
      () => ({
        supportingAgreementId: id(),
        supportsTargetId: id(),
        serviceId: id(),
        targetValue: 1,
      }),
    ],
    ['endOutage', M.endOutage, () => ({ outageId: id(), endedAt: '2026-01-01T00:00:00Z' })],
    [
      'recordTicketTiming',
      M.recordTicket,
      () => ({ reference: 'x', serviceId: id(), priority: 'P1', openedAt: '2026-01-01T00:00:00Z' }),
    ],
    [
      'recordMetricSample',
      M.recordSample,
      () => ({
        serviceId: id(),
        metric: 'PERFORMANCE',
        value: 1,
        observedAt: '2026-01-01T00:00:00Z',
      }),
    ],
  ];

  it.each(cases)(
    '%s is refused to every role but SERVICE_LEVEL_MANAGER and ADMIN',
    async (path, document, input) => {
      for (const role of DENIED_ROLES) {
        const response = await run(document, input(), { roles: [role], customerIds: [] });
        expectError(response, 'FORBIDDEN', undefined, path);
      }
    },
  );
});
