import { randomUUID } from 'node:crypto';
import type { GraphQLResponse, QueryAs, TestCaller } from '@itsm/testkit';

/** What the service-level tests share: callers, GraphQL documents, assertions, and seeding
 * through the API itself, so a test builds its data as a user would. */

// Tests read GraphQL responses loosely, as the spec files may: their assertions are the
// type check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
export type Response = GraphQLResponse<Record<string, Loose>>;
export const MANAGER: TestCaller = { roles: ['SERVICE_LEVEL_MANAGER'], subject: 'sam.slm' };
export const ANALYST: TestCaller = { roles: ['ANALYST'] };
export const DENIED_ROLES = [
  'ANALYST',
  'CUSTOMER',
  'CHANGE_MANAGER',
  'ACCOUNT_MANAGER',
  'CAB_MEMBER',
  'IMPROVEMENT_MANAGER',
] as const;

let sequence = 0;
export const unique = (label: string) => `${label} ${String(++sequence).padStart(4, '0')}`;

export function expectError(
  response: Response,
  code: string,
  field: string | undefined,
  path: string,
) {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect({ code: error!.extensions!.code, field: error!.extensions!.field }).toEqual({
    code,
    field,
  });
  expect(error!.path).toEqual([path]);
  return error!;
}

export function ok(response: Response): Record<string, Loose> {
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0];
}

const CALENDAR_FIELDS =
  'id name timeZone workingHours { weekday start end } holidays { date name }';
const TARGET_FIELDS = `id metric unit targetValue priority compliancePercent warningThresholdPercent
  measurementPeriod service { id } agreement { id }`;
const AGREEMENT_FIELDS = `id name type level status allowedTransitions reviewDate parent { id }
  customer { id } services { id } signatories { name role party }
  targets { id metric targetValue } effectiveTargets { id metric targetValue }`;
const STANDING_FIELDS = `service { id } periodStart periodEnd measuredValue unit status
  errorBudgetConsumedPercent explanation serviceMinutes downtimeMinutes allowedDowntimeMinutes
  observations misses allowedMisses atRiskAt breachedAt`;

export const M = {
  defineCalendar: `mutation ($input: DefineBusinessCalendarInput!) { defineBusinessCalendar(input: $input) { ${CALENDAR_FIELDS} } }`,
  addHoliday: `mutation ($input: AddCalendarHolidayInput!) { addCalendarHoliday(input: $input) { ${CALENDAR_FIELDS} } }`,
  registerService: `mutation ($input: RegisterServiceInput!) { registerService(input: $input) { id name lifecycle businessCalendar { id } } }`,
  changeLifecycle: `mutation ($input: ChangeServiceLifecycleInput!) { changeServiceLifecycle(input: $input) { id lifecycle } }`,
  assignCalendar: `mutation ($input: AssignBusinessCalendarInput!) { assignBusinessCalendar(input: $input) { id businessCalendar { id timeZone } } }`,
  capture: `mutation ($input: CaptureRequirementInput!) { captureRequirement(input: $input) {
    id status title customer { id } services { id } agreement { id }
    targets { metric unit targetValue priority compliancePercent measurementPeriod } } }`,
  draftFromRequirement: `mutation ($input: DraftAgreementFromRequirementInput!) { draftAgreementFromRequirement(input: $input) { ${AGREEMENT_FIELDS} requirement { id status } } }`,
  draft: `mutation ($input: DraftAgreementInput!) { draftAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`,
  addTarget: `mutation ($input: AddTargetInput!) { addTarget(input: $input) { ${TARGET_FIELDS} } }`,
  sign: `mutation ($input: SignAgreementInput!) { signAgreement(input: $input) { id signatories { name party } } }`,
  transition: `mutation ($input: TransitionAgreementInput!) { transitionAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`,
  registerSupport: `mutation ($input: RegisterSupportingAgreementInput!) { registerSupportingAgreement(input: $input) { id kind name provider validFrom validTo } }`,
  addSupport: `mutation ($input: AddSupportingTargetInput!) { addSupportingTarget(input: $input) {
    id targetValue compliancePercent service { id } supports { id } supportingAgreement { id provider } } }`,
  recordOutage: `mutation ($input: RecordOutageInput!) { recordOutage(input: $input) { id reference startedAt endedAt recordedBy } }`,
  endOutage: `mutation ($input: EndOutageInput!) { endOutage(input: $input) { id endedAt } }`,
  recordTicket: `mutation ($input: RecordTicketTimingInput!) { recordTicketTiming(input: $input) {
    id reference priority pauses { from to } recordedBy } }`,
  recordSample: `mutation ($input: RecordMetricSampleInput!) { recordMetricSample(input: $input) { id metric unit value recordedBy } }`,
};

export const OFFICE_HOURS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map(
  (weekday) => ({
    weekday,
    start: '08:00',
    end: '17:00',
  }),
);

/** Runs mutations and seeds data through `query`, the test subgraph's or the gateway's. */
export function serviceLevelClient(query: QueryAs) {
  const run = (document: string, input: Record<string, unknown>, caller = MANAGER) =>
    query(caller, document, { input });

  /** Jakarta office hours with Nyepi (Thursday 2026-03-19): March 2026 has 21 working days,
   * 189 service hours, 11,340 service minutes. */
  async function seedCalendar() {
    return ok(
      await run(M.defineCalendar, {
        name: unique('Jakarta office'),
        timeZone: 'Asia/Jakarta',
        workingHours: OFFICE_HOURS,
        holidays: [{ date: '2026-03-19', name: 'Nyepi' }],
      }),
    );
  }

  async function seedService(calendarId: string | null = null) {
    return ok(
      await run(M.registerService, {
        name: unique('Payments'),
        owner: 'payments.team',
        lifecycle: 'LIVE',
        businessCalendarId: calendarId,
      }),
    );
  }

  async function seedAgreement(input: Record<string, unknown>) {
    return ok(await run(M.draft, { name: unique('SLA'), ...input }));
  }

  async function addTarget(agreementId: string, input: Record<string, unknown>) {
    return ok(await run(M.addTarget, { agreementId, ...input }));
  }

  /** An OLA in force that supports the target on the service with the given terms. */
  async function support(
    targetId: string,
    serviceId: string,
    terms: { targetValue: number; compliancePercent?: number },
    kind: 'OLA' | 'UC' = 'OLA',
  ) {
    const agreement = ok(
      await run(M.registerSupport, { kind, name: unique('Support'), provider: unique('Team') }),
    );
    return ok(
      await run(M.addSupport, {
        supportingAgreementId: agreement.id,
        supportsTargetId: targetId,
        serviceId,
        ...terms,
      }),
    );
  }

  const move = (agreementId: string, to: string, extra: Record<string, unknown> = {}) =>
    run(M.transition, { agreementId, to, ...extra });

  /** Takes a drafted agreement whose targets are supported to ACTIVE. */
  /** Negotiates a drafted agreement and has both parties sign it: AGREED. */
  async function agree(agreementId: string) {
    ok(await move(agreementId, 'NEGOTIATING'));
    ok(await run(M.sign, { agreementId, name: 'Sam', role: 'SLM', party: 'PROVIDER' }));
    ok(await run(M.sign, { agreementId, name: 'Dewi', role: 'CFO', party: 'CUSTOMER' }));
    return ok(await move(agreementId, 'AGREED'));
  }

  async function activate(agreementId: string) {
    await agree(agreementId);
    return ok(await move(agreementId, 'ACTIVE'));
  }

  /** A service on office hours under an active customer-based SLA with one target. */
  async function activeTarget(target: Record<string, unknown>, customerId = randomUUID()) {
    const calendar = await seedCalendar();
    const service = await seedService(calendar.id);
    const agreement = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId,
      serviceIds: [service.id],
    });
    const created = await addTarget(agreement.id, target);
    await support(created.id, service.id, {
      targetValue: created.targetValue,
      ...(created.compliancePercent !== null && { compliancePercent: created.compliancePercent }),
    });
    await activate(agreement.id);
    return { calendar, service, agreement, target: created, customerId };
  }

  async function standingsOf(targetId: string, at: string, caller: TestCaller = ANALYST) {
    const response = await query(
      caller,
      `query ($id: ID!, $at: DateTime) { target(id: $id) { standings(at: $at) { ${STANDING_FIELDS} } } }`,
      { id: targetId, at },
    );
    return ok(response).standings as Record<string, Loose>[];
  }

  return {
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
  };
}
