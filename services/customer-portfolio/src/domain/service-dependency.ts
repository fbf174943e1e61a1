import { z } from 'zod';
import { BUSINESS_CRITICALITIES } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';
import { optionalText } from './inputs';

export type BusinessCriticality = (typeof BUSINESS_CRITICALITIES)[number];

const userCountSchema = z.number().int('must be a whole number').min(0).max(10_000_000);

export const addServiceDependencySchema = z.object({
  customerId: idSchema,
  // Services belong to service-level: the id is checked for shape only.
  serviceId: idSchema,
  criticality: z.enum(BUSINESS_CRITICALITIES),
  userCount: userCountSchema,
  businessProcess: optionalText(200),
});

export type NewServiceDependency = z.infer<typeof addServiceDependencySchema>;

export const updateServiceDependencySchema = z.object({
  id: idSchema,
  criticality: z.enum(BUSINESS_CRITICALITIES).optional(),
  userCount: userCountSchema.optional(),
  businessProcess: optionalText(200),
});

export type ServiceDependencyPatch = Omit<z.infer<typeof updateServiceDependencySchema>, 'id'>;

/** The most critical dependency first, then the one with the most users. */
export function byImpact(
  a: { criticality: BusinessCriticality; userCount: number },
  b: { criticality: BusinessCriticality; userCount: number },
): number {
  const rank = BUSINESS_CRITICALITIES.indexOf(a.criticality);
  return rank - BUSINESS_CRITICALITIES.indexOf(b.criticality) || b.userCount - a.userCount;
}
