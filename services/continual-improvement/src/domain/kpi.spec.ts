import { parseInput } from '@itsm/platform';
import { changePoint, complaintPoint, satisfactionPoint, slaAttainmentPoint } from './kpi-points';
import { isTimeZone, kpiWindowSchema, percent } from './kpi-window';

const at = new Date('2026-01-01T00:00:00Z');

describe('KPI points', () => {
  it.each([
    [{ targetsMeasured: 4, targetsBreached: 1, targetsAtRisk: 2 }, 3, 75],
    [{ targetsMeasured: 2, targetsBreached: 2, targetsAtRisk: 0 }, 0, 0],
    [{ targetsMeasured: 1, targetsBreached: 0, targetsAtRisk: null }, 1, 100],
  ])('SLA attainment of %o: %i met, %d%%', (measures, met, attainment) => {
    expect(slaAttainmentPoint(at, measures)).toMatchObject({
      targetsMet: met,
      attainmentPercent: attainment,
    });
  });

  it.each([
    [{ finished: 4, successful: 3, partial: 1, failed: 0 }, 75],
    [{ finished: 2, successful: 0, partial: 0, failed: 2 }, 0],
  ])('change success of %o: %d%%', (measures, rate) => {
    expect(changePoint(at, measures).successRatePercent).toBe(rate);
  });

  it('lists every SERVQUAL dimension of a satisfaction point', () => {
    const point = satisfactionPoint(at, {
      surveys: 2,
      meanOverallGap: -1,
      meanNetPromoterScore: null,
      TANGIBLES: 0,
      RELIABILITY: -2,
      RESPONSIVENESS: -1,
      ASSURANCE: -1,
      EMPATHY: -1,
    });
    expect(point.dimensions.map((entry) => entry.dimension)).toEqual([
      'TANGIBLES',
      'RELIABILITY',
      'RESPONSIVENESS',
      'ASSURANCE',
      'EMPATHY',
    ]);
    expect(point.dimensions[1]).toEqual({ dimension: 'RELIABILITY', meanGap: -2 });
    expect(point.meanNetPromoterScore).toBeNull();
  });

  it('keeps unknown times to resolve unknown', () => {
    expect(
      complaintPoint(at, { complaints: 1, resolved: 0, meanHoursToResolve: null }),
    ).toMatchObject({
      severeComplaints: 0,
      meanHoursToResolve: null,
    });
  });

  it('has no share of nothing', () => {
    expect(percent(0, 0)).toBeNull();
    expect(percent(1, 4)).toBe(25);
  });
});

describe('the KPI window', () => {
  const schema = kpiWindowSchema('Asia/Jakarta');

  it('defaults to months in the configured time zone, unbounded', () => {
    expect(parseInput(schema, {}, 'window')).toEqual({
      from: null,
      to: null,
      granularity: 'MONTH',
      timeZone: 'Asia/Jakarta',
    });
  });

  it.each([
    ['UTC', true],
    ['Europe/Amsterdam', true],
    ['Asia/Jakarta', true],
    ['Jakarta', false],
    ['GMT+25', false],
  ])('knows whether %s is a time zone: %s', (zone, known) => {
    expect(isTimeZone(zone)).toBe(known);
  });

  it.each([
    ['an unknown zone', { timeZone: 'Middle/Earth' }, 'window.timeZone'],
    ['an empty range', { from: at, to: at }, 'window.to'],
    ['an unknown granularity', { granularity: 'FORTNIGHT' }, 'window.granularity'],
  ])('refuses %s, naming the field', (_case, window, field) => {
    expect(() => parseInput(schema, window, 'window')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field }) }),
    );
  });
});
