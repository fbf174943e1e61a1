import { computeHealth, type HealthInputs, ratingOf } from './health';

const surveyed = (overallGap: number) => ({
  overallGap,
  conductedAt: new Date('2026-03-02T09:00:00Z'),
});

describe('computeHealth', () => {
  it.each<[string, HealthInputs, number | null, number, number, number]>([
    [
      'a spotless customer',
      { latestSurvey: surveyed(0.4), unresolvedComplaints: [], breaches: 0 },
      100,
      100,
      100,
      100,
    ],
    [
      'no survey yet: the others carry the weight',
      { latestSurvey: null, unresolvedComplaints: [{ severity: 'HIGH', count: 1 }], breaches: 2 },
      null,
      80,
      50,
      65,
    ],
    [
      'a gap of -0.6',
      { latestSurvey: surveyed(-0.6), unresolvedComplaints: [], breaches: 0 },
      85,
      100,
      100,
      94,
    ],
    [
      'a gap of -0.61 rounds to 85',
      { latestSurvey: surveyed(-0.61), unresolvedComplaints: [], breaches: 0 },
      85,
      100,
      100,
      94,
    ],
    [
      'the worst gap',
      { latestSurvey: surveyed(-4), unresolvedComplaints: [], breaches: 0 },
      0,
      100,
      100,
      60,
    ],
    [
      'mixed complaints',
      {
        latestSurvey: surveyed(-1),
        unresolvedComplaints: [
          { severity: 'LOW', count: 2 },
          { severity: 'MEDIUM', count: 1 },
          { severity: 'CRITICAL', count: 1 },
        ],
        breaches: 1,
      },
      // (75 × 40 + 40 × 30 + 75 × 30) / 100 = 64.5, rounded half away from zero.
      75,
      40,
      75,
      65,
    ],
    [
      'penalties floor at 0',
      {
        latestSurvey: surveyed(0),
        unresolvedComplaints: [{ severity: 'CRITICAL', count: 3 }],
        breaches: 5,
      },
      100,
      0,
      0,
      40,
    ],
  ])('%s', (_case, inputs, satisfaction, complaints, slaBreaches, total) => {
    const health = computeHealth(inputs);
    expect(health.satisfaction.score).toBe(satisfaction);
    expect(health.complaints.score).toBe(complaints);
    expect(health.slaBreaches.score).toBe(slaBreaches);
    expect(health.score).toBe(total);
    expect(health.rating).toBe(ratingOf(total));
    expect([
      health.satisfaction.weight,
      health.complaints.weight,
      health.slaBreaches.weight,
    ]).toEqual([0.4, 0.3, 0.3]);
  });

  it.each([
    [100, 'HEALTHY'],
    [75, 'HEALTHY'],
    [74, 'AT_RISK'],
    [50, 'AT_RISK'],
    [49, 'CRITICAL'],
    [0, 'CRITICAL'],
  ])('rates %d as %s', (score, rating) => {
    expect(ratingOf(score)).toBe(rating);
  });

  it('explains each component with its figures', () => {
    const health = computeHealth({
      latestSurvey: surveyed(-0.6),
      unresolvedComplaints: [
        { severity: 'MEDIUM', count: 1 },
        { severity: 'HIGH', count: 1 },
      ],
      breaches: 2,
    });
    expect(health.satisfaction.explanation).toBe(
      'Latest survey on 2026-03-02: overall gap -0.60, 100 + 25 × -0.60 = 85.',
    );
    expect(health.complaints.explanation).toBe(
      '2 unresolved complaint(s): 1 HIGH (−20), 1 MEDIUM (−10), 100 − 30 = 70.',
    );
    expect(health.complaints.unresolvedBySeverity).toEqual([
      { severity: 'HIGH', count: 1 },
      { severity: 'MEDIUM', count: 1 },
    ]);
    expect(health.slaBreaches.explanation).toBe(
      '2 SLA breach(es) in the last 90 days, −25 each: 100 − 50 = 50.',
    );
    // 85 × 0.4 + 70 × 0.3 + 50 × 0.3 = 34 + 21 + 15.
    expect(health.score).toBe(70);
  });

  it('says when a component has nothing against it', () => {
    const health = computeHealth({ latestSurvey: null, unresolvedComplaints: [], breaches: 0 });
    expect(health.satisfaction.explanation).toMatch(/^No survey yet/);
    expect(health.complaints.explanation).toBe('No unresolved complaints: 100.');
    expect(health.slaBreaches.explanation).toBe('No SLA breaches in the last 90 days: 100.');
    expect(health.score).toBe(100);
  });
});
