import { outageRecorded } from '@itsm/events';
import { RegisterSimulation } from '../../testing/register-simulation';
import { outageFinding, type OutageData, outagePriority, outageSummary } from './outage-rule';

const outage = (startedAt: string, endedAt: string | null, description: string | null = null) =>
  ({
    outageId: '00000000-0000-4000-8000-000000000001',
    serviceId: '00000000-0000-4000-8000-000000000002',
    startedAt,
    endedAt,
    description,
    recordedBy: 'sam',
    recordedAt: '2026-11-01T12:00:00.000Z',
  }) satisfies OutageData;

const receivedOutage = (id: string, data: OutageData) => ({
  id,
  type: outageRecorded.type,
  time: new Date(data.recordedAt),
  data,
});

describe('the outage rule', () => {
  it.each([
    ['2026-11-01T08:00:00Z', '2026-11-01T08:59:59Z', 'LOW'],
    ['2026-11-01T08:00:00Z', '2026-11-01T09:00:00Z', 'MEDIUM'],
    ['2026-11-01T08:00:00Z', '2026-11-01T11:59:00Z', 'MEDIUM'],
    ['2026-11-01T08:00:00Z', '2026-11-01T12:00:00Z', 'HIGH'],
    ['2026-11-01T08:00:00Z', null, 'HIGH'],
  ])('an outage from %s to %s has priority %s', (startedAt, endedAt, priority) => {
    expect(outagePriority(outage(startedAt, endedAt))).toBe(priority);
  });

  it('opens an OUTAGE initiative for the service, explaining the outage', () => {
    const { initiative } = outageFinding(
      receivedOutage('event-1', outage('2026-11-01T08:00:00Z', null, 'Database failover')),
    );
    expect(initiative).toMatchObject({
      source: 'OUTAGE',
      serviceIds: ['00000000-0000-4000-8000-000000000002'],
      customerId: null,
      priority: 'HIGH',
    });
    expect(initiative.problemStatement).toContain('recorded by sam');
    expect(initiative.problemStatement).toContain('still going on');
    expect(initiative.problemStatement).toContain('Database failover');
  });

  it('summarises an ended outage with both ends', () => {
    expect(outageSummary(outage('2026-11-01T08:00:00Z', '2026-11-01T09:00:00Z'))).toBe(
      'Outage 2026-11-01T08:00:00Z to 2026-11-01T09:00:00Z',
    );
  });

  it('gathers outages of one service into one initiative, the longest setting its priority', () => {
    const register = new RegisterSimulation();
    register.apply(
      outageFinding(receivedOutage('a', outage('2026-11-01T08:00:00Z', '2026-11-01T08:30:00Z'))),
    );
    register.apply(
      outageFinding(receivedOutage('b', outage('2026-11-02T08:00:00Z', '2026-11-02T13:00:00Z'))),
    );
    register.apply(
      outageFinding(receivedOutage('a', outage('2026-11-01T08:00:00Z', '2026-11-01T08:30:00Z'))),
    );
    expect(register.outcome()).toEqual([
      expect.objectContaining({ source: 'OUTAGE', priority: 'HIGH', triggers: ['a', 'b'] }),
    ]);
  });
});
