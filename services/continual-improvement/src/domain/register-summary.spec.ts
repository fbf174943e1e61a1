import { isOverdue, type RegisterGroup, summarizeRegister } from './register-summary';

const group = (overrides: Partial<RegisterGroup>): RegisterGroup => ({
  state: 'IDENTIFIED',
  source: 'MANUAL',
  priority: 'MEDIUM',
  count: 1,
  overdue: 0,
  validated: 0,
  expectedBenefitValue: 0,
  realisedBenefitValue: 0,
  ...overrides,
});

describe('summarizeRegister', () => {
  it('sums the groups, leaving the expected benefit of rejected initiatives out', () => {
    const summary = summarizeRegister([
      group({ count: 2, overdue: 1, expectedBenefitValue: 100 }),
      group({
        state: 'VALIDATED',
        source: 'SLA_BREACH',
        validated: 1,
        expectedBenefitValue: 50,
        realisedBenefitValue: 70,
      }),
      group({ state: 'REJECTED', priority: 'LOW', count: 3, expectedBenefitValue: 1000 }),
    ]);
    expect(summary).toMatchObject({
      total: 6,
      unfinished: 2,
      overdue: 1,
      validated: 1,
      expectedBenefitValue: 150,
      realisedBenefitValue: 70,
    });
    expect(summary.byState.filter((entry) => entry.count > 0)).toEqual([
      { state: 'IDENTIFIED', count: 2 },
      { state: 'VALIDATED', count: 1 },
      { state: 'REJECTED', count: 3 },
    ]);
    expect(summary.bySource).toHaveLength(7);
    expect(summary.byPriority).toEqual([
      { priority: 'LOW', count: 3 },
      { priority: 'MEDIUM', count: 3 },
      { priority: 'HIGH', count: 0 },
      { priority: 'CRITICAL', count: 0 },
    ]);
  });

  it('summarises an empty register with zeros', () => {
    expect(summarizeRegister([])).toMatchObject({ total: 0, expectedBenefitValue: 0 });
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-03-10T23:30:00-05:00'); // already the 11th in UTC

  it.each([
    ['IDENTIFIED', '2026-03-10', true],
    ['IN_PROGRESS', '2026-03-11', false],
    ['IN_PROGRESS', null, false],
    ['CLOSED', '2020-01-01', false],
    ['REJECTED', '2020-01-01', false],
  ] as const)('%s due %s is overdue: %s', (state, dueDate, overdue) => {
    expect(isOverdue({ state, dueDate }, now)).toBe(overdue);
  });
});
