import { parseInput, ValidationError } from '@itsm/platform';
import type { TargetMetric } from './attainment';
import { addTargetSchema, atLeastAsStrict, effectiveTargets, requiredTargetSchema } from './target';

const AGREEMENT = '0b9f3c1e-5a2d-4e6f-8a7b-1c2d3e4f5a6b';

function faultyField(input: unknown): string | undefined {
  try {
    parseInput(addTargetSchema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.extensions.field as string;
    throw error;
  }
  return undefined;
}

const availability = { agreementId: AGREEMENT, metric: 'AVAILABILITY', targetValue: 99.5 };
const resolution = {
  agreementId: AGREEMENT,
  metric: 'RESOLUTION_TIME',
  targetValue: 240,
  priority: 'P2',
  compliancePercent: 90,
};

describe('addTargetSchema', () => {
  it('fills the defaults: monthly, warning at 75%, compliance 100% for observed metrics', () => {
    expect(
      parseInput(addTargetSchema, { ...resolution, compliancePercent: undefined }),
    ).toMatchObject({
      compliancePercent: 100,
      warningThresholdPercent: 75,
      measurementPeriod: 'MONTHLY',
      serviceId: null,
      calendarId: null,
    });
    expect(parseInput(addTargetSchema, availability).compliancePercent).toBeNull();
  });

  it.each([
    ['an availability over 100%', { ...availability, targetValue: 100.1 }, 'input.targetValue'],
    ['an availability of 0', { ...availability, targetValue: 0 }, 'input.targetValue'],
    ['a resolution time of 0 minutes', { ...resolution, targetValue: 0 }, 'input.targetValue'],
    [
      'a satisfaction score of 11',
      { agreementId: AGREEMENT, metric: 'CUSTOMER_SATISFACTION', targetValue: 11 },
      'input.targetValue',
    ],
    ['a priority on availability', { ...availability, priority: 'P1' }, 'input.priority'],
    [
      'a compliance on availability',
      { ...availability, compliancePercent: 95 },
      'input.compliancePercent',
    ],
    ['a compliance of 0', { ...resolution, compliancePercent: 0 }, 'input.compliancePercent'],
    [
      'a warning at 100%',
      { ...availability, warningThresholdPercent: 100 },
      'input.warningThresholdPercent',
    ],
    [
      'an unknown period',
      { ...availability, measurementPeriod: 'HOURLY' },
      'input.measurementPeriod',
    ],
    ['a malformed agreement id', { ...availability, agreementId: 'SLA-1' }, 'input.agreementId'],
  ])('rejects %s, naming the field', (_case, input, field) => {
    expect(faultyField(input)).toBe(field);
  });

  it('shares its rules with the targets of a requirement', () => {
    expect(
      requiredTargetSchema.safeParse({ metric: 'AVAILABILITY', targetValue: 101 }).success,
    ).toBe(false);
  });
});

describe('atLeastAsStrict', () => {
  const terms = (metric: string, targetValue: number, compliancePercent: number | null = null) =>
    ({ metric, targetValue, compliancePercent }) as Parameters<typeof atLeastAsStrict>[0];
  it.each([
    [
      '99.9% availability against 99.5%',
      terms('AVAILABILITY', 99.9),
      terms('AVAILABILITY', 99.5),
      true,
    ],
    [
      '99.5% availability against 99.9%',
      terms('AVAILABILITY', 99.5),
      terms('AVAILABILITY', 99.9),
      false,
    ],
    ['equal availability', terms('AVAILABILITY', 99.5), terms('AVAILABILITY', 99.5), true],
    [
      '180 min against 240 min',
      terms('RESOLUTION_TIME', 180, 90),
      terms('RESOLUTION_TIME', 240, 90),
      true,
    ],
    [
      '300 min against 240 min (a slow supplier)',
      terms('RESOLUTION_TIME', 300, 90),
      terms('RESOLUTION_TIME', 240, 90),
      false,
    ],
    [
      '240 min for 80% against 240 min for 90%',
      terms('RESOLUTION_TIME', 240, 80),
      terms('RESOLUTION_TIME', 240, 90),
      false,
    ],
    [
      'a score of 4.5 against 4',
      terms('CUSTOMER_SATISFACTION', 4.5, 80),
      terms('CUSTOMER_SATISFACTION', 4, 80),
      true,
    ],
  ])('%s', (_case, a, b, expected) => {
    expect(atLeastAsStrict(a, b)).toBe(expected);
  });
});

it('effectiveTargets: the nearest level wins per metric and priority', () => {
  type Level = { id: string; metric: TargetMetric; priority: string | null }[];
  const service: Level = [{ id: 's1', metric: 'RESOLUTION_TIME', priority: 'P1' }];
  const customer: Level = [{ id: 'c1', metric: 'AVAILABILITY', priority: null }];
  const corporate: Level = [
    { id: 'k1', metric: 'AVAILABILITY', priority: null },
    { id: 'k2', metric: 'RESOLUTION_TIME', priority: 'P1' },
    { id: 'k3', metric: 'RESOLUTION_TIME', priority: 'P2' },
  ];
  expect(effectiveTargets([service, customer, corporate]).map((target) => target.id)).toEqual([
    's1',
    'c1',
    'k3',
  ]);
});
