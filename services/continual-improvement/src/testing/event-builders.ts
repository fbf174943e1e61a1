import { randomUUID } from 'node:crypto';
import {
  changeRequestFailed,
  changeRequestImplemented,
  changeRequestRaised,
  changeRequestReviewed,
  type EventData,
  type EventDefinition,
  eventOf,
  feedbackLogged,
  feedbackResolved,
  type PendingEvent,
  SERVQUAL_DIMENSIONS,
  surveyRecorded,
  targetAtRisk,
  targetBreached,
  targetMeasured,
} from '@itsm/events';

/**
 * Events of the other subgraphs' contracts, as their publishers raise them, for the tests of
 * the rules and projections. Each builder takes the facts a test cares about and fills in
 * the rest; the result goes through the real envelope (`serializeEvent`) onto a real bus or
 * broker, or, in unit tests, straight to a pure rule as `received(...)`.
 */

type Overrides<Definition extends EventDefinition> = Partial<EventData<Definition>>;

/** A pending event that remembers its definition, so tests read its data typed. */
export type BuiltEvent<Definition extends EventDefinition> = PendingEvent & {
  definition: Definition;
  data: EventData<Definition>;
};

function built<Definition extends EventDefinition>(
  definition: Definition,
  subject: string,
  data: EventData<Definition>,
): BuiltEvent<Definition> {
  return eventOf(definition, subject, data as never) as BuiltEvent<Definition>;
}

/** A period of one month starting on the first of the given month (UTC). */
export function monthPeriod(month: string) {
  const start = new Date(`${month}-01T00:00:00.000Z`);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + 1);
  return { periodStart: start.toISOString(), periodEnd: end.toISOString() };
}

function standing(overrides: Overrides<typeof targetBreached> & { month?: string }) {
  const { month = '2026-01', ...rest } = overrides;
  const period = monthPeriod(month);
  return {
    targetId: randomUUID(),
    agreementId: randomUUID(),
    customerId: null,
    serviceId: randomUUID(),
    metric: 'AVAILABILITY' as const,
    unit: 'PERCENT' as const,
    targetValue: 99.5,
    measuredValue: 99.8,
    status: 'MET' as const,
    errorBudgetConsumedPercent: 40,
    ...period,
    evaluatedAt: period.periodEnd,
    ...rest,
  };
}

/** A target event of the given standing; the builders below differ only in their defaults. */
function standingEvent<
  Definition extends typeof targetMeasured | typeof targetAtRisk | typeof targetBreached,
>(definition: Definition, defaults: Overrides<typeof targetMeasured>) {
  return (overrides: Overrides<typeof targetMeasured> & { month?: string }) => {
    const data = standing({ ...defaults, ...overrides });
    return built(definition, data.targetId, data as EventData<Definition>);
  };
}

export const targetBreachedEvent = standingEvent(targetBreached, {
  measuredValue: 98.9,
  status: 'BREACHED',
  errorBudgetConsumedPercent: 220,
});

export const targetAtRiskEvent = standingEvent(targetAtRisk, {
  measuredValue: 99.6,
  status: 'AT_RISK',
  errorBudgetConsumedPercent: 80,
});

export const targetMeasuredEvent = standingEvent(targetMeasured, {});

const feedbackFacts = (overrides: Overrides<typeof feedbackLogged>) => ({
  feedbackId: randomUUID(),
  customerId: randomUUID(),
  type: 'COMPLAINT' as const,
  severity: 'HIGH' as const,
  serviceId: null,
  summary: 'Payments timed out during the sale.',
  loggedAt: '2026-01-10T09:00:00.000Z',
  ...overrides,
});

export function feedbackLoggedEvent(overrides: Overrides<typeof feedbackLogged>) {
  const data = { loggedBy: 'rina.brm', ...feedbackFacts(overrides) };
  return built(feedbackLogged, data.feedbackId, data);
}

export function feedbackResolvedEvent(
  overrides: Overrides<typeof feedbackResolved> & { feedbackId: string; customerId: string },
) {
  const { feedbackId, customerId, ...rest } = overrides;
  const data = {
    acknowledgedAt: '2026-01-10T10:00:00.000Z',
    resolvedAt: '2026-01-11T09:00:00.000Z',
    resolution: 'Added capacity to the payment gateway.',
    resolvedBy: 'rina.brm',
    ...feedbackFacts({ feedbackId, customerId }),
    ...rest,
  };
  return built(feedbackResolved, data.feedbackId, data);
}

/** A survey whose five dimensions all have the given gap, so its overall gap is that too. */
export function surveyRecordedEvent(overrides: Overrides<typeof surveyRecorded> & { gap: number }) {
  const { gap, ...rest } = overrides;
  const data = {
    surveyId: randomUUID(),
    customerId: randomUUID(),
    serviceId: null,
    conductedAt: '2026-01-15T09:00:00.000Z',
    dimensions: SERVQUAL_DIMENSIONS.map((dimension) => ({
      dimension,
      expectation: gap > 0 ? 4 : 5,
      perception: (gap > 0 ? 4 : 5) + gap,
      gap,
    })),
    overallGap: gap,
    netPromoterScore: 10,
    recordedBy: 'rina.brm',
    recordedAt: '2026-01-15T10:00:00.000Z',
    ...rest,
  };
  return built(surveyRecorded, data.surveyId, data);
}

const change = (overrides: Partial<EventData<typeof changeRequestFailed>>) => ({
  changeRequestId: randomUUID(),
  reference: 'CHG-000042',
  type: 'NORMAL' as const,
  customerId: null,
  serviceIds: [randomUUID()],
  actor: 'chris.change',
  reason: null,
  occurredAt: '2026-01-20T23:00:00.000Z',
  ...overrides,
});

export function changeRaisedEvent(
  overrides: Partial<EventData<typeof changeRequestRaised>> & { changeRequestId: string },
) {
  const data = {
    reference: 'CHG-000042',
    title: 'Upgrade the payment gateway',
    type: 'NORMAL' as const,
    state: 'DRAFT' as const,
    customerId: null,
    serviceIds: [randomUUID()],
    requestedBy: 'chris.change',
    raisedAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
  return built(changeRequestRaised, data.changeRequestId, data);
}

export function changeImplementedEvent(
  overrides: Partial<EventData<typeof changeRequestImplemented>>,
) {
  const data = {
    ...change(overrides),
    fromState: 'IMPLEMENTING' as const,
    state: 'IMPLEMENTED' as const,
  };
  return built(changeRequestImplemented, data.changeRequestId, data);
}

export function changeFailedEvent(overrides: Partial<EventData<typeof changeRequestFailed>>) {
  const data = {
    ...change(overrides),
    fromState: 'IMPLEMENTING' as const,
    state: 'FAILED' as const,
    reason: 'The new gateway dropped connections; backed out.',
    ...overrides,
  };
  return built(changeRequestFailed, data.changeRequestId, data);
}

export function changeReviewedEvent(
  overrides: Partial<EventData<typeof changeRequestReviewed>> & {
    outcome: EventData<typeof changeRequestReviewed>['outcome'];
  },
) {
  const data = {
    ...change(overrides),
    fromState: 'IMPLEMENTED' as const,
    state: 'REVIEWED' as const,
    incidentsCaused: 0,
    lessonsLearned: null,
    occurredAt: '2026-01-22T09:00:00.000Z',
    ...overrides,
  };
  return built(changeRequestReviewed, data.changeRequestId, data);
}

/** A pending event as a consumer receives it, for the pure rules in unit tests. */
export function received<Definition extends EventDefinition>(
  event: BuiltEvent<Definition>,
  { id = randomUUID(), time = new Date('2026-02-01T00:00:00Z') }: { id?: string; time?: Date } = {},
) {
  return { id, type: event.definition.type as Definition['type'], time, data: event.data };
}
