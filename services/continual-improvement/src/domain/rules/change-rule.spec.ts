import { randomUUID } from 'node:crypto';
import { changeFailedEvent, changeReviewedEvent, received } from '../../testing/event-builders';
import { permutations, RegisterSimulation } from '../../testing/register-simulation';
import { changeFailureFinding, changeReviewFinding } from './change-rule';

describe('the failed change rule', () => {
  it.each([
    ['NORMAL', 'HIGH'],
    ['STANDARD', 'HIGH'],
    ['EMERGENCY', 'CRITICAL'],
  ] as const)('a failed %s change opens at %s', (type, priority) => {
    const finding = changeFailureFinding(received(changeFailedEvent({ type })));
    expect(finding.initiative.priority).toBe(priority);
  });

  it('opens a CHANGE_FAILURE initiative for the customer and every affected service', () => {
    const customerId = randomUUID();
    const serviceIds = [randomUUID(), randomUUID()];
    const event = received(changeFailedEvent({ customerId, serviceIds, reference: 'CHG-000007' }));
    const finding = changeFailureFinding(event);
    expect(finding.initiative).toMatchObject({
      source: 'CHANGE_FAILURE',
      title: 'Learn from the failure of change CHG-000007',
      customerId,
      serviceIds: [...serviceIds].sort(),
    });
    expect(finding.evidence[0]!.summary).toBe(
      'Change CHG-000007 failed and was backed out: The new gateway dropped connections; backed out.',
    );
  });
});

describe('the review rule', () => {
  it.each([
    ['SUCCESSFUL', 0, null],
    ['SUCCESSFUL', 2, null],
    ['PARTIAL', 0, 'MEDIUM'],
    ['PARTIAL', 1, 'HIGH'],
    ['FAILED', 0, 'HIGH'],
    ['FAILED', 3, 'CRITICAL'],
  ] as const)('a %s review with %i incidents opens at %s', (outcome, incidentsCaused, priority) => {
    const finding = changeReviewFinding(
      received(changeReviewedEvent({ outcome, incidentsCaused })),
    );
    expect(finding?.initiative.priority ?? null).toBe(priority);
  });

  it('opens a REVIEW initiative with the lessons learned', () => {
    const event = received(
      changeReviewedEvent({ outcome: 'PARTIAL', lessonsLearned: 'Rehearse the cut-over.' }),
    );
    const finding = changeReviewFinding(event)!;
    expect(finding.initiative.source).toBe('REVIEW');
    expect(finding.initiative.problemStatement).toContain(
      'Lessons learned: Rehearse the cut-over.',
    );
  });
});

describe('a change that failed and was reviewed', () => {
  it('gives one CHANGE_FAILURE initiative with both triggers, whatever arrives first', () => {
    const changeRequestId = randomUUID();
    const serviceIds = [randomUUID()];
    const failed = received(changeFailedEvent({ changeRequestId, serviceIds }));
    const reviewed = received(
      changeReviewedEvent({ changeRequestId, serviceIds, outcome: 'FAILED', incidentsCaused: 2 }),
    );
    const replay = (order: ReturnType<typeof received>[]) => {
      const register = new RegisterSimulation();
      for (const event of order) {
        register.apply(
          event === failed ? changeFailureFinding(failed) : changeReviewFinding(reviewed),
        );
      }
      return register.outcome();
    };
    for (const order of permutations<ReturnType<typeof received>>([failed, reviewed])) {
      expect(replay(order)).toEqual([
        {
          ruleKey: `CHANGE:change-request:${changeRequestId}`,
          source: 'CHANGE_FAILURE',
          priority: 'CRITICAL',
          baseline: null,
          serviceIds,
          triggers: [failed.id, reviewed.id].sort(),
        },
      ]);
    }
    expect(replay([failed, failed, reviewed, reviewed])).toEqual(replay([failed, reviewed]));
  });
});
