import { z } from 'zod';
import { CUSTOMER_STATUSES, CUSTOMER_TIERS, RELATIONSHIP_LEVELS } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';
import { isDecisionMaker, newContactSchema } from './contact';
import { moneySchema, optionalText, requiredText } from './inputs';
import { Lifecycle, transitionConflict } from './lifecycle';

export type CustomerTier = (typeof CUSTOMER_TIERS)[number];
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export type RelationshipLevel = (typeof RELATIONSHIP_LEVELS)[number];

export const MAX_CONTACTS_AT_REGISTRATION = 20;

export const registerCustomerSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'must be 2 to 32 letters, digits or dashes'),
    name: requiredText(200),
    segment: optionalText(100),
    tier: z.enum(CUSTOMER_TIERS),
    status: z.enum(CUSTOMER_STATUSES).default('PROSPECT'),
    accountManager: requiredText(200),
    relationshipLevel: z.enum(RELATIONSHIP_LEVELS).default('BASIC'),
    predictedAnnualValue: moneySchema.nullish(),
    contacts: z.array(newContactSchema).max(MAX_CONTACTS_AT_REGISTRATION).nullish(),
  })
  .refine(
    (customer) => customer.status !== 'ACTIVE' || (customer.contacts ?? []).some(isDecisionMaker),
    { path: ['contacts'], message: 'an ACTIVE customer needs a DECISION_MAKER among them' },
  );

export type CustomerRegistration = z.infer<typeof registerCustomerSchema>;

export const updateCustomerSchema = z.object({
  id: idSchema,
  name: requiredText(200).optional(),
  segment: optionalText(100),
  tier: z.enum(CUSTOMER_TIERS).optional(),
  status: z.enum(CUSTOMER_STATUSES).optional(),
  accountManager: requiredText(200).optional(),
  predictedAnnualValue: moneySchema.nullish(),
});

export type CustomerPatch = Omit<z.infer<typeof updateCustomerSchema>, 'id'>;

/** A prospect is won or lost; a customer may leave and come back, but never becomes a
 * prospect again. */
export const customerStatusLifecycle = new Lifecycle<CustomerStatus>('Customer', {
  PROSPECT: ['ACTIVE', 'FORMER'],
  ACTIVE: ['FORMER'],
  FORMER: ['ACTIVE'],
});

/** A customer becomes ACTIVE only with a DECISION_MAKER among its contacts. */
export function assertStatusChange(
  from: CustomerStatus,
  to: CustomerStatus,
  decisionMakers: number,
): void {
  const possible = customerStatusLifecycle.allowedFrom(from);
  const allowed = possible.filter((status) => status !== 'ACTIVE' || decisionMakers > 0);
  if (allowed.includes(to)) return;
  const waitsForDecisionMaker = possible.includes(to);
  throw transitionConflict(
    'Customer',
    from,
    to,
    allowed,
    waitsForDecisionMaker ? 'an ACTIVE customer needs a DECISION_MAKER contact first' : undefined,
  );
}

/** The relationship may move up or down by any number of levels, but must move. */
export const relationshipLevelLifecycle = new Lifecycle<RelationshipLevel>(
  'The relationship',
  Object.fromEntries(
    RELATIONSHIP_LEVELS.map((level) => [level, RELATIONSHIP_LEVELS.filter((to) => to !== level)]),
  ) as Record<RelationshipLevel, RelationshipLevel[]>,
);

export const changeRelationshipLevelSchema = z.object({
  customerId: idSchema,
  level: z.enum(RELATIONSHIP_LEVELS),
  reason: requiredText(1000),
});

export const recordRevenueSchema = z.object({
  customerId: idSchema,
  period: z
    .string()
    .trim()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM'),
  revenue: moneySchema,
});
