import { type DomainError, parseInput } from '@itsm/platform';
import { computeServqual, type DimensionScore, recordSurveySchema } from './servqual';

const DIMENSIONS = ['TANGIBLES', 'RELIABILITY', 'RESPONSIVENESS', 'ASSURANCE', 'EMPATHY'] as const;

function scores(pairs: [number, number][]): DimensionScore[] {
  return DIMENSIONS.map((dimension, index) => ({
    dimension,
    expectation: pairs[index]![0],
    perception: pairs[index]![1],
  }));
}

describe('computeServqual', () => {
  it.each([
    [
      'expectations met exactly',
      [
        [4, 4],
        [5, 5],
        [3, 3],
        [4, 4],
        [2, 2],
      ],
      [0, 0, 0, 0, 0],
      0,
    ],
    [
      'every dimension one short',
      [
        [5, 4],
        [5, 4],
        [5, 4],
        [5, 4],
        [5, 4],
      ],
      [-1, -1, -1, -1, -1],
      -1,
    ],
    [
      'the widest gaps',
      [
        [5, 1],
        [5, 1],
        [1, 5],
        [1, 5],
        [5, 1],
      ],
      [-4, -4, 4, 4, -4],
      -0.8,
    ],
    [
      'means with decimals',
      [
        [4.8, 4.1],
        [4.9, 3.7],
        [4.5, 4.6],
        [4.2, 4.2],
        [3.9, 4.4],
      ],
      [-0.7, -1.2, 0.1, 0, 0.5],
      -0.26,
    ],
    // A mean of five hundredths never falls half way: -0.002 rounds to 0, 0.006 to 0.01.
    [
      'a tiny shortfall',
      [
        [4.01, 4],
        [4, 4],
        [4, 4],
        [4, 4],
        [4, 4],
      ],
      [-0.01, 0, 0, 0, 0],
      0,
    ],
    [
      'a small surplus',
      [
        [4, 4.03],
        [4, 4],
        [4, 4],
        [4, 4],
        [4, 4],
      ],
      [0.03, 0, 0, 0, 0],
      0.01,
    ],
  ] as const)('%s', (_case, pairs, gaps, overallGap) => {
    const result = computeServqual(scores(pairs.map(([e, p]) => [e, p])));
    expect(Object.is(result.overallGap, -0)).toBe(false);
    expect(result.dimensions.map(({ dimension }) => dimension)).toEqual(DIMENSIONS);
    expect(result.dimensions.map(({ gap }) => gap)).toEqual(gaps);
    expect(result.overallGap).toBe(overallGap);
  });

  it('puts the dimensions in SERVQUAL order whatever order they come in', () => {
    const shuffled = scores([
      [5, 4],
      [4, 4],
      [3, 4],
      [2, 4],
      [1, 4],
    ]).reverse();
    const result = computeServqual(shuffled);
    expect(result.dimensions).toEqual([
      { dimension: 'TANGIBLES', expectation: 5, perception: 4, gap: -1 },
      { dimension: 'RELIABILITY', expectation: 4, perception: 4, gap: 0 },
      { dimension: 'RESPONSIVENESS', expectation: 3, perception: 4, gap: 1 },
      { dimension: 'ASSURANCE', expectation: 2, perception: 4, gap: 2 },
      { dimension: 'EMPATHY', expectation: 1, perception: 4, gap: 3 },
    ]);
    expect(result.overallGap).toBe(1);
  });
});

describe('recordSurveySchema', () => {
  const now = new Date('2026-03-10T00:00:00Z');
  const valid = {
    customerId: '0b6f5a52-8d1e-4c3a-9f27-5e1d2c3b4a01',
    conductedAt: new Date('2026-03-02T09:00:00Z'),
    scores: scores([
      [5, 4],
      [5, 4],
      [5, 4],
      [5, 4],
      [5, 4],
    ]),
  };

  function fieldAtFault(input: unknown): string | undefined {
    try {
      parseInput(recordSurveySchema(now), input);
      return undefined;
    } catch (error) {
      return (error as DomainError).extensions.field as string;
    }
  }

  it('accepts a complete survey', () => {
    expect(fieldAtFault(valid)).toBeUndefined();
  });

  it.each([
    ['four dimensions', { scores: valid.scores.slice(1) }, 'input.scores'],
    [
      'a dimension twice',
      { scores: [...valid.scores.slice(1), { ...valid.scores[1]! }] },
      'input.scores',
    ],
    [
      'an expectation of 0',
      { scores: [{ ...valid.scores[0]!, expectation: 0 }, ...valid.scores.slice(1)] },
      'input.scores.0.expectation',
    ],
    [
      'a perception of 5.5',
      { scores: [...valid.scores.slice(0, 4), { ...valid.scores[4]!, perception: 5.5 }] },
      'input.scores.4.perception',
    ],
    [
      'a score with three decimals',
      { scores: [{ ...valid.scores[0]!, perception: 4.125 }, ...valid.scores.slice(1)] },
      'input.scores.0.perception',
    ],
    [
      'a survey in the future',
      { conductedAt: new Date('2026-03-11T00:00:00Z') },
      'input.conductedAt',
    ],
    ['an NPS over 100', { netPromoterScore: 101 }, 'input.netPromoterScore'],
    ['a fractional NPS', { netPromoterScore: 12.5 }, 'input.netPromoterScore'],
    ['an overall satisfaction of 6', { overallSatisfaction: 6 }, 'input.overallSatisfaction'],
    ['blank comments', { comments: '  ' }, 'input.comments'],
    ['a malformed service id', { serviceId: 'payments' }, 'input.serviceId'],
  ])('refuses %s, naming %s', (_case, change, field) => {
    expect(fieldAtFault({ ...valid, ...change })).toBe(field);
  });
});
