import { z } from 'zod';
import { idSchema } from '@itsm/platform';
import { referenceSchema } from './measurement';

/** An outage of a service. An outage still going on has no end yet. Neither end may lie in
 * the future: outages are recorded as observed, not planned. */
export function recordOutageSchema(now: Date) {
  return z
    .object({
      serviceId: idSchema,
      reference: referenceSchema.nullable().default(null),
      startedAt: z.date().max(now, 'must not be in the future'),
      endedAt: z.date().max(now, 'must not be in the future').nullable().default(null),
      description: z.string().trim().min(1, 'must not be empty').max(2000).nullable().default(null),
    })
    .refine((outage) => !outage.endedAt || outage.endedAt > outage.startedAt, {
      path: ['endedAt'],
      message: 'must be after startedAt',
    });
}

export type OutageRecording = z.infer<ReturnType<typeof recordOutageSchema>>;

export function endOutageSchema(now: Date) {
  return z.object({
    outageId: idSchema,
    endedAt: z.date().max(now, 'must not be in the future'),
  });
}
