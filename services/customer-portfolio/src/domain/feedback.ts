import { z } from 'zod';
import { FEEDBACK_SEVERITIES, FEEDBACK_STATUSES, FEEDBACK_TYPES } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';
import { optionalText, pastInstantSchema, requiredText } from './inputs';
import { Lifecycle } from './lifecycle';

export type FeedbackType = (typeof FEEDBACK_TYPES)[number];
export type FeedbackSeverity = (typeof FEEDBACK_SEVERITIES)[number];
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const feedbackLifecycle = new Lifecycle<FeedbackStatus>('The feedback', {
  OPEN: ['ACKNOWLEDGED'],
  ACKNOWLEDGED: ['RESOLVED'],
  RESOLVED: ['CLOSED'],
  CLOSED: [],
});

/** Minutes within which feedback of each severity must be acknowledged. */
export type AcknowledgementDeadlines = Record<FeedbackSeverity, number>;

export const DEFAULT_ACKNOWLEDGEMENT_MINUTES: AcknowledgementDeadlines = {
  CRITICAL: 60,
  HIGH: 4 * 60,
  MEDIUM: 24 * 60,
  LOW: 72 * 60,
};

export function logFeedbackSchema(now: Date) {
  return z.object({
    customerId: idSchema,
    type: z.enum(FEEDBACK_TYPES),
    severity: z.enum(FEEDBACK_SEVERITIES),
    serviceId: idSchema.nullish(),
    contactId: idSchema.nullish(),
    summary: requiredText(500),
    details: optionalText(5000),
    receivedAt: pastInstantSchema(now).nullish(),
  });
}

export type FeedbackLogging = z.infer<ReturnType<typeof logFeedbackSchema>>;

export const resolveFeedbackSchema = z.object({
  id: idSchema,
  resolution: requiredText(5000),
});

export function acknowledgementDeadline(
  receivedAt: Date,
  severity: FeedbackSeverity,
  deadlines: AcknowledgementDeadlines,
): Date {
  return new Date(receivedAt.getTime() + deadlines[severity] * 60_000);
}

/** Whole seconds between two stored instants; null until the later one happens. */
export function secondsBetween(from: Date, to: Date | null): number | null {
  return to ? Math.floor((to.getTime() - from.getTime()) / 1000) : null;
}

/** Late when acknowledged after the deadline, or still unacknowledged past it. */
export function isAcknowledgementLate(
  feedback: { acknowledgeBy: Date; acknowledgedAt: Date | null },
  now: Date,
): boolean {
  return (feedback.acknowledgedAt ?? now) > feedback.acknowledgeBy;
}
