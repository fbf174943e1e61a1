import { z } from 'zod';
import { idSchema } from '@itsm/platform';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Checks that a window's end comes after its start, compared as instants rather than wall
 * clocks, and that it spans at most `maxDays`. */
function endAfterStart<Start extends string, End extends string>(
  start: Start,
  end: End,
  maxDays: number,
) {
  return (input: Record<Start | End, Date>, context: z.RefinementCtx) => {
    const span = input[end].getTime() - input[start].getTime();
    if (span <= 0) {
      context.addIssue({ code: 'custom', path: [end], message: `must be after ${start}` });
    } else if (span > maxDays * DAY_MS) {
      context.addIssue({
        code: 'custom',
        path: [end],
        message: `must be at most ${maxDays} days after ${start}`,
      });
    }
  };
}

const reason = z.string().trim().min(1, 'must not be empty').max(2000);

export const scheduleChangeSchema = z
  .object({
    plannedStart: z.date(),
    plannedEnd: z.date(),
    blackoutOverrideReason: reason.nullish(),
    reason: reason.nullish(),
  })
  .superRefine(endAfterStart('plannedStart', 'plannedEnd', 31));

export type ScheduleRequest = z.infer<typeof scheduleChangeSchema>;

export const blackoutWindowSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    reason: reason.nullish(),
    serviceId: idSchema.nullish(),
    startsAt: z.date(),
    endsAt: z.date(),
  })
  .superRefine(endAfterStart('startsAt', 'endsAt', 366));

export type BlackoutWindowDraft = z.infer<typeof blackoutWindowSchema>;

/** A range of the forward schedule, and what to narrow it to. */
export const scheduleRangeSchema = z
  .object({
    from: z.date(),
    to: z.date(),
    serviceId: idSchema.nullish(),
    customerId: idSchema.nullish(),
  })
  .superRefine(endAfterStart('from', 'to', 366));

export type ScheduleRange = z.infer<typeof scheduleRangeSchema>;
