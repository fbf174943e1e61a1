import { type Level, priorityOf, riskOf } from './ratings';

describe('priority from impact × urgency', () => {
  it.each<[Level, Level, string]>([
    ['HIGH', 'HIGH', 'CRITICAL'],
    ['HIGH', 'MEDIUM', 'HIGH'],
    ['HIGH', 'LOW', 'MODERATE'],
    ['MEDIUM', 'HIGH', 'HIGH'],
    ['MEDIUM', 'MEDIUM', 'MODERATE'],
    ['MEDIUM', 'LOW', 'LOW'],
    ['LOW', 'HIGH', 'MODERATE'],
    ['LOW', 'MEDIUM', 'LOW'],
    ['LOW', 'LOW', 'PLANNING'],
  ])('impact %s, urgency %s: %s', (impact, urgency, priority) => {
    expect(priorityOf(impact, urgency)).toBe(priority);
  });

  it('is unknown until both are rated', () => {
    expect(priorityOf(null, 'HIGH')).toBeNull();
    expect(priorityOf('HIGH', null)).toBeNull();
  });
});

describe('risk from impact × likelihood', () => {
  it.each<[Level, Level, string]>([
    ['HIGH', 'HIGH', 'HIGH'],
    ['HIGH', 'MEDIUM', 'HIGH'],
    ['HIGH', 'LOW', 'MEDIUM'],
    ['MEDIUM', 'HIGH', 'HIGH'],
    ['MEDIUM', 'MEDIUM', 'MEDIUM'],
    ['MEDIUM', 'LOW', 'LOW'],
    ['LOW', 'HIGH', 'MEDIUM'],
    ['LOW', 'MEDIUM', 'LOW'],
    ['LOW', 'LOW', 'LOW'],
  ])('impact %s, likelihood %s: %s', (impact, likelihood, risk) => {
    expect(riskOf(impact, likelihood)).toBe(risk);
  });

  it('is unknown until both are rated', () => {
    expect(riskOf(null, 'LOW')).toBeNull();
    expect(riskOf('LOW', null)).toBeNull();
  });
});
