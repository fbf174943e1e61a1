import { z } from 'zod';
import { SAMPLED_METRICS, TICKET_PRIORITIES } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';

export type SampledMetric = (typeof SAMPLED_METRICS)[number];

/** How a monitoring tool or the service desk names its outage or ticket. */
export const referenceSchema = z.string().trim().min(1, 'must not be empty').max(200);

export const ticketLookupSchema = z.object({ reference: referenceSchema });

/** A ticket's timings as the service desk saw them: nothing in the future, nothing before
 * the ticket opened, pauses in order and over by the time it was resolved or cancelled. */
export function recordTicketTimingSchema(now: Date) {
  const moment = z.date().max(now, 'must not be in the future');
  return z
    .object({
      reference: referenceSchema,
      serviceId: idSchema,
      customerId: idSchema.nullable().default(null),
      priority: z.enum(TICKET_PRIORITIES),
      openedAt: moment,
      respondedAt: moment.nullable().default(null),
      resolvedAt: moment.nullable().default(null),
      cancelledAt: moment.nullable().default(null),
      pauses: z.array(z.object({ from: moment, to: moment.nullable().default(null) })).default([]),
    })
    .superRefine((ticket, context) => {
      const issue = (path: (string | number)[], message: string) =>
        context.addIssue({ code: 'custom', path, message });
      for (const field of ['respondedAt', 'resolvedAt', 'cancelledAt'] as const) {
        const value = ticket[field];
        if (value && value < ticket.openedAt) issue([field], 'must not be before openedAt');
      }
      if (ticket.resolvedAt && ticket.cancelledAt) {
        issue(['cancelledAt'], 'a ticket is resolved or cancelled, not both');
      }
      if (ticket.respondedAt && ticket.resolvedAt && ticket.respondedAt > ticket.resolvedAt) {
        issue(['respondedAt'], 'must not be after resolvedAt');
      }
      const closedAt = ticket.resolvedAt ?? ticket.cancelledAt;
      let previousEnd = ticket.openedAt;
      for (const [index, pause] of ticket.pauses.entries()) {
        if (pause.from < previousEnd) {
          issue(['pauses', index, 'from'], 'must follow the opening and the previous pause');
        }
        if (pause.to === null) {
          if (index < ticket.pauses.length - 1 || closedAt) {
            issue(['pauses', index, 'to'], 'only the last pause of an open ticket may go on');
          }
        } else if (pause.to <= pause.from) {
          issue(['pauses', index, 'to'], 'must be after from');
        } else if (closedAt && pause.to > closedAt) {
          issue(['pauses', index, 'to'], 'must not be after the ticket was resolved or cancelled');
        }
        previousEnd = pause.to ?? pause.from;
      }
    });
}

export type TicketTimingRecording = z.infer<ReturnType<typeof recordTicketTimingSchema>>;

export function recordMetricSampleSchema(now: Date) {
  return z
    .object({
      serviceId: idSchema,
      customerId: idSchema.nullable().default(null),
      metric: z.enum(SAMPLED_METRICS, {
        error:
          'must be PERFORMANCE or CUSTOMER_SATISFACTION: other metrics are measured from outages and tickets',
      }),
      value: z.number().refine(Number.isFinite, 'must be a number'),
      observedAt: z.date().max(now, 'must not be in the future'),
    })
    .refine(
      (sample) =>
        sample.metric === 'PERFORMANCE'
          ? sample.value >= 0
          : sample.value >= 0 && sample.value <= 10,
      { path: ['value'], message: 'must be at least 0 ms, or a score from 0 to 10' },
    );
}

export type MetricSampleRecording = z.infer<ReturnType<typeof recordMetricSampleSchema>>;
