import { assessSupport, inForce } from './support';

const sla = {
  metric: 'RESOLUTION_TIME',
  targetValue: 240,
  compliancePercent: 90,
  priority: 'P2',
} as const;
const uc = (provider: string, targetValue: number, compliancePercent = 95) => ({
  provider,
  targetValue,
  compliancePercent,
});

describe('assessSupport', () => {
  it.each([
    [
      'nothing in force',
      [],
      'UNSUPPORTED',
      'no OLA or UC in force supports RESOLUTION_TIME P2: 240 MINUTES for 90%',
    ],
    [
      'a supplier resolving in 300 minutes',
      [uc('Nusantara Cloud', 300)],
      'WEAKER',
      "the strongest support, Nusantara Cloud's RESOLUTION_TIME P2: 300 MINUTES for 95%, is weaker than RESOLUTION_TIME P2: 240 MINUTES for 90%",
    ],
    [
      'a team resolving in 180 minutes',
      [uc('Payments team', 180)],
      'SUPPORTED',
      'Payments team commits to RESOLUTION_TIME P2: 180 MINUTES for 95%, which carries RESOLUTION_TIME P2: 240 MINUTES for 90%',
    ],
    [
      'one weak and one strong',
      [uc('Slow supplier', 300), uc('Fast team', 200)],
      'SUPPORTED',
      'Fast team commits to RESOLUTION_TIME P2: 200 MINUTES for 95%, which carries RESOLUTION_TIME P2: 240 MINUTES for 90%',
    ],
    [
      'a fast commitment for too few tickets',
      [uc('Team', 100, 50)],
      'WEAKER',
      "the strongest support, Team's RESOLUTION_TIME P2: 100 MINUTES for 50%, is weaker than RESOLUTION_TIME P2: 240 MINUTES for 90%",
    ],
  ] as const)('%s', (_case, supports, verdict, explanation) => {
    const assessment = assessSupport(sla, supports);
    expect(assessment.verdict).toBe(verdict);
    expect(assessment.explanation).toBe(explanation);
  });
});

it.each([
  ['open-ended', { validFrom: null, validTo: null }, true],
  ['not started', { validFrom: new Date('2026-07-01'), validTo: null }, false],
  ['ended', { validFrom: null, validTo: new Date('2026-05-31') }, false],
  ['running', { validFrom: new Date('2026-01-01'), validTo: new Date('2027-01-01') }, true],
])('inForce: %s', (_case, validity, expected) => {
  expect(inForce(validity, new Date('2026-06-15'))).toBe(expected);
});
