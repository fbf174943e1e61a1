import type { TestCaller } from '@itsm/testkit';
import { dataAs, mutateAs, officeHours } from './seed';
import { startTestStack, type TestStack } from './stack';

/**
 * Service level foresight through the gateway: breach forecasts, the cost of a change to
 * the error budgets, and what-if replays, on constructed data worked out by hand below.
 *
 * service-level runs on a fixed clock, Wednesday 16 June 2027 00:00 UTC: June 2027 has 30
 * days (43,200 minutes), 15 of them (21,600 minutes, 360 hours) left. The forecast window
 * is the 30 days before, 17 May to 16 June: 720 hours.
 */
const NOW = new Date('2027-06-16T00:00:00Z');

const SLM: TestCaller = { roles: ['SERVICE_LEVEL_MANAGER'], subject: 'sari.slm' };
const ADMIN: TestCaller = { roles: ['ADMIN'] };

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({
    clock: () => new Date(NOW),
    serviceLevelEnvironment: {
      BREACH_FORECAST_WINDOW_DAYS: '30',
      BREACH_FORECAST_AT_RISK_PROBABILITY: '0.5',
    },
  });
});
afterAll(() => stack.stop());

const as = (caller: TestCaller, query: string, variables = {}) =>
  dataAs(stack, caller, query, variables);
const mutate = (name: string, inputType: string, input: object, fields = 'id') =>
  mutateAs(stack, ADMIN, name, inputType, input, fields);

let sequence = 0;

const registerCustomer = () => {
  sequence += 1;
  return mutate('registerCustomer', 'RegisterCustomerInput', {
    code: `FORE-${sequence}`,
    name: `Toko Foresight ${sequence}`,
    tier: 'KEY',
    accountManager: 'rina.brm',
  });
};

/** A customer and a LIVE service, measured in `businessCalendarId` (null: round the clock). */
async function customerAndService(businessCalendarId: string | null = null) {
  const customer = await registerCustomer();
  const service = await mutate('registerService', 'RegisterServiceInput', {
    name: `Online payments ${sequence}`,
    owner: 'Payments platform team',
    lifecycle: 'LIVE',
    businessCalendarId,
  });
  return { customer, service };
}

/** An ACTIVE customer-based SLA on the service with the given targets, each supported by a
 * UC strict enough; returns the targets' ids in order. */
async function activeAgreement(
  customerId: string,
  serviceId: string,
  targets: object[],
  name = `SLA ${customerId}`,
) {
  const agreement = await mutate('draftAgreement', 'DraftAgreementInput', {
    name,
    type: 'CUSTOMER_BASED',
    customerId,
    serviceIds: [serviceId],
  });
  const uc = await mutate('registerSupportingAgreement', 'RegisterSupportingAgreementInput', {
    kind: 'UC',
    name: `Hosting ${customerId}`,
    provider: 'Nusantara Cloud',
  });
  const ids: string[] = [];
  for (const target of targets) {
    const { id } = await mutate('addTarget', 'AddTargetInput', {
      agreementId: agreement.id,
      ...target,
    });
    await mutate('addSupportingTarget', 'AddSupportingTargetInput', {
      supportingAgreementId: uc.id,
      supportsTargetId: id,
      serviceId,
      targetValue: 99.99,
    });
    ids.push(id);
  }
  const transition = (to: string, extra = {}) =>
    mutate('transitionAgreement', 'TransitionAgreementInput', {
      agreementId: agreement.id,
      to,
      ...extra,
    });
  await transition('NEGOTIATING');
  for (const party of ['PROVIDER', 'CUSTOMER']) {
    await mutate('signAgreement', 'SignAgreementInput', {
      agreementId: agreement.id,
      name: `${party} signatory`,
      role: 'Director',
      party,
    });
  }
  await transition('AGREED');
  await transition('ACTIVE', { reviewDate: '2030-01-01T00:00:00Z' });
  return { agreementId: agreement.id, targetIds: ids };
}

const recordOutage = (serviceId: string, startedAt: string, minutes: number) =>
  mutate('recordOutage', 'RecordOutageInput', {
    serviceId,
    startedAt,
    endedAt: new Date(new Date(startedAt).getTime() + minutes * 60_000).toISOString(),
  });

const FORECAST = `query ($id: ID!) { target(id: $id) {
  standings { status errorBudgetConsumedPercent atRiskAt }
  forecasts { periodStart periodEnd probability expectedBreachAt atRisk method explanation
    inputs { windowStart windowEnd observed outagesPerServiceHour meanOutageMinutes
      remainingServiceMinutes remainingBudget expectedOccurrences } } } }`;

describe('breach forecast', () => {
  it('raises AT_RISK at half the budget when the recent outage rate makes a breach likely', async () => {
    const { customer, service } = await customerAndService();
    const {
      targetIds: [targetId],
    } = await activeAgreement(customer.id, service.id, [
      { metric: 'AVAILABILITY', targetValue: 99.5 },
    ]);

    // 99.5% of June's 43,200 minutes allows 216 minutes down. Two 54-minute outages in June
    // use 108, half the budget: MET, under the 75% warning threshold.
    await recordOutage(service.id, '2027-06-03T10:00:00Z', 54);
    await recordOutage(service.id, '2027-06-10T14:00:00Z', 54);
    // The forecast: 2 outages in 720 hours, so m = 2 × 360 / 720 = 1 expected by the end of
    // June, each 54 minutes on average; the 108 minutes left are x = 2 mean outages.
    // P = Σ Poisson(n; 1) × P(Erlang(n) > 2)
    //   = .367879·.135335 + .183940·.406006 + .061313·.676676 + .015328·.857123
    //     + .003066·.947347 + .000511·.983436 + .000082 = .1826: not at risk.
    // The window's 108 minutes per 43,200 would take 43,200 more minutes to use the 108
    // left: after June, so no breach is expected.
    const before = (await as(SLM, FORECAST, { id: targetId })).target;
    expect(before.standings).toEqual([
      { status: 'MET', errorBudgetConsumedPercent: 50, atRiskAt: null },
    ]);
    expect(before.forecasts).toHaveLength(1);
    expect(before.forecasts[0]).toMatchObject({
      periodStart: '2027-06-01T00:00:00.000Z',
      periodEnd: '2027-07-01T00:00:00.000Z',
      expectedBreachAt: null,
      atRisk: false,
      inputs: {
        windowStart: '2027-05-17T00:00:00.000Z',
        windowEnd: '2027-06-16T00:00:00.000Z',
        observed: 2,
        meanOutageMinutes: 54,
        remainingServiceMinutes: 21_600,
        remainingBudget: 108,
        expectedOccurrences: 1,
      },
    });
    expect(before.forecasts[0].probability).toBeCloseTo(0.1826, 4);

    // Six more 54-minute outages in late May: June's budget is untouched, but the rate
    // rises to 8 in 720 hours, m = 4. P = Σ Poisson(n; 4) × P(Erlang(n) > 2)
    //   = .073263·.135335 + .146525·.406006 + .195367·.676676 + .195367·.857123
    //     + .156294·.947347 + .104196·.983436 + .059540·.995466 + .029770·.998903
    //     + .013231·.999763 + .005293·.999954 + .001925 + .000642 + .000274 = .7300,
    // above 0.5: AT_RISK, at 50% of the budget. The window lost 432 minutes in 43,200:
    // 108 more take 10,800 minutes, 180 hours: 23 June at noon.
    for (const day of ['18', '20', '22', '24', '26', '28']) {
      await recordOutage(service.id, `2027-05-${day}T10:00:00Z`, 54);
    }
    const after = (await as(SLM, FORECAST, { id: targetId })).target;
    expect(after.standings).toEqual([
      { status: 'MET', errorBudgetConsumedPercent: 50, atRiskAt: NOW.toISOString() },
    ]);
    expect(after.forecasts[0]).toMatchObject({
      expectedBreachAt: '2027-06-23T12:00:00.000Z',
      atRisk: true,
      inputs: {
        observed: 8,
        outagesPerServiceHour: Number((8 / 720).toFixed(6)),
        meanOutageMinutes: 54,
        remainingBudget: 108,
        expectedOccurrences: 4,
      },
    });
    expect(after.forecasts[0].probability).toBeCloseTo(0.73, 4);
    expect(after.forecasts[0].method).toMatch(/^Compound Poisson/);
  });
});

describe('the cost of a change to error budgets', () => {
  it('warns on scheduling which customers a window would put at risk or breach', async () => {
    // Jakarta office hours (UTC+7), Monday to Friday 08:00-17:00: June 2027 has 22
    // weekdays, 11,880 service minutes.
    const calendar = await mutate('defineBusinessCalendar', 'DefineBusinessCalendarInput', {
      name: 'Jakarta office hours',
      timeZone: 'Asia/Jakarta',
      workingHours: officeHours(),
    });
    const { customer: roomy, service } = await customerAndService(calendar.id);
    const tight = await registerCustomer();
    // 98.5% allows 178.2 minutes, 99.5% allows 59.4.
    const roomySla = await activeAgreement(
      roomy.id,
      service.id,
      [{ metric: 'AVAILABILITY', targetValue: 98.5 }],
      'A roomy SLA',
    );
    const tightSla = await activeAgreement(
      tight.id,
      service.id,
      [{ metric: 'AVAILABILITY', targetValue: 99.5 }],
      'B tight SLA',
    );
    // 30 minutes down on Monday 14 June, 09:00-09:30: 16.84% of 178.2, 50.51% of 59.4.
    await recordOutage(service.id, '2027-06-14T02:00:00Z', 30);

    const model = await mutate('defineStandardChangeModel', 'DefineStandardChangeModelInput', {
      name: 'Payment gateway patch',
      impact: 'LOW',
      likelihood: 'LOW',
      implementationPlan: 'Patch and restart the gateway.',
      backoutPlan: 'Restore the previous image.',
      testPlan: 'One test payment.',
    });
    const change = await mutate('raiseChangeRequest', 'RaiseChangeRequestInput', {
      title: 'Patch the payment gateway',
      type: 'STANDARD',
      standardChangeModelId: model.id,
      urgency: 'MEDIUM',
      customerId: roomy.id,
      serviceIds: [service.id],
    });
    await as(ADMIN, `mutation ($id: ID!) { submitChangeRequest(id: $id) { state } }`, {
      id: change.id,
    });
    // Friday 18 June 15:00 to Saturday 12:00: only Friday 15:00-17:00, 120 minutes, is in
    // service hours. 30 + 120 = 150 minutes: 84.18% of 178.2 (past the 75% warning, short
    // of a breach) and 252.53% of 59.4 (a breach).
    const { scheduleChangeRequest: scheduled } = await as(
      ADMIN,
      `mutation ($id: ID!, $input: ScheduleChangeRequestInput!) {
        scheduleChangeRequest(id: $id, input: $input) { state
          serviceLevelImpact { agreement { id } customer { id } service { id } target { id }
            periodStart periodEnd plannedServiceMinutes insideServiceHours allowedDowntimeMinutes
            downtimeMinutes remainingBudgetMinutes consumedPercent projectedConsumedPercent
            wouldCrossAtRisk wouldBreach } } }`,
      {
        id: change.id,
        input: { plannedStart: '2027-06-18T08:00:00Z', plannedEnd: '2027-06-19T05:00:00Z' },
      },
    );
    const june = {
      service: { id: service.id },
      periodStart: '2027-05-31T17:00:00.000Z',
      periodEnd: '2027-06-30T17:00:00.000Z',
      plannedServiceMinutes: 120,
      insideServiceHours: true,
      downtimeMinutes: 30,
    };
    expect(scheduled).toEqual({
      state: 'SCHEDULED',
      serviceLevelImpact: [
        {
          ...june,
          agreement: { id: roomySla.agreementId },
          customer: { id: roomy.id },
          target: { id: roomySla.targetIds[0] },
          allowedDowntimeMinutes: 178.2,
          remainingBudgetMinutes: 148.2,
          consumedPercent: 16.84,
          projectedConsumedPercent: 84.18,
          wouldCrossAtRisk: true,
          wouldBreach: false,
        },
        {
          ...june,
          agreement: { id: tightSla.agreementId },
          customer: { id: tight.id },
          target: { id: tightSla.targetIds[0] },
          allowedDowntimeMinutes: 59.4,
          remainingBudgetMinutes: 29.4,
          consumedPercent: 50.51,
          projectedConsumedPercent: 252.53,
          wouldCrossAtRisk: true,
          wouldBreach: true,
        },
      ],
    });

    // The customer the change is for sees its own budget only.
    const { changeRequest } = await as(
      { roles: ['CUSTOMER'], customerIds: [roomy.id] },
      `query ($id: ID!) { changeRequest(id: $id) { serviceLevelImpact { agreement { id } wouldBreach } } }`,
      { id: change.id },
    );
    expect(changeRequest.serviceLevelImpact).toEqual([
      { agreement: { id: roomySla.agreementId }, wouldBreach: false },
    ]);
  });
});

/** Every table of service-level's database, each as its row count and a digest of its rows,
 * once the relay has sent every event, so nothing moves behind the test's back. */
async function serviceLevelRows() {
  const database = stack.subgraphs['service-level'].dataSource;
  for (let attempt = 0; attempt < 100; attempt++) {
    const [{ unsent }] = await database.query(
      `SELECT count(*)::int AS unsent FROM event_outbox WHERE sent_at IS NULL`,
    );
    if (unsent === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const tables: { name: string }[] = await database.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const rows: Record<string, { count: number; digest: string }> = {};
  for (const { name } of tables) {
    const [row] = await database.query(
      `SELECT count(*)::int AS count, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))
         AS digest FROM "${name}" t`,
    );
    rows[name] = row;
  }
  return rows;
}

const WHAT_IF = `query ($input: WhatIfInput!) { whatIf(input: $input) {
  proposedTargetValue proposedWarningThresholdPercent actualBreaches proposedBreaches
  lines {
    actual { service { id } periodStart periodEnd measuredValue status errorBudgetConsumedPercent serviceMinutes downtimeMinutes allowedDowntimeMinutes }
    proposed { service { id } target { id targetValue } periodStart periodEnd measuredValue status errorBudgetConsumedPercent serviceMinutes downtimeMinutes allowedDowntimeMinutes atRiskAt breachedAt } } } }`;

describe('what-if', () => {
  it('replays May under a looser target and under shorter service hours, changing nothing', async () => {
    const calendar = await mutate('defineBusinessCalendar', 'DefineBusinessCalendarInput', {
      name: 'Jakarta office hours, what-if',
      timeZone: 'Asia/Jakarta',
      workingHours: officeHours(),
    });
    const { customer, service } = await customerAndService(calendar.id);
    const {
      targetIds: [targetId],
    } = await activeAgreement(customer.id, service.id, [
      { metric: 'AVAILABILITY', targetValue: 99.5 },
    ]);
    // May 2027 in Jakarta has 21 weekdays: 21 × 540 = 11,340 service minutes; 99.5% allows
    // 56.7. Tuesday 4 May 10:00-10:40 costs 40; Saturday 8 May 10:00-12:00 nothing;
    // Wednesday 12 May 16:30-18:00 costs 30 (to 17:00). 70 minutes: 123.46%, BREACHED;
    // (11,340 - 70) / 11,340 = 99.3827%.
    await recordOutage(service.id, '2027-05-04T03:00:00Z', 40);
    await recordOutage(service.id, '2027-05-08T03:00:00Z', 120);
    await recordOutage(service.id, '2027-05-12T09:30:00Z', 90);
    const before = await serviceLevelRows();

    const may = {
      service: { id: service.id },
      periodStart: '2027-04-30T17:00:00.000Z',
      periodEnd: '2027-05-31T17:00:00.000Z',
    };
    // The stored target and no alerts: the proposal was never measured.
    const proposal = {
      target: { id: targetId, targetValue: 99.5 },
      atRiskAt: null,
      breachedAt: null,
    };
    const actual = {
      ...may,
      measuredValue: 99.3827,
      status: 'BREACHED',
      errorBudgetConsumedPercent: 123.46,
      serviceMinutes: 11_340,
      downtimeMinutes: 70,
      allowedDowntimeMinutes: 56.7,
    };
    // 99% would have allowed 113.4 minutes: 70 is 61.73%, MET.
    const looser = await as(SLM, WHAT_IF, {
      input: { targetId, periodContaining: '2027-05-15T00:00:00Z', targetValue: 99 },
    });
    expect(looser.whatIf).toEqual({
      proposedTargetValue: 99,
      proposedWarningThresholdPercent: 75,
      actualBreaches: 1,
      proposedBreaches: 0,
      lines: [
        {
          actual,
          proposed: {
            ...actual,
            ...proposal,
            status: 'MET',
            errorBudgetConsumedPercent: 61.73,
            allowedDowntimeMinutes: 113.4,
          },
        },
      ],
    });

    // Service hours ending at 16:00: 21 × 480 = 10,080 minutes, 50.4 allowed; the Wednesday
    // outage falls after hours, leaving 40 minutes: 79.37%, AT_RISK;
    // (10,080 - 40) / 10,080 = 99.6032%.
    const shorter = await as(SLM, WHAT_IF, {
      input: {
        targetId,
        periodContaining: '2027-05-15T00:00:00Z',
        calendar: { timeZone: 'Asia/Jakarta', workingHours: officeHours('16:00') },
      },
    });
    expect(shorter.whatIf).toMatchObject({ actualBreaches: 1, proposedBreaches: 0 });
    expect(shorter.whatIf.lines[0].proposed).toEqual({
      ...may,
      ...proposal,
      measuredValue: 99.6032,
      status: 'AT_RISK',
      errorBudgetConsumedPercent: 79.37,
      serviceMinutes: 10_080,
      downtimeMinutes: 40,
      allowedDowntimeMinutes: 50.4,
    });

    expect(await serviceLevelRows()).toEqual(before);
    // The stored standing is still the measured one.
    const { target } = await as(
      SLM,
      `query ($id: ID!) { target(id: $id) { standings(at: "2027-05-15T00:00:00Z") { status } } }`,
      { id: targetId },
    );
    expect(target.standings).toEqual([{ status: 'BREACHED' }]);
  });

  it('refuses a future period and a value the metric cannot take, naming the field', async () => {
    const { customer, service } = await customerAndService();
    const {
      targetIds: [targetId],
    } = await activeAgreement(customer.id, service.id, [
      { metric: 'AVAILABILITY', targetValue: 99.5 },
    ]);
    const refused = async (input: object) =>
      (await stack.query(SLM, WHAT_IF, { input: { targetId, ...input } })).errors![0]!.extensions;
    expect(await refused({ periodContaining: '2027-07-01T00:00:00Z' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.periodContaining',
    });
    expect(
      await refused({ periodContaining: '2027-05-15T00:00:00Z', targetValue: 120 }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetValue' });
  });
});
