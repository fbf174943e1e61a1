import { z } from 'zod';
import { CUSTOMER_STATUSES, CUSTOMER_TIERS, RELATIONSHIP_LEVELS } from '@itsm/events/contracts';

export type CustomerTier = (typeof CUSTOMER_TIERS)[number];
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export type RelationshipLevel = (typeof RELATIONSHIP_LEVELS)[number];

export const registerCustomerSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'must be 2 to 32 letters, digits or dashes'),
  name: z.string().trim().min(1, 'must not be empty').max(200),
  segment: z.string().trim().min(1).max(100).nullish(),
  tier: z.enum(CUSTOMER_TIERS),
  status: z.enum(CUSTOMER_STATUSES).default('PROSPECT'),
  accountManager: z.string().trim().min(1, 'must not be empty').max(200),
  relationshipLevel: z.enum(RELATIONSHIP_LEVELS).default('BASIC'),
});

export type CustomerRegistration = z.infer<typeof registerCustomerSchema>;
