import type { TargetTerms } from './attainment';
import type { CalendarRules } from './business-calendar';
import { budgetImpact } from './change-impact';

/**
 * Jakarta office hours (UTC+7, no daylight saving), Monday to Friday 08:00-17:00. June and
 * July 2027 have 22 weekdays each: 22 × 540 = 11,880 service minutes. As of Wednesday 16
 * June, one outage cost 30 minutes: Monday 14 June 09:00-09:30.
 */
const jakarta: CalendarRules = {
  timeZone: 'Asia/Jakarta',
  workingHours: (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const).map(
    (weekday) => ({ weekday, start: '08:00', end: '17:00' }),
  ),
  holidays: [],
};
const now = new Date('2027-06-16T00:00:00+07:00');
const outages = [
  {
    startedAt: new Date('2027-06-14T09:00:00+07:00'),
    endedAt: new Date('2027-06-14T09:30:00+07:00'),
  },
];
const terms = (targetValue: number): TargetTerms => ({
  metric: 'AVAILABILITY',
  targetValue,
  compliancePercent: null,
  warningThresholdPercent: 75,
});
const window = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });

// Friday 15:00 to Saturday 12:00: only Friday 15:00-17:00 is in service hours, 120 minutes.
const fridayEvening = window('2027-06-18T15:00:00+07:00', '2027-06-19T12:00:00+07:00');

describe('budget impact of a planned window', () => {
  it('breaks 99.5%: 59.4 minutes allowed, 30 used (50.51%), 30 + 120 = 150 is 252.53%', () => {
    expect(budgetImpact(terms(99.5), 'MONTHLY', jakarta, fridayEvening, outages, now)).toEqual([
      {
        period: {
          start: new Date('2027-06-01T00:00:00+07:00'),
          end: new Date('2027-07-01T00:00:00+07:00'),
        },
        plannedServiceMinutes: 120,
        allowedDowntimeMinutes: 59.4,
        downtimeMinutes: 30,
        remainingBudgetMinutes: 29.4,
        consumedPercent: 50.51,
        projectedConsumedPercent: 252.53,
        wouldCrossAtRisk: true,
        wouldBreach: true,
        explanation:
          '120 minutes of the window fall in service hours; with the 30 minutes down so far ' +
          'that is 150 of the 59.4 minutes the period allows',
      },
    ]);
  });

  it('puts 98.5% at risk without breaking it: 150 of 178.2 minutes is 84.18%', () => {
    const [impact] = budgetImpact(terms(98.5), 'MONTHLY', jakarta, fridayEvening, outages, now);
    expect(impact).toMatchObject({
      allowedDowntimeMinutes: 178.2,
      consumedPercent: 16.84,
      projectedConsumedPercent: 84.18,
      wouldCrossAtRisk: true,
      wouldBreach: false,
    });
  });

  it('costs nothing outside service hours', () => {
    const saturday = window('2027-06-19T06:00:00+07:00', '2027-06-19T18:00:00+07:00');
    const [impact] = budgetImpact(terms(99.5), 'MONTHLY', jakarta, saturday, outages, now);
    expect(impact).toMatchObject({
      plannedServiceMinutes: 0,
      projectedConsumedPercent: 50.51,
      wouldCrossAtRisk: false,
      wouldBreach: false,
    });
  });

  it('splits a window across two periods: 60 minutes in June, 60 in a fresh July', () => {
    // Wednesday 30 June 16:00 to Thursday 1 July 09:00. July has no downtime yet: 60 of
    // 59.4 minutes is 101.01%.
    const turn = window('2027-06-30T16:00:00+07:00', '2027-07-01T09:00:00+07:00');
    const impacts = budgetImpact(terms(99.5), 'MONTHLY', jakarta, turn, outages, now);
    expect(
      impacts.map(({ plannedServiceMinutes, projectedConsumedPercent, wouldBreach }) => ({
        plannedServiceMinutes,
        projectedConsumedPercent,
        wouldBreach,
      })),
    ).toEqual([
      // June: 30 + 60 = 90 of 59.4 = 151.52%.
      { plannedServiceMinutes: 60, projectedConsumedPercent: 151.52, wouldBreach: true },
      { plannedServiceMinutes: 60, projectedConsumedPercent: 101.01, wouldBreach: true },
    ]);
  });
});
