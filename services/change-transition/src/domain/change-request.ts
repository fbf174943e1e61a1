import { z } from 'zod';
import { CHANGE_STATES, CHANGE_TYPES } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';

export type ChangeType = (typeof CHANGE_TYPES)[number];
export type ChangeState = (typeof CHANGE_STATES)[number];

export const MAX_AFFECTED_SERVICES = 50;

// Customers and services belong to other subgraphs: their ids are checked for shape only.
export const raiseChangeRequestSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().max(5000).nullish(),
  type: z.enum(CHANGE_TYPES),
  customerId: idSchema.nullish(),
  serviceIds: z
    .array(idSchema)
    .min(1, 'must name at least one service')
    .max(MAX_AFFECTED_SERVICES)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name a service twice'),
});

export type ChangeRequestDraft = z.infer<typeof raiseChangeRequestSchema>;

/** The human-readable reference of a change request, from its sequence number; PostgreSQL
 * returns a bigint as a decimal string. */
export function changeReference(number: string): string {
  return `CHG-${number.padStart(6, '0')}`;
}
