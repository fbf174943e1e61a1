import { z } from 'zod';
import { CONTACT_ROLES } from '@itsm/events/contracts';
import { ConflictError, idSchema, NotFoundError, ValidationError } from '@itsm/platform';
import { optionalText, requiredText } from './inputs';

export type ContactRole = (typeof CONTACT_ROLES)[number];

const rolesSchema = z
  .array(z.enum(CONTACT_ROLES))
  .min(1, 'must name at least one role')
  .refine((roles) => new Set(roles).size === roles.length, 'must not name a role twice');

const emailSchema = z.email('must be an email address').max(254).toLowerCase();
const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{3,29}$/, 'must be a phone number of digits, spaces, ( ) and -');

export const newContactSchema = z.object({
  name: requiredText(200),
  email: z.string().trim().pipe(emailSchema).nullish(),
  phone: phoneSchema.nullish(),
  jobTitle: optionalText(200),
  roles: rolesSchema,
});

export type NewContact = z.infer<typeof newContactSchema>;

export const addContactSchema = newContactSchema.extend({ customerId: idSchema });

export const updateContactSchema = z.object({
  id: idSchema,
  name: requiredText(200).optional(),
  email: z.string().trim().pipe(emailSchema).nullish(),
  phone: phoneSchema.nullish(),
  jobTitle: optionalText(200),
  roles: rolesSchema.optional(),
});

export type ContactPatch = Omit<z.infer<typeof updateContactSchema>, 'id'>;

/** What a contact is for the rules below. */
export interface ContactFacts {
  id: string;
  customerId: string;
  roles: readonly ContactRole[];
  removedAt: Date | null;
}

export function isDecisionMaker(contact: Pick<ContactFacts, 'roles'>): boolean {
  return contact.roles.includes('DECISION_MAKER');
}

/** Every ACTIVE customer keeps at least one DECISION_MAKER: refuses a change that would
 * leave `remaining` of them. */
export function assertKeepsDecisionMaker(
  customer: { code: string; status: string },
  remaining: number,
): void {
  if (customer.status !== 'ACTIVE' || remaining > 0) return;
  throw new ConflictError(
    `Customer ${customer.code} is ACTIVE and must keep at least one DECISION_MAKER`,
    { details: { currentState: 'ACTIVE', rule: 'ACTIVE_CUSTOMER_NEEDS_DECISION_MAKER' } },
  );
}

/** A contact named in an input must exist and belong to the customer concerned. */
export function assertContactOf<Contact extends ContactFacts>(
  contact: Contact | undefined,
  contactId: string,
  customerId: string,
  field: string,
): asserts contact is Contact {
  if (!contact) throw new NotFoundError('Contact', contactId, field);
  if (contact.customerId !== customerId) {
    throw new ValidationError(field, `${field}: must be a contact of the same customer`);
  }
}

/** Only a current DECISION_MAKER or SPONSOR of the customer may agree or sign off on the
 * customer's behalf. */
export function assertMaySignFor(contact: ContactFacts, field: string): void {
  if (contact.removedAt) {
    throw new ValidationError(field, `${field}: the contact was removed`);
  }
  if (!contact.roles.some((role) => role === 'DECISION_MAKER' || role === 'SPONSOR')) {
    throw new ValidationError(field, `${field}: must be a DECISION_MAKER or SPONSOR`);
  }
}

/** Contacts grouped by role, in the order given; one with several roles is in each group. */
export function stakeholdersOf<Contact extends Pick<ContactFacts, 'roles'>>(contacts: Contact[]) {
  const holding = (role: ContactRole) => contacts.filter((contact) => contact.roles.includes(role));
  return {
    decisionMakers: holding('DECISION_MAKER'),
    sponsors: holding('SPONSOR'),
    keyUsers: holding('KEY_USER'),
    users: holding('USER'),
    billing: holding('BILLING'),
  };
}
