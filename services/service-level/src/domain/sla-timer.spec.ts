import { type CalendarRules, WEEKDAYS } from './business-calendar';
import {
  type GoalPolicy,
  governingGoal,
  RESOLUTION_TIMER,
  RESPONSE_TIMER,
  runTimers,
  type TicketState,
  ticketChanges,
  type TimerDefinition,
  type TimerInput,
} from './sla-timer';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Monday to Friday 08:00-17:00 in Jakarta; 2026-03-16 is a Monday and Thursday
 * 2026-03-19 (Nyepi) a holiday. */
const OFFICE: CalendarRules = {
  timeZone: 'Asia/Jakarta',
  workingHours: WEEKDAYS.slice(0, 5).map((weekday) => ({ weekday, start: '08:00', end: '17:00' })),
  holidays: [{ date: '2026-03-19', name: 'Nyepi' }],
};

/** A local time in Jakarta. */
const jkt = (local: string) => new Date(`2026-03-${local}+07:00`);
const iso = (local: string) => jkt(local).toISOString();

const OPEN: TicketState = {
  priority: 'P2',
  responded: false,
  onHold: false,
  resolved: false,
  cancelled: false,
};

const goalOf =
  (hours: number, governedBy = 'test target'): GoalPolicy =>
  () => ({ durationMs: hours * HOUR, governedBy });

const policyAt = (at: string, hours: number): TimerInput => ({
  at: jkt(at),
  policy: goalOf(hours, `${hours} h target`),
});
const ticketAt = (at: string, change: Partial<TicketState> = {}): TimerInput => ({
  at: jkt(at),
  ticket: { ...OPEN, ...change },
});

const firings = (report: { firings: { percent: number; at: Date }[] }) =>
  report.firings.map((firing) => [firing.percent, firing.at.toISOString()]);

describe('ServiceNow reference case', () => {
  it('8 h SLA, Mon-Fri 08:00-17:00, opened Friday 21:00: at Monday 09:30, 1 h 30 business (about 19%) and 60 h 30 actual', () => {
    const [timer] = runTimers(
      RESOLUTION_TIMER,
      OFFICE,
      [policyAt('13T00:00', 8), ticketAt('13T21:00')],
      jkt('16T09:30'),
    );
    expect(timer).toMatchObject({
      stage: 'IN_PROGRESS',
      businessElapsedMs: 90 * MINUTE,
      businessElapsedPercent: 18.75,
      actualElapsedMs: 60.5 * HOUR,
      actualElapsedPercent: 756.25,
      breached: false,
    });
    // Monday 08:00 plus 8 business hours.
    expect(timer!.breachAt).toEqual(jkt('16T16:00'));
  });
});

describe('conditions, evaluated in the order of §7', () => {
  const always: TimerDefinition = {
    start: () => true,
    stop: (ticket) => ticket.resolved,
    pause: (ticket) => ticket.onHold,
    cancel: (ticket) => ticket.cancelled,
    reset: (previous, current) => previous.priority !== current.priority,
  };
  const priorityGoals: GoalPolicy = (ticket) => ({
    durationMs: (ticket.priority === 'P1' ? 2 : 8) * HOUR,
    governedBy: `${ticket.priority} target`,
  });

  it.each([
    ['a ticket that is already resolved', { resolved: true }],
    ['a ticket that is already cancelled', { cancelled: true }],
  ])('1. does not attach to %s', (_case, change) => {
    const timers = runTimers(
      always,
      OFFICE,
      [policyAt('16T00:00', 8), ticketAt('16T08:00', change)],
      jkt('16T12:00'),
    );
    expect(timers).toEqual([]);
  });

  it('1. does not attach while no target covers the ticket', () => {
    expect(runTimers(RESOLUTION_TIMER, OFFICE, [ticketAt('16T08:00')], jkt('16T12:00'))).toEqual(
      [],
    );
  });

  it('2. completes on stop, and a change matching stop and cancel completes', () => {
    const [timer] = runTimers(
      always,
      OFFICE,
      [
        policyAt('16T00:00', 8),
        ticketAt('16T08:00'),
        ticketAt('16T11:00', { resolved: true, cancelled: true }),
      ],
      jkt('17T12:00'),
    );
    expect(timer).toMatchObject({
      stage: 'COMPLETED',
      endedAt: jkt('16T11:00'),
      businessElapsedMs: 3 * HOUR,
    });
  });

  it('3-4. pauses on pause and resumes when pause no longer holds', () => {
    const [timer] = runTimers(
      always,
      OFFICE,
      [
        policyAt('16T00:00', 8),
        ticketAt('16T08:00'),
        ticketAt('16T10:00', { onHold: true }),
        ticketAt('16T12:00'),
      ],
      jkt('16T13:00'),
    );
    expect(timer).toMatchObject({
      stage: 'IN_PROGRESS',
      pauses: [{ from: jkt('16T10:00'), to: jkt('16T12:00') }],
      businessElapsedMs: 3 * HOUR,
      businessPausedMs: 2 * HOUR,
      actualElapsedMs: 5 * HOUR,
    });
  });

  it('5. on reset, completes the old timer and attaches a new one with its own goal', () => {
    const timers = runTimers(
      always,
      OFFICE,
      [
        { at: jkt('16T00:00'), policy: priorityGoals },
        ticketAt('16T08:00'),
        ticketAt('16T10:00', { priority: 'P1' }),
      ],
      jkt('16T11:00'),
    );
    expect(timers).toMatchObject([
      {
        stage: 'COMPLETED',
        endedAt: jkt('16T10:00'),
        businessElapsedMs: 2 * HOUR,
        goal: { governedBy: 'P2 target' },
      },
      {
        stage: 'IN_PROGRESS',
        startedAt: jkt('16T10:00'),
        businessElapsedMs: HOUR,
        goal: { governedBy: 'P1 target' },
      },
    ]);
  });

  it('5. a reset while on hold attaches the new timer paused', () => {
    const timers = runTimers(
      always,
      OFFICE,
      [
        { at: jkt('16T00:00'), policy: priorityGoals },
        ticketAt('16T08:00'),
        ticketAt('16T09:00', { onHold: true }),
        ticketAt('16T10:00', { onHold: true, priority: 'P1' }),
      ],
      jkt('16T11:00'),
    );
    expect(timers.map((timer) => timer.stage)).toEqual(['COMPLETED', 'PAUSED']);
    expect(timers[1]!.businessElapsedMs).toBe(0);
  });

  it('6. cancels on cancel', () => {
    const [timer] = runTimers(
      always,
      OFFICE,
      [policyAt('16T00:00', 8), ticketAt('16T08:00'), ticketAt('16T09:00', { cancelled: true })],
      jkt('16T12:00'),
    );
    expect(timer).toMatchObject({
      stage: 'CANCELLED',
      endedAt: jkt('16T09:00'),
      businessElapsedMs: HOUR,
    });
  });
});

describe('a ticket paused and resumed, from its recorded timings', () => {
  const changes = ticketChanges({
    priority: 'P2',
    openedAt: jkt('16T08:00'),
    respondedAt: jkt('16T08:20'),
    resolvedAt: jkt('17T09:45'),
    cancelledAt: null,
    pauses: [{ from: jkt('16T15:00'), to: jkt('17T09:00') }],
  });
  const inputs = [policyAt('16T00:00', 8), ...changes];

  it('answers in 20 minutes, and the response timer does not pause', () => {
    const [response] = runTimers(RESPONSE_TIMER, OFFICE, inputs, jkt('18T00:00'));
    expect(response).toMatchObject({ stage: 'COMPLETED', businessElapsedMs: 20 * MINUTE });
  });

  it('resolves in 7 h 45 business time, of which the 3 h on hold do not count', () => {
    const [resolution] = runTimers(RESOLUTION_TIMER, OFFICE, inputs, jkt('18T00:00'));
    // Monday 08:00-15:00 is 7 h; on hold 15:00 Monday to 09:00 Tuesday (3 service hours);
    // Tuesday 09:00-09:45 is 45 min.
    expect(resolution).toMatchObject({
      stage: 'COMPLETED',
      businessElapsedMs: 7.75 * HOUR,
      businessPausedMs: 3 * HOUR,
      actualElapsedMs: 25.75 * HOUR,
      businessElapsedPercent: 96.88,
      breached: false,
      originalBreachAt: jkt('16T16:00'),
      breachAt: jkt('17T10:00'),
    });
    expect(firings(resolution!)).toEqual([
      [50, iso('16T12:00')],
      [75, iso('16T14:00')],
    ]);
  });
});

describe('breach time', () => {
  it('moves later by the business pause and keeps the original', () => {
    const [timer] = runTimers(
      RESOLUTION_TIMER,
      OFFICE,
      [
        policyAt('16T00:00', 8),
        ticketAt('16T08:00'),
        ticketAt('16T10:00', { onHold: true }),
        ticketAt('16T12:00'),
      ],
      jkt('16T13:00'),
    );
    expect(timer!.originalBreachAt).toEqual(jkt('16T16:00'));
    // 08-10 and 12-17 are 7 h; the eighth is Tuesday 08:00-09:00.
    expect(timer!.breachAt).toEqual(jkt('17T09:00'));
  });

  it('moves with a pause still going on, as if it ended now', () => {
    const [timer] = runTimers(
      RESOLUTION_TIMER,
      OFFICE,
      [policyAt('16T00:00', 8), ticketAt('16T08:00'), ticketAt('16T10:00', { onHold: true })],
      jkt('16T11:30'),
    );
    expect(timer).toMatchObject({ stage: 'PAUSED', businessPausedMs: 90 * MINUTE });
    // 2 h ran before the pause; the other 6 h run from now, 11:30: 5.5 h today, 0.5 h Tuesday.
    expect(timer!.breachAt).toEqual(jkt('17T08:30'));
  });

  it('skips a holiday: 4 h from Wednesday 15:00 over Nyepi is Friday 10:00', () => {
    const [timer] = runTimers(
      RESOLUTION_TIMER,
      OFFICE,
      [policyAt('18T00:00', 4), ticketAt('18T15:00')],
      jkt('18T15:00'),
    );
    expect(timer!.breachAt).toEqual(jkt('20T10:00'));
  });
});

describe('thresholds at 50%, 75% and 100%', () => {
  const opened = [policyAt('16T00:00', 8), ticketAt('16T08:00')];

  it('fire once each as business time reaches them', () => {
    const [timer] = runTimers(RESOLUTION_TIMER, OFFICE, opened, jkt('20T17:00'));
    expect(firings(timer!)).toEqual([
      [50, iso('16T12:00')],
      [75, iso('16T14:00')],
      [100, iso('16T16:00')],
    ]);
  });

  it('fire nothing during a pause that spans them, then fire after the resume', () => {
    // Paused at 11:00 with 3 h elapsed; at 13:00 the goal shrinks to 4 h, which puts 50%
    // (2 h) and 75% (3 h) behind the timer; they wait for the resume at 15:00.
    const [timer] = runTimers(
      RESOLUTION_TIMER,
      OFFICE,
      [
        ...opened,
        ticketAt('16T11:00', { onHold: true }),
        policyAt('16T13:00', 4),
        ticketAt('16T15:00'),
      ],
      jkt('16T17:00'),
    );
    expect(firings(timer!)).toEqual([
      [50, iso('16T15:00')],
      [75, iso('16T15:00')],
      [100, iso('16T16:00')],
    ]);
  });

  it('re-arm when a longer goal moves their deadline back into the future', () => {
    // 4 h goal: 50% at 10:00, 75% at 11:00; at 11:00 the goal becomes 8 h.
    const [timer] = runTimers(
      RESOLUTION_TIMER,
      OFFICE,
      [policyAt('16T00:00', 4), ticketAt('16T08:00'), policyAt('16T11:00', 8)],
      jkt('16T17:00'),
    );
    expect(firings(timer!)).toEqual([
      [50, iso('16T10:00')],
      [75, iso('16T11:00')],
      [50, iso('16T12:00')],
      [75, iso('16T14:00')],
      [100, iso('16T16:00')],
    ]);
  });

  it('do not re-arm when the deadline stays in the past', () => {
    // 4 h goal, all three fired by 12:00; at 13:00 (5 h elapsed) the goal becomes 6 h:
    // 50% (3 h) and 75% (4.5 h) stay fired, 100% (6 h) re-arms and fires at 14:00.
    const [timer] = runTimers(
      RESOLUTION_TIMER,
      OFFICE,
      [policyAt('16T00:00', 4), ticketAt('16T08:00'), policyAt('16T13:00', 6)],
      jkt('16T17:00'),
    );
    expect(firings(timer!)).toEqual([
      [50, iso('16T10:00')],
      [75, iso('16T11:00')],
      [100, iso('16T12:00')],
      [100, iso('16T14:00')],
    ]);
  });

  it('send no warning outside service hours: one reached at night fires when service resumes', () => {
    // 16 h goal: 50% at Monday 16:00, 9 h elapsed by 17:00. At 20:00 the goal becomes
    // 10 h, so 75% (7.5 h) is already reached: it fires at Tuesday 08:00, 100% at 09:00.
    const [timer] = runTimers(
      RESOLUTION_TIMER,
      OFFICE,
      [policyAt('16T00:00', 16), ticketAt('16T08:00'), policyAt('16T20:00', 10)],
      jkt('17T17:00'),
    );
    expect(firings(timer!)).toEqual([
      [50, iso('16T16:00')],
      [75, iso('17T08:00')],
      [100, iso('17T09:00')],
    ]);
  });
});

describe('changing the agreement mid-flight', () => {
  it('keeps the accumulated pause and moves the breach time with the new goal', () => {
    const [timer] = runTimers(
      RESOLUTION_TIMER,
      OFFICE,
      [
        policyAt('16T00:00', 8),
        ticketAt('16T08:00'),
        ticketAt('16T09:00', { onHold: true }),
        policyAt('16T10:00', 6),
        ticketAt('16T11:00'),
      ],
      jkt('16T12:00'),
    );
    expect(timer).toMatchObject({
      goal: { durationMs: 6 * HOUR, governedBy: '6 h target' },
      pauses: [{ from: jkt('16T09:00'), to: jkt('16T11:00') }],
      businessPausedMs: 2 * HOUR,
      businessElapsedMs: 2 * HOUR,
      originalBreachAt: jkt('16T14:00'),
      breachAt: jkt('16T16:00'),
    });
  });
});

describe('governingGoal: the tightest matching target governs, and says why', () => {
  it.each([
    ['no target', [], null],
    [
      'one target',
      [{ targetId: 'a', goalMinutes: 480, source: 'SLA Acme (CORPORATE level)' }],
      'the only matching target: 480 min from SLA Acme (CORPORATE level)',
    ],
    [
      'a tighter service level inside a multi-level agreement',
      [
        { targetId: 'a', goalMinutes: 480, source: 'SLA Acme (CORPORATE level)' },
        { targetId: 'b', goalMinutes: 240, source: 'SLA Acme payments (SERVICE level)' },
        { targetId: 'c', goalMinutes: 360, source: 'SLA Payments for all (SERVICE_BASED)' },
      ],
      'the tightest of 3 matching targets: 240 min from SLA Acme payments (SERVICE level), ' +
        'against 360 min from SLA Payments for all (SERVICE_BASED), 480 min from SLA Acme (CORPORATE level)',
    ],
  ])('%s', (_case, candidates, reason) => {
    expect(governingGoal(candidates)?.reason ?? null).toBe(reason);
  });
});
