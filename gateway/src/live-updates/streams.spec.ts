import {
  changeRequestRaised,
  changeRequestReviewed,
  changeRequestUpdated,
  type EventDefinition,
  eventOf,
  improvementIdentified,
  parseEventRecord,
  serializeEvent,
  targetAtRisk,
  targetBreached,
  targetMeasured,
} from '@itsm/events';
import type { Caller } from '@itsm/platform';
import type { z } from 'zod';
import { type LiveUpdate, STREAMS, subscriberFilter, updateOf } from './streams';

/** An event as the gateway takes it off a topic: serialised and parsed against its
 * contract, as on Kafka. */
function received<Definition extends EventDefinition>(
  definition: Definition,
  data: z.input<Definition['data']>,
) {
  const { record } = serializeEvent(eventOf(definition, 'subject-of-the-event', data));
  const { topic, key, value, headers } = record;
  return parseEventRecord({
    topic,
    partition: 0,
    offset: '0',
    key: key === null ? null : Buffer.from(key),
    value: Buffer.from(value),
    headers,
  });
}

const CUSTOMER_A = '0b9e4f7a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const CUSTOMER_B = '7d6c5b4a-3f2e-4d1c-9b8a-7f6e5d4c3b2a';
const SERVICE = 'e7e7c91b-f356-4fd0-a7f0-1f11818e87ee';
const OTHER_SERVICE = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const TARGET = '5b0f5e0c-3f5e-4d0c-9a53-0a8f6d3c2b71';
const AGREEMENT = '9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a';
const CHANGE = 'c0ffee00-1234-4abc-8def-0123456789ab';
const INITIATIVE = 'fee1dead-4321-4cba-9fed-ba9876543210';

const standing = {
  targetId: TARGET,
  agreementId: AGREEMENT,
  customerId: CUSTOMER_A,
  serviceId: SERVICE,
  metric: 'AVAILABILITY' as const,
  unit: 'PERCENT' as const,
  targetValue: 99.9,
  measuredValue: 99.7354,
  status: 'BREACHED' as const,
  errorBudgetConsumedPercent: 264.55,
  periodStart: '2026-02-28T17:00:00.000Z',
  periodEnd: '2026-03-31T17:00:00.000Z',
  evaluatedAt: '2026-03-02T02:30:00.000Z',
};

const transition = {
  changeRequestId: CHANGE,
  reference: 'CHG-000042',
  type: 'NORMAL' as const,
  customerId: CUSTOMER_A,
  serviceIds: [SERVICE],
  actor: 'cora.cm',
  reason: null,
  occurredAt: '2026-03-05T10:00:00.000Z',
};

const identified = {
  initiativeId: INITIATIVE,
  title: 'Repeated breaches of availability',
  source: 'SLA_BREACH' as const,
  priority: 'MEDIUM' as const,
  state: 'IDENTIFIED' as const,
  owner: null,
  customerId: null,
  serviceId: SERVICE,
  triggeredBy: [TARGET],
  identifiedAt: '2026-03-05T10:00:00.000Z',
};

describe('the update each event makes', () => {
  it('turns at-risk and breached targets into service level alerts of that kind', () => {
    // An at-risk event also says the forecast's breach probability, null when the budget
    // alone raised it.
    for (const [definition, kind, extra] of [
      [targetBreached, 'BREACHED', {}],
      [targetAtRisk, 'AT_RISK', { breachProbability: null }],
    ] as const) {
      const event = received(definition, standing);
      expect(updateOf(event)).toEqual({
        stream: 'serviceLevelAlerts',
        customerId: CUSTOMER_A,
        payload: { eventId: event.id, kind, ...extra, ...standing },
      });
    }
  });

  it('gives a raised change request no previous state, and its requester as the actor', () => {
    const event = received(changeRequestRaised, {
      changeRequestId: CHANGE,
      reference: 'CHG-000042',
      title: 'Rotate the certificate',
      type: 'NORMAL',
      state: 'DRAFT',
      customerId: null,
      serviceIds: [SERVICE],
      requestedBy: 'ari.am',
      raisedAt: '2026-03-05T09:00:00.000Z',
    });
    expect(updateOf(event)).toMatchObject({
      stream: 'changeRequestTransitions',
      customerId: null,
      payload: {
        state: 'DRAFT',
        fromState: null,
        actor: 'ari.am',
        reason: null,
        occurredAt: '2026-03-05T09:00:00.000Z',
      },
    });
  });

  it('carries the raising and every transition of a change request, nothing else', () => {
    const verbs = STREAMS.changeRequestTransitions.events.map(
      ({ type }) => /change-request\.([a-z-]+)\.v1$/.exec(type)![1],
    );
    expect(verbs).toEqual([
      'raised',
      'submitted',
      'assessed',
      'authorized',
      'rejected',
      'scheduled',
      'implementation-started',
      'implemented',
      'failed',
      'reviewed',
      'closed',
      'cancelled',
    ]);
  });

  it("carries a review's outcome", () => {
    const event = received(changeRequestReviewed, {
      ...transition,
      fromState: 'IMPLEMENTED',
      state: 'REVIEWED',
      outcome: 'PARTIAL',
      incidentsCaused: 1,
      lessonsLearned: null,
    });
    expect(updateOf(event)!.payload).toMatchObject({
      fromState: 'IMPLEMENTED',
      state: 'REVIEWED',
      reviewOutcome: 'PARTIAL',
    });
  });

  it('lists the one service of an initiative published before the service lists', () => {
    const event = received(improvementIdentified, identified);
    expect(updateOf(event)).toMatchObject({
      stream: 'improvementsIdentified',
      customerId: null,
      payload: { initiativeId: INITIATIVE, serviceIds: [SERVICE], agreementIds: [] },
    });
  });

  it('makes no update of the events no stream carries', () => {
    expect(updateOf(received(targetMeasured, { ...standing, status: 'MET' }))).toBeNull();
    expect(
      updateOf(
        received(changeRequestUpdated, {
          changeRequestId: CHANGE,
          reference: 'CHG-000042',
          changedFields: ['title'],
          actor: 'ari.am',
          occurredAt: '2026-03-05T09:30:00.000Z',
        }),
      ),
    ).toBeNull();
  });
});

describe('who receives an update', () => {
  const alertFor = (customerId: string | null): LiveUpdate => ({
    stream: 'serviceLevelAlerts',
    customerId,
    payload: { ...standing, customerId },
  });
  const caller = (roles: Caller['roles'], customerIds: string[] = []): Caller => ({
    subject: 'someone',
    roles,
    customerIds,
  });

  it.each([
    ['an ANALYST', caller(['ANALYST']), [true, true, true]],
    ['a SERVICE_LEVEL_MANAGER', caller(['SERVICE_LEVEL_MANAGER']), [true, true, true]],
    ['a CUSTOMER of A', caller(['CUSTOMER'], [CUSTOMER_A]), [true, false, false]],
    ['a CUSTOMER of A and B', caller(['CUSTOMER'], [CUSTOMER_A, CUSTOMER_B]), [true, true, false]],
    // As for queries, another role lifts the customer scope.
    ['a CUSTOMER who is also an ANALYST', caller(['CUSTOMER', 'ANALYST']), [true, true, true]],
  ])("%s: A's, B's and no customer's alerts", (_who, subscriber, expected) => {
    const visible = subscriberFilter('serviceLevelAlerts', subscriber, {});
    expect([alertFor(CUSTOMER_A), alertFor(CUSTOMER_B), alertFor(null)].map(visible)).toEqual(
      expected,
    );
  });

  it('narrows a stream by its arguments, and never passes another stream', () => {
    const analyst = caller(['ANALYST']);
    expect(
      subscriberFilter('serviceLevelAlerts', analyst, { agreementId: AGREEMENT })(alertFor(null)),
    ).toBe(true);
    expect(
      subscriberFilter('serviceLevelAlerts', analyst, { serviceId: OTHER_SERVICE })(alertFor(null)),
    ).toBe(false);
    const initiative = updateOf(
      received(improvementIdentified, { ...identified, serviceIds: [OTHER_SERVICE, SERVICE] }),
    )!;
    expect(
      subscriberFilter('improvementsIdentified', analyst, { serviceId: SERVICE })(initiative),
    ).toBe(true);
    expect(subscriberFilter('changeRequestTransitions', analyst, {})(initiative)).toBe(false);
  });

  it('refuses a CUSTOMER asking for another customer, and an argument that is not an id', () => {
    expect(() =>
      subscriberFilter('serviceLevelAlerts', caller(['CUSTOMER'], [CUSTOMER_A]), {
        customerId: CUSTOMER_B,
      }),
    ).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
    expect(() =>
      subscriberFilter('changeRequestTransitions', caller(['ANALYST']), {
        changeRequestId: 'CHG-000042',
      }),
    ).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'changeRequestId' }),
      }),
    );
  });
});
