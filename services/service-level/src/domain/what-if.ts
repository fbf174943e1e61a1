import { z } from 'zod';
import { idSchema } from '@itsm/platform';
import { defineCalendarSchema } from './business-calendar';
import { warningThresholdSchema } from './target';

/**
 * A what-if replay: a period that has begun, and the terms and calendar proposed for the
 * target; what the proposal leaves out stays as stored. The proposed value and compliance
 * are checked against the target's metric as a new target's would be.
 */
export function whatIfSchema(now: Date) {
  return z.object({
    targetId: idSchema,
    periodContaining: z.date().max(now, 'must not be in the future'),
    targetValue: z.number().nullable().default(null),
    compliancePercent: z.number().nullable().default(null),
    warningThresholdPercent: warningThresholdSchema.nullable().default(null),
    calendar: defineCalendarSchema.omit({ name: true }).nullable().default(null),
  });
}

export type WhatIfProposal = z.infer<ReturnType<typeof whatIfSchema>>;
