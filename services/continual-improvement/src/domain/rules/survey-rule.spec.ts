import { randomUUID } from 'node:crypto';
import { received, surveyRecordedEvent } from '../../testing/event-builders';
import { permutations, RegisterSimulation } from '../../testing/register-simulation';
import { SURVEY_MEASURE, surveyFinding, weakestDimension } from './survey-rule';
import { DEFAULT_THRESHOLDS } from './thresholds';

const thresholds = { ...DEFAULT_THRESHOLDS, surveyGapBelow: -1 };

describe('the poor survey rule', () => {
  it.each([
    [0.5, null],
    [0, null],
    [-1, null],
    [-1.01, 'MEDIUM'],
    [-1.99, 'MEDIUM'],
    [-2, 'HIGH'],
    [-3.5, 'HIGH'],
  ])('a survey with an overall gap of %d opens at priority %s', (gap, priority) => {
    const finding = surveyFinding(received(surveyRecordedEvent({ gap })), thresholds);
    expect(finding?.initiative.priority ?? null).toBe(priority);
  });

  it('measures the gap, aiming to close it, and names the weakest dimension', () => {
    const built = surveyRecordedEvent({ gap: -1.5, serviceId: randomUUID() });
    built.data.dimensions[1] = { ...built.data.dimensions[1]!, perception: 2, gap: -3 };
    const event = received(built);
    expect(weakestDimension(event.data).dimension).toBe('RELIABILITY');
    const finding = surveyFinding(event, thresholds)!;
    expect(finding.initiative).toMatchObject({
      source: 'SURVEY',
      title: 'Close the satisfaction gap, weakest in reliability',
      customerId: event.data.customerId,
      serviceIds: [event.data.serviceId],
      measure: {
        name: SURVEY_MEASURE,
        unit: 'SCORE',
        direction: 'HIGHER_IS_BETTER',
        baseline: -1.5,
        target: 0,
        baselineAt: new Date(event.data.conductedAt),
      },
    });
    expect(finding.evidence[0]!.summary).toBe(
      `Survey ${event.data.surveyId}: overall gap -1.50, weakest RELIABILITY (-3)`,
    );
  });

  it('keeps one initiative per customer and service, its baseline the newest survey, in any order', () => {
    const customerId = randomUUID();
    const surveys = [
      ['2026-01-10', -1.5],
      ['2026-03-10', -1.2],
      ['2026-02-10', -2.5],
    ] as const;
    const events = surveys.map(([date, gap]) =>
      received(surveyRecordedEvent({ customerId, gap, conductedAt: `${date}T09:00:00.000Z` })),
    );
    const replay = (order: typeof events) => {
      const register = new RegisterSimulation();
      for (const event of order) register.apply(surveyFinding(event, thresholds));
      return register.outcome();
    };
    const inOrder = replay(events);
    expect(inOrder).toEqual([
      expect.objectContaining({ priority: 'HIGH', baseline: -1.2, source: 'SURVEY' }),
    ]);
    expect(inOrder[0]!.triggers).toHaveLength(3);
    for (const order of permutations(events)) expect(replay(order)).toEqual(inOrder);
  });
});
