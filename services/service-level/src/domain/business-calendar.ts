import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/** ISO weekdays: 1 is Monday, 7 is Sunday, as luxon numbers them. */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Service hours on one weekday, local wall-clock time in the calendar's zone; `end` may be
 * 24:00, the end of the day. */
export interface WorkingHours {
  weekday: Weekday;
  start: string;
  end: string;
}

export interface Holiday {
  /** A local date, YYYY-MM-DD: the whole day has no service hours. */
  date: string;
  name: string;
}

export interface CalendarRules {
  timeZone: string;
  workingHours: WorkingHours[];
  holidays: Holiday[];
}

/** A half-open span of time [start, end), in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/** Every hour of every day in UTC: what a service without a calendar of its own is held to. */
export const ROUND_THE_CLOCK: CalendarRules = {
  timeZone: 'UTC',
  workingHours: WEEKDAYS.map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  holidays: [],
};

const TIME_OF_DAY = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function minutesOfDay(time: string): number {
  const match = TIME_OF_DAY.exec(time)!;
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}

const isTimes = (hours: { start: string; end: string }) =>
  TIME_OF_DAY.test(hours.start) && TIME_OF_DAY.test(hours.end);

const workingHoursSchema = z
  .object({
    weekday: z.enum(WEEKDAYS),
    start: z.string().regex(TIME_OF_DAY, 'must be HH:MM, 00:00 to 23:59'),
    end: z.string().regex(TIME_OF_DAY, 'must be HH:MM, 00:01 to 24:00'),
  })
  // Zod runs this even when a time is malformed; the time's own issue covers that case.
  .refine((hours) => !isTimes(hours) || minutesOfDay(hours.end) > minutesOfDay(hours.start), {
    path: ['end'],
    message: 'must be after start',
  });

export const holidaySchema = z.object({
  date: z
    .string()
    .regex(LOCAL_DATE, 'must be a date, YYYY-MM-DD')
    .refine((date) => DateTime.fromISO(date).isValid, 'must be a real date'),
  name: z.string().trim().min(1, 'must not be empty').max(200),
});

export const timeZoneSchema = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), 'must be an IANA time zone, such as Asia/Jakarta');

export const defineCalendarSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  timeZone: timeZoneSchema,
  workingHours: z
    .array(workingHoursSchema)
    .min(1, 'must give service hours on at least one day')
    .superRefine((hours, context) => {
      for (const [index, current] of hours.entries()) {
        const overlapping = hours.findIndex(
          (other, otherIndex) =>
            otherIndex < index &&
            other.weekday === current.weekday &&
            isTimes(other) &&
            isTimes(current) &&
            minutesOfDay(other.start) < minutesOfDay(current.end) &&
            minutesOfDay(current.start) < minutesOfDay(other.end),
        );
        if (overlapping >= 0) {
          context.addIssue({
            code: 'custom',
            path: [index],
            message: `overlaps the hours at ${overlapping} on ${current.weekday}`,
          });
        }
      }
    }),
  holidays: z
    .array(holidaySchema)
    .default([])
    .refine(
      (holidays) => new Set(holidays.map((holiday) => holiday.date)).size === holidays.length,
      'must not name a date twice',
    ),
});

export type CalendarDefinition = z.infer<typeof defineCalendarSchema>;

/** The service hours that fall inside [from, to), in order. A holiday removes its whole
 * local day. Each local day is laid out in the zone, so a daylight-saving change makes the
 * day 23 or 25 hours long without shifting its service hours. */
export function serviceSpans(calendar: CalendarRules, from: Date, to: Date): Span[] {
  const spans: Span[] = [];
  const end = to.getTime();
  for (const day of localDays(calendar, from.getTime())) {
    if (day.start >= end) break;
    for (const span of day.spans) {
      const start = Math.max(span.start, from.getTime());
      const stop = Math.min(span.end, end);
      if (stop > start) spans.push({ start, end: stop });
    }
  }
  return spans;
}

/** How much of the window [from, to) falls inside the calendar's service hours, in
 * milliseconds. */
export function serviceTimeBetween(calendar: CalendarRules, from: Date, to: Date): number {
  if (to <= from) return 0;
  return serviceSpans(calendar, from, to).reduce((sum, span) => sum + span.end - span.start, 0);
}

/** The service time of the parts of [from, to) that the given spans cover; the spans may
 * overlap each other, and each moment counts once. */
export function serviceTimeWithin(
  calendar: CalendarRules,
  spans: readonly Span[],
  from: Date,
  to: Date,
): number {
  return mergeSpans(spans).reduce(
    (sum, span) =>
      sum +
      serviceTimeBetween(
        calendar,
        new Date(Math.max(span.start, from.getTime())),
        new Date(Math.min(span.end, to.getTime())),
      ),
    0,
  );
}

/** The moment at which `amount` milliseconds of service time have passed since `from`. */
export function addServiceTime(calendar: CalendarRules, from: Date, amount: number): Date {
  let left = amount;
  if (left <= 0) return nextServiceMoment(calendar, from);
  for (const day of localDays(calendar, from.getTime())) {
    for (const span of day.spans) {
      const start = Math.max(span.start, from.getTime());
      if (span.end <= start) continue;
      if (span.end - start >= left) return new Date(start + left);
      left -= span.end - start;
    }
  }
  throw new Error('unreachable: localDays ends by throwing');
}

export function isServiceTime(calendar: CalendarRules, at: Date): boolean {
  return serviceTimeBetween(calendar, at, new Date(at.getTime() + 1)) === 1;
}

/** `at` itself inside service hours, or the start of the next service hours after it. */
export function nextServiceMoment(calendar: CalendarRules, at: Date): Date {
  for (const day of localDays(calendar, at.getTime())) {
    for (const span of day.spans) {
      if (span.end > at.getTime()) return new Date(Math.max(span.start, at.getTime()));
    }
  }
  throw new Error('unreachable: localDays ends by throwing');
}

/** Sorts spans and joins those that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((span) => span.end > span.start);
  sorted.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

// A calendar with service hours has some in every week; ten years of days without any
// mean the calendar has none at all, which validation prevents.
const MAX_DAYS = 3660;

/** A local day of a calendar: when it starts and the next one starts, and its service
 * hours, all in epoch milliseconds. */
interface LocalDay {
  start: number;
  next: number;
  spans: Span[];
}

// Laying a day out in its zone with luxon is most of the cost of judging a target, and the
// same days come up again and again: each calendar's days are kept, by the calendar's
// rules (a request loads its calendars anew) and by the day's start. Calendars are few and
// the days judged cluster around now, so the cache stays small.
interface CalendarDays {
  byStart: Map<number, LocalDay>;
  /** The start of the local day of any instant in a quarter hour (UTC offsets are whole
   * quarter hours, so a local midnight never falls inside one), by the quarter's number. */
  startByQuarterHour: Map<number, number>;
}
const daysByRules = new Map<string, CalendarDays>();
const daysByCalendar = new WeakMap<CalendarRules, CalendarDays>();
const QUARTER_HOUR = 15 * 60_000;

function daysOf(calendar: CalendarRules): CalendarDays {
  let days = daysByCalendar.get(calendar);
  if (!days) {
    const rules = JSON.stringify([calendar.timeZone, calendar.workingHours, calendar.holidays]);
    days = daysByRules.get(rules) ?? { byStart: new Map(), startByQuarterHour: new Map() };
    daysByRules.set(rules, days);
    daysByCalendar.set(calendar, days);
  }
  return days;
}

function startOfLocalDay(calendar: CalendarRules, days: CalendarDays, instant: number): number {
  const quarter = Math.floor(instant / QUARTER_HOUR);
  const known = days.startByQuarterHour.get(quarter);
  const day = known === undefined ? undefined : days.byStart.get(known);
  // An offset of old that was not whole quarter hours is laid out anew.
  if (day && day.start <= instant && instant < day.next) return day.start;
  const start = DateTime.fromMillis(instant, { zone: calendar.timeZone }).startOf('day').toMillis();
  days.startByQuarterHour.set(quarter, start);
  return start;
}

function* localDays(calendar: CalendarRules, from: number) {
  const days = daysOf(calendar);
  let start = startOfLocalDay(calendar, days, from);
  for (let count = 0; count < MAX_DAYS; count++) {
    let day = days.byStart.get(start);
    if (!day) {
      const local = DateTime.fromMillis(start, { zone: calendar.timeZone });
      day = {
        start,
        next: local.plus({ days: 1 }).startOf('day').toMillis(),
        spans: spansOfDay(calendar, local),
      };
      days.byStart.set(start, day);
    }
    yield day;
    start = day.next;
  }
  throw new Error(`The calendar has no service hours within ${MAX_DAYS} days`);
}

function spansOfDay(calendar: CalendarRules, day: DateTime): Span[] {
  if (calendar.holidays.some((holiday) => holiday.date === day.toISODate())) return [];
  const weekday = WEEKDAYS[day.weekday - 1];
  return calendar.workingHours
    .filter((hours) => hours.weekday === weekday)
    .map((hours) => ({ start: atLocal(day, hours.start), end: atLocal(day, hours.end) }))
    .sort((a, b) => a.start - b.start);
}

/** A wall-clock time of a local day, in epoch milliseconds. A time that a spring-forward
 * change skips maps to the first moment after the gap, as luxon does. */
function atLocal(day: DateTime, time: string): number {
  const minutes = minutesOfDay(time);
  if (minutes === 24 * 60) return day.plus({ days: 1 }).startOf('day').toMillis();
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
}
