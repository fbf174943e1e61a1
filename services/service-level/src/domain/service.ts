import { z } from 'zod';
import { SERVICE_LIFECYCLES } from '@itsm/events/contracts';
import { ConflictError, idSchema } from '@itsm/platform';

export type ServiceLifecycle = (typeof SERVICE_LIFECYCLES)[number];

export const registerServiceSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    description: z.string().trim().max(2000).nullish(),
    owner: z.string().trim().min(1, 'must not be empty').max(200),
    lifecycle: z.enum(SERVICE_LIFECYCLES).default('PIPELINE'),
    businessCalendarId: idSchema.nullish(),
  })
  .transform(({ businessCalendarId, ...service }) => ({
    ...service,
    calendarId: businessCalendarId ?? null,
  }));

export type ServiceRegistration = z.infer<typeof registerServiceSchema>;

export const changeLifecycleSchema = z.object({
  serviceId: idSchema,
  lifecycle: z.enum(SERVICE_LIFECYCLES),
});

export const assignCalendarSchema = z.object({
  serviceId: idSchema,
  businessCalendarId: idSchema.nullable().default(null),
});

/** PIPELINE → LIVE → RETIRED; a service still in the pipeline may also be retired unborn. */
export const LIFECYCLE_TRANSITIONS: Record<ServiceLifecycle, readonly ServiceLifecycle[]> = {
  PIPELINE: ['LIVE', 'RETIRED'],
  LIVE: ['RETIRED'],
  RETIRED: [],
};

export function checkLifecycleChange(from: ServiceLifecycle, to: ServiceLifecycle): void {
  const allowed = LIFECYCLE_TRANSITIONS[from];
  if (!allowed.includes(to)) {
    throw new ConflictError(
      `The service is ${from}; it can move to ${allowed.length ? allowed.join(', ') : 'nothing'}, not ${to}`,
      { details: { currentLifecycle: from, allowedLifecycles: allowed } },
    );
  }
}
