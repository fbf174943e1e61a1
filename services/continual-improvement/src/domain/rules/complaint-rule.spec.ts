import { randomUUID } from 'node:crypto';
import { FEEDBACK_SEVERITIES } from '@itsm/events';
import { feedbackLoggedEvent, received } from '../../testing/event-builders';
import { permutations, RegisterSimulation } from '../../testing/register-simulation';
import { complaintFinding, severeSeverities } from './complaint-rule';
import { DEFAULT_THRESHOLDS, type RuleThresholds } from './thresholds';

const thresholds = DEFAULT_THRESHOLDS;

function replay(events: ReturnType<typeof received>[], settings: RuleThresholds = thresholds) {
  const register = new RegisterSimulation();
  for (const event of events) register.apply(complaintFinding(event as never, settings));
  return register.outcome();
}

describe('the severe complaint rule', () => {
  it.each([
    ['COMPLAINT', 'CRITICAL', 'CRITICAL'],
    ['COMPLAINT', 'HIGH', 'HIGH'],
    ['COMPLAINT', 'MEDIUM', null],
    ['COMPLAINT', 'LOW', null],
    ['COMPLIMENT', 'CRITICAL', null],
    ['SUGGESTION', 'HIGH', null],
  ] as const)('a %s of severity %s opens at priority %s', (type, severity, priority) => {
    const finding = complaintFinding(received(feedbackLoggedEvent({ type, severity })), thresholds);
    expect(finding?.initiative.priority ?? null).toBe(priority);
  });

  it('follows the configured severity', () => {
    const medium = received(feedbackLoggedEvent({ severity: 'MEDIUM' }));
    expect(complaintFinding(medium, { ...thresholds, complaintSeverity: 'MEDIUM' })).not.toBeNull();
    const high = received(feedbackLoggedEvent({ severity: 'HIGH' }));
    expect(complaintFinding(high, { ...thresholds, complaintSeverity: 'CRITICAL' })).toBeNull();
    expect(severeSeverities({ ...thresholds, complaintSeverity: 'MEDIUM' })).toEqual(
      FEEDBACK_SEVERITIES.slice(1),
    );
  });

  it('opens a COMPLAINT initiative for the customer and service, explaining the complaint', () => {
    const event = received(
      feedbackLoggedEvent({ serviceId: randomUUID(), summary: 'Checkout failed twice.' }),
    );
    const finding = complaintFinding(event, thresholds)!;
    expect(finding.initiative).toMatchObject({
      source: 'COMPLAINT',
      customerId: event.data.customerId,
      serviceIds: [event.data.serviceId],
      title: 'Answer severe complaints: Checkout failed twice.',
    });
    expect(finding.initiative.problemStatement).toContain('HIGH complaint');
    expect(finding.evidence).toEqual([
      {
        eventId: event.id,
        eventType: event.type,
        occurredAt: event.time,
        summary: `HIGH complaint ${event.data.feedbackId}: Checkout failed twice.`,
      },
    ]);
  });

  it('gathers the severe complaints of one customer about one service into one initiative', () => {
    const customerId = randomUUID();
    const serviceId = randomUUID();
    const events = [
      received(feedbackLoggedEvent({ customerId, serviceId, severity: 'HIGH' })),
      received(feedbackLoggedEvent({ customerId, serviceId, severity: 'CRITICAL' })),
      received(feedbackLoggedEvent({ customerId, serviceId, severity: 'HIGH' })),
      received(feedbackLoggedEvent({ customerId, serviceId: randomUUID() })),
      received(feedbackLoggedEvent({ serviceId })),
    ];
    const inOrder = replay(events);
    expect(inOrder).toHaveLength(3);
    expect(inOrder.find((outcome) => outcome.triggers.length === 3)).toMatchObject({
      priority: 'CRITICAL',
      triggers: events
        .slice(0, 3)
        .map((event) => event.id)
        .sort(),
    });
    for (const order of permutations(events)) expect(replay(order)).toEqual(inOrder);
  });

  it('changes nothing when a complaint is delivered again', () => {
    const event = received(feedbackLoggedEvent({}));
    expect(replay([event, event, event])).toEqual(replay([event]));
  });
});
