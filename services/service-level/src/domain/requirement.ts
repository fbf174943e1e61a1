import { z } from 'zod';
import { idSchema } from '@itsm/platform';
import { requiredTargetSchema } from './target';

export type { RequiredTarget } from './target';
export type RequirementStatus = 'CAPTURED' | 'DRAFTED';

export const captureRequirementSchema = z.object({
  customerId: idSchema,
  title: z.string().trim().min(1, 'must not be empty').max(200),
  serviceIds: z
    .array(idSchema)
    .min(1, 'must name at least one service')
    .refine((ids) => new Set(ids).size === ids.length, 'must not name a service twice'),
  targets: z.array(requiredTargetSchema).min(1, 'must state at least one target'),
});

export type RequirementCapture = z.infer<typeof captureRequirementSchema>;
