import {
  addServiceTime,
  type CalendarRules,
  isServiceTime,
  nextServiceMoment,
  serviceTimeBetween,
  type Span,
} from './business-calendar';

/** What a ticket looks like after one of its changes; timer conditions read it. */
export interface TicketState {
  priority: string;
  responded: boolean;
  onHold: boolean;
  resolved: boolean;
  cancelled: boolean;
}

/** The conditions of a timer definition, evaluated on every change of the ticket. Resume
 * holds when pause no longer does. */
export interface TimerDefinition {
  start(ticket: TicketState): boolean;
  stop(ticket: TicketState): boolean;
  pause(ticket: TicketState): boolean;
  cancel(ticket: TicketState): boolean;
  reset(previous: TicketState, current: TicketState): boolean;
}

const open = (ticket: TicketState) => !ticket.resolved && !ticket.cancelled;
const priorityChanged = (previous: TicketState, current: TicketState) =>
  previous.priority !== current.priority;

/** Time to the first response; a ticket on hold is still waiting for one. */
export const RESPONSE_TIMER: TimerDefinition = {
  start: open,
  stop: (ticket) => ticket.responded || ticket.resolved,
  pause: () => false,
  cancel: (ticket) => ticket.cancelled,
  reset: priorityChanged,
};

/** Time to resolution, paused while the ticket is on hold (waiting for the customer). */
export const RESOLUTION_TIMER: TimerDefinition = {
  start: open,
  stop: (ticket) => ticket.resolved,
  pause: (ticket) => ticket.onHold,
  cancel: (ticket) => ticket.cancelled,
  reset: priorityChanged,
};

/** The goal a timer runs against, and the commitment it comes from. */
export interface Goal {
  durationMs: number;
  governedBy: string;
}

/** Chooses the goal for a ticket; null when no commitment covers it. */
export type GoalPolicy = (ticket: TicketState) => Goal | null;

/** What happens to a ticket, in time order: the ticket changes, or the agreement does
 * (a new goal policy, for example after a target was tightened or extended). */
export type TimerInput = { at: Date; ticket: TicketState } | { at: Date; policy: GoalPolicy };

export const THRESHOLDS = [50, 75, 100] as const;
export type TimerStage = 'IN_PROGRESS' | 'PAUSED' | 'COMPLETED' | 'CANCELLED';

export interface ThresholdFiring {
  percent: (typeof THRESHOLDS)[number];
  at: Date;
}

export interface TimerReport {
  stage: TimerStage;
  startedAt: Date;
  /** When the timer completed or was cancelled. */
  endedAt: Date | null;
  goal: Goal;
  pauses: { from: Date; to: Date | null }[];
  /** Service time since the start, less the service time spent paused. */
  businessElapsedMs: number;
  businessPausedMs: number;
  /** Wall time since the start. */
  actualElapsedMs: number;
  businessElapsedPercent: number;
  actualElapsedPercent: number;
  /** When business time reaches the goal, moved later by every pause so far. */
  breachAt: Date;
  /** The breach time had the timer never paused. */
  originalBreachAt: Date;
  breached: boolean;
  /** Warnings and the breach as they fired: each once, unless the goal moved its deadline
   * back into the future, which re-arms it. */
  firings: ThresholdFiring[];
}

interface RunningTimer {
  startedAt: Date;
  endedAt: Date | null;
  stage: TimerStage;
  goal: Goal;
  pauses: { from: Date; to: Date | null }[];
  /** Business time counted up to `countedUntil`. */
  elapsed: number;
  countedUntil: Date;
  armed: Set<(typeof THRESHOLDS)[number]>;
  firings: ThresholdFiring[];
}

/**
 * Runs a timer definition over a ticket's history up to `now`, as §7 of the design orders
 * it: on each change, attach (start, and neither stop nor cancel), complete on stop, pause,
 * resume, reset (complete the old timer and attach a new one), cancel. Returns every timer
 * attached, oldest first.
 */
export function runTimers(
  definition: TimerDefinition,
  calendar: CalendarRules,
  inputs: readonly TimerInput[],
  now: Date,
): TimerReport[] {
  const timers: RunningTimer[] = [];
  let policy: GoalPolicy = () => null;
  let ticket: TicketState | null = null;
  let active: RunningTimer | null = null;

  const attach = (at: Date, state: TicketState) => {
    const goal = policy(state);
    if (!goal) return null;
    const timer: RunningTimer = {
      startedAt: at,
      endedAt: null,
      stage: 'IN_PROGRESS',
      goal,
      pauses: [],
      elapsed: 0,
      countedUntil: at,
      armed: new Set(THRESHOLDS),
      firings: [],
    };
    timers.push(timer);
    return timer;
  };
  const finish = (timer: RunningTimer, at: Date, stage: TimerStage) => {
    timer.stage = stage;
    timer.endedAt = at;
    const pause = timer.pauses.at(-1);
    if (pause && pause.to === null) pause.to = at;
  };

  for (const input of [...inputs].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (input.at > now) break;
    if (active) advance(active, calendar, input.at);
    if ('policy' in input) {
      policy = input.policy;
      if (active && ticket) changeGoal(active, calendar, input.at, policy(ticket));
      continue;
    }
    const previous = ticket;
    ticket = input.ticket;
    const { at } = input;
    if (!active && definition.start(ticket) && !definition.stop(ticket)) {
      if (!definition.cancel(ticket)) active = attach(at, ticket);
    } else if (active && definition.stop(ticket)) {
      finish(active, at, 'COMPLETED');
      active = null;
    }
    if (active) pauseOrResume(active, definition.pause(ticket), at, calendar);
    if (active && previous && definition.reset(previous, ticket)) {
      finish(active, at, 'COMPLETED');
      active = attach(at, ticket);
      if (active) pauseOrResume(active, definition.pause(ticket), at, calendar);
    }
    if (active && definition.cancel(ticket)) {
      finish(active, at, 'CANCELLED');
      active = null;
    }
  }
  if (active) advance(active, calendar, now);
  return timers.map((timer) => report(timer, calendar, now));
}

function pauseOrResume(timer: RunningTimer, pause: boolean, at: Date, calendar: CalendarRules) {
  const paused = timer.stage === 'PAUSED';
  if (pause && !paused) {
    timer.stage = 'PAUSED';
    timer.pauses.push({ from: at, to: null });
  } else if (!pause && paused) {
    timer.stage = 'IN_PROGRESS';
    timer.pauses.at(-1)!.to = at;
    // A threshold the goal moved behind the timer while it was paused fires now.
    fireReached(timer, calendar, at);
  }
}

/** Counts the business time up to `until` and fires the thresholds it reaches on the way. */
function advance(timer: RunningTimer, calendar: CalendarRules, until: Date) {
  if (timer.stage !== 'IN_PROGRESS' || until <= timer.countedUntil) {
    timer.countedUntil = until > timer.countedUntil ? until : timer.countedUntil;
    return;
  }
  for (const percent of THRESHOLDS) {
    if (!timer.armed.has(percent)) continue;
    const due = (timer.goal.durationMs * percent) / 100 - timer.elapsed;
    if (due <= 0) continue;
    const at = addServiceTime(calendar, timer.countedUntil, due);
    if (at <= until) fire(timer, percent, at);
  }
  timer.elapsed += serviceTimeBetween(calendar, timer.countedUntil, until);
  timer.countedUntil = until;
}

/** The agreement changed: the accumulated business time and pauses stay; a fired
 * threshold whose new deadline lies ahead re-arms, and one already behind fires. */
function changeGoal(timer: RunningTimer, calendar: CalendarRules, at: Date, goal: Goal | null) {
  if (!goal) return;
  timer.goal = goal;
  for (const percent of THRESHOLDS) {
    if ((goal.durationMs * percent) / 100 > timer.elapsed) timer.armed.add(percent);
  }
  if (timer.stage === 'IN_PROGRESS') fireReached(timer, calendar, at);
}

/** Fires the armed thresholds already reached, at `at` or, outside service hours, when
 * service hours next begin: nobody is warned at night. */
function fireReached(timer: RunningTimer, calendar: CalendarRules, at: Date) {
  const when = isServiceTime(calendar, at) ? at : nextServiceMoment(calendar, at);
  for (const percent of THRESHOLDS) {
    if (timer.armed.has(percent) && timer.elapsed >= (timer.goal.durationMs * percent) / 100) {
      fire(timer, percent, when);
    }
  }
}

function fire(timer: RunningTimer, percent: (typeof THRESHOLDS)[number], at: Date) {
  timer.armed.delete(percent);
  timer.firings.push({ percent, at });
  timer.firings.sort((a, b) => a.at.getTime() - b.at.getTime() || a.percent - b.percent);
}

function report(timer: RunningTimer, calendar: CalendarRules, now: Date): TimerReport {
  const until = timer.endedAt ?? now;
  const pauses = timer.pauses.map((pause) => ({ from: pause.from, to: pause.to ?? until }));
  const wall = serviceTimeBetween(calendar, timer.startedAt, until);
  const businessPausedMs = pauses.reduce(
    (sum, pause) => sum + serviceTimeBetween(calendar, pause.from, pause.to),
    0,
  );
  const businessElapsedMs = wall - businessPausedMs;
  const actualElapsedMs = until.getTime() - timer.startedAt.getTime();
  const goal = timer.goal.durationMs;
  const percent = (value: number) => Number(((value / goal) * 100).toFixed(2));
  return {
    stage: timer.stage,
    startedAt: timer.startedAt,
    endedAt: timer.endedAt,
    goal: timer.goal,
    pauses: timer.pauses.map((pause) => ({ ...pause })),
    businessElapsedMs,
    businessPausedMs,
    actualElapsedMs,
    businessElapsedPercent: percent(businessElapsedMs),
    actualElapsedPercent: percent(actualElapsedMs),
    breachAt: breachMoment(calendar, timer.startedAt, pauses, goal),
    originalBreachAt: addServiceTime(calendar, timer.startedAt, goal),
    breached: businessElapsedMs >= goal,
    firings: timer.firings.map((firing) => ({ ...firing })),
  };
}

/** The moment the running stretches between pauses add up to the goal in service time;
 * past the last pause the timer is taken to run on. */
function breachMoment(
  calendar: CalendarRules,
  startedAt: Date,
  pauses: { from: Date; to: Date }[],
  goal: number,
): Date {
  let left = goal;
  let from = startedAt;
  const running: Span[] = [];
  for (const pause of pauses) {
    running.push({ start: from.getTime(), end: pause.from.getTime() });
    from = pause.to;
  }
  for (const stretch of running) {
    const time = serviceTimeBetween(calendar, new Date(stretch.start), new Date(stretch.end));
    if (time >= left) return addServiceTime(calendar, new Date(stretch.start), left);
    left -= time;
  }
  return addServiceTime(calendar, from, left);
}

/** A candidate commitment for a ticket: one target of one agreement. */
export interface GoalCandidate {
  targetId: string;
  goalMinutes: number;
  /** Who makes the commitment, e.g. "SLA Acme payments (SERVICE level)". */
  source: string;
}

export interface GoverningGoal {
  candidate: GoalCandidate;
  reason: string;
}

/** Where several targets match a ticket, the tightest governs; the reason names the
 * others it beat, so the choice can be checked. */
export function governingGoal(candidates: readonly GoalCandidate[]): GoverningGoal | null {
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort(
    (a, b) => a.goalMinutes - b.goalMinutes || a.targetId.localeCompare(b.targetId),
  );
  const [tightest, ...others] = sorted as [GoalCandidate, ...GoalCandidate[]];
  const reason =
    others.length === 0
      ? `the only matching target: ${tightest.goalMinutes} min from ${tightest.source}`
      : `the tightest of ${sorted.length} matching targets: ${tightest.goalMinutes} min from ` +
        `${tightest.source}, against ` +
        others.map((other) => `${other.goalMinutes} min from ${other.source}`).join(', ');
  return { candidate: tightest, reason };
}

/** A ticket's recorded timings, turned into the changes the timers read. */
export interface TicketTimings {
  priority: string;
  openedAt: Date;
  respondedAt: Date | null;
  resolvedAt: Date | null;
  cancelledAt: Date | null;
  pauses: { from: Date; to: Date | null }[];
}

export function ticketChanges(timings: TicketTimings): { at: Date; ticket: TicketState }[] {
  const moments: { at: Date; apply: (state: TicketState) => TicketState }[] = [
    { at: timings.openedAt, apply: (state) => state },
  ];
  if (timings.respondedAt) {
    moments.push({ at: timings.respondedAt, apply: (state) => ({ ...state, responded: true }) });
  }
  for (const pause of timings.pauses) {
    moments.push({ at: pause.from, apply: (state) => ({ ...state, onHold: true }) });
    if (pause.to) moments.push({ at: pause.to, apply: (state) => ({ ...state, onHold: false }) });
  }
  if (timings.resolvedAt) {
    moments.push({ at: timings.resolvedAt, apply: (state) => ({ ...state, resolved: true }) });
  }
  if (timings.cancelledAt) {
    moments.push({ at: timings.cancelledAt, apply: (state) => ({ ...state, cancelled: true }) });
  }
  // Stable: at the same moment, the order above holds (a response before a resolution).
  moments.sort((a, b) => a.at.getTime() - b.at.getTime());
  let state: TicketState = {
    priority: timings.priority,
    responded: false,
    onHold: false,
    resolved: false,
    cancelled: false,
  };
  return moments.map((moment) => {
    state = moment.apply(state);
    return { at: moment.at, ticket: state };
  });
}
