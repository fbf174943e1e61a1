import { assessSupport, composeSteps, fitOfSteps, inForce } from './support';

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
  step: null,
});
const step = (step: number, provider: string, targetValue: number, compliancePercent = 95) => ({
  provider,
  targetValue,
  compliancePercent,
  step,
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

describe('fitOfSteps: whether the steps of a support chain add up', () => {
  it('does not fit a 4 h resolution with a 2 h OLA handover and then a 3 h UC fix, though each is shorter', () => {
    // 120 + 180 = 300 minutes against 240: 60 over. Compliance 100 - (2 + 5) = 93% ≥ 90%.
    const fit = fitOfSteps(sla, [
      step(2, 'Nusantara Cloud', 180),
      step(1, 'Service desk', 120, 98),
    ]);
    expect(fit).toEqual({
      steps: [step(1, 'Service desk', 120, 98), step(2, 'Nusantara Cloud', 180)],
      composed: { targetValue: 300, compliancePercent: 93 },
      fits: false,
      margin: -60,
      explanation:
        'the steps 1. Service desk 120 for 98%, 2. Nusantara Cloud 180 for 95% add up to ' +
        'RESOLUTION_TIME P2: 300 MINUTES for 93%, which does not fit RESOLUTION_TIME P2: 240 MINUTES for 90%: 60 MINUTES over',
    });
  });

  it('fits a 30 min handover and a 180 min fix into 240 min, with 30 to spare', () => {
    // 30 + 180 = 210 ≤ 240; compliance 100 - (1 + 5) = 94% ≥ 90%.
    const fit = fitOfSteps(sla, [
      step(1, 'Service desk', 30, 99),
      step(2, 'Nusantara Cloud', 180),
    ])!;
    expect([fit.fits, fit.margin, fit.composed]).toEqual([
      true,
      30,
      { targetValue: 210, compliancePercent: 94 },
    ]);
    expect(fit.explanation).toMatch(
      /which fits RESOLUTION_TIME P2: 240 MINUTES for 90% with 30 MINUTES to spare$/,
    );
  });

  it('does not fit when the steps are fast enough but together met too rarely', () => {
    // 30 + 180 = 210 ≤ 240, but 100 - (5 + 10) = 85% < 90%: the union bound.
    const fit = fitOfSteps(sla, [step(1, 'Desk', 30), step(2, 'Supplier', 180, 90)])!;
    expect([fit.fits, fit.margin, fit.composed.compliancePercent]).toEqual([false, 30, 85]);
    expect(fit.explanation).toMatch(/: the steps together are met less often than promised$/);
  });

  it('counts the strongest where several commitments share a step', () => {
    const fit = fitOfSteps(sla, [step(1, 'Desk', 30), step(2, 'Slow', 220), step(2, 'Fast', 180)])!;
    expect(fit.steps.map(({ provider }) => provider)).toEqual(['Desk', 'Fast']);
    expect(fit.composed.targetValue).toBe(210);
  });

  it('multiplies availabilities in series: 99.9% network and 99.95% hosting give 99.85005%', () => {
    // 0.999 × 0.9995 = 0.9985005.
    expect(
      composeSteps('AVAILABILITY', [
        { targetValue: 99.9, compliancePercent: null },
        { targetValue: 99.95, compliancePercent: null },
      ]),
    ).toEqual({ targetValue: 99.85005, compliancePercent: null });
    const availability = {
      metric: 'AVAILABILITY',
      targetValue: 99.9,
      compliancePercent: null,
      priority: null,
    } as const;
    const steps = [step(1, 'Network', 99.9), step(2, 'Hosting', 99.95)].map((s) => ({
      ...s,
      compliancePercent: null,
    }));
    expect(fitOfSteps(availability, steps)).toMatchObject({ fits: false, margin: -0.04995 });
    expect(fitOfSteps({ ...availability, targetValue: 99.8 }, steps)).toMatchObject({
      fits: true,
      margin: 0.05005,
    });
  });

  it('is null without steps', () => {
    expect(fitOfSteps(sla, [uc('Alone', 100)])).toBeNull();
  });
});

describe('assessSupport with steps', () => {
  it('is supported by steps that fit, and by a lone commitment even where the steps do not', () => {
    const fitting = assessSupport(sla, [step(1, 'Desk', 30, 99), step(2, 'Supplier', 180)]);
    expect(fitting.verdict).toBe('SUPPORTED');
    expect(fitting.explanation).toBe(fitting.chain!.explanation);
    const alone = assessSupport(sla, [
      step(1, 'Desk', 120),
      step(2, 'Supplier', 180),
      uc('Team', 200),
    ]);
    expect([alone.verdict, alone.chain!.fits]).toEqual(['SUPPORTED', false]);
  });

  it('is weaker when neither a lone commitment nor the steps carry it, and says both', () => {
    const weaker = assessSupport(sla, [
      step(1, 'Desk', 120),
      step(2, 'Supplier', 180),
      uc('Slow', 300),
    ]);
    expect(weaker.verdict).toBe('WEAKER');
    expect(weaker.explanation).toBe(
      "the strongest support, Slow's RESOLUTION_TIME P2: 300 MINUTES for 95%, is weaker than RESOLUTION_TIME P2: 240 MINUTES for 90%; " +
        'the steps 1. Desk 120 for 95%, 2. Supplier 180 for 95% add up to RESOLUTION_TIME P2: 300 MINUTES for 90%, ' +
        'which does not fit RESOLUTION_TIME P2: 240 MINUTES for 90%: 60 MINUTES over',
    );
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
