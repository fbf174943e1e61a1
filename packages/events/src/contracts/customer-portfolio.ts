import { z } from 'zod';
import { defineEvent, defineTopic, eventIdSchema, timestampSchema } from '../contract';

export const CUSTOMER_TIERS = ['STRATEGIC', 'KEY', 'STANDARD'] as const;
export const CUSTOMER_STATUSES = ['PROSPECT', 'ACTIVE', 'FORMER'] as const;
export const RELATIONSHIP_LEVELS = [
  'BASIC',
  'REACTIVE',
  'ACCOUNTABLE',
  'PROACTIVE',
  'PARTNERSHIP',
] as const;

export const customerTopic = defineTopic({
  name: 'itsm.customer-portfolio.customer',
  key: 'The customer id.',
  description: 'The life of each customer in the business relationship portfolio.',
});

export const customerRegistered = defineEvent({
  type: 'itsm.customer-portfolio.customer.registered.v1',
  topic: customerTopic,
  summary: 'A customer was registered in the portfolio.',
  data: z.object({
    customerId: eventIdSchema,
    code: z.string(),
    name: z.string(),
    segment: z.string().nullable(),
    tier: z.enum(CUSTOMER_TIERS),
    status: z.enum(CUSTOMER_STATUSES),
    accountManager: z.string(),
    relationshipLevel: z.enum(RELATIONSHIP_LEVELS),
    registeredAt: timestampSchema,
  }),
});
