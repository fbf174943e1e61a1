import { z } from 'zod';
import {
  AGREEMENT_LEVELS,
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  SIGNATORY_PARTIES,
} from '@itsm/events/contracts';
import { ConflictError, idSchema, ValidationError } from '@itsm/platform';

export type AgreementType = (typeof AGREEMENT_TYPES)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type AgreementLevel = (typeof AGREEMENT_LEVELS)[number];
export type SignatoryParty = (typeof SIGNATORY_PARTIES)[number];

const nameSchema = z.string().trim().min(1, 'must not be empty').max(200);

/** The terms of an agreement other than its parties and services. */
const termsShape = {
  name: nameSchema,
  level: z.enum(AGREEMENT_LEVELS).nullable().default(null),
  parentId: idSchema.nullable().default(null),
  validFrom: z.date().nullable().default(null),
  validTo: z.date().nullable().default(null),
  reviewDate: z.date().nullable().default(null),
};

type Terms = {
  type: AgreementType;
  level: AgreementLevel | null;
  parentId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
};

function checkTerms(terms: Terms, context: z.RefinementCtx) {
  const issue = (path: string, message: string) =>
    context.addIssue({ code: 'custom', path: [path], message });
  if (terms.type === 'MULTI_LEVEL') {
    if (terms.level === null) issue('level', 'a MULTI_LEVEL agreement needs a level');
    else if (terms.level === 'CORPORATE' && terms.parentId !== null) {
      issue('parentId', 'the CORPORATE level is the top and has no parent');
    } else if (terms.level !== 'CORPORATE' && terms.parentId === null) {
      issue('parentId', `the ${terms.level} level needs the level above as its parent`);
    }
  } else {
    if (terms.level !== null) issue('level', 'only a MULTI_LEVEL agreement has levels');
    if (terms.parentId !== null) issue('parentId', 'only a MULTI_LEVEL agreement has a parent');
  }
  if (terms.validFrom && terms.validTo && terms.validTo <= terms.validFrom) {
    issue('validTo', 'must be after validFrom');
  }
}

export const draftAgreementSchema = z
  .object({
    ...termsShape,
    type: z.enum(AGREEMENT_TYPES),
    customerId: idSchema.nullable().default(null),
    serviceIds: z
      .array(idSchema)
      .min(1, 'must name at least one service')
      .refine((ids) => new Set(ids).size === ids.length, 'must not name a service twice'),
  })
  .superRefine((draft, context) => {
    if (draft.type === 'SERVICE_BASED') {
      if (draft.customerId !== null) {
        context.addIssue({
          code: 'custom',
          path: ['customerId'],
          message: 'a service-based agreement covers every customer and names none',
        });
      }
      if (draft.serviceIds.length !== 1) {
        context.addIssue({
          code: 'custom',
          path: ['serviceIds'],
          message: 'a service-based agreement covers exactly one service',
        });
      }
    } else if (draft.customerId === null) {
      context.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: `a ${draft.type} agreement needs a customer`,
      });
    }
    if (draft.level === 'SERVICE' && draft.serviceIds.length !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['serviceIds'],
        message: 'the SERVICE level covers exactly one service',
      });
    }
    checkTerms(draft, context);
  });

export type AgreementDraft = z.infer<typeof draftAgreementSchema>;

/** An agreement drafted from a requirement takes its customer and services from it. */
export const draftFromRequirementSchema = z
  .object({
    ...termsShape,
    requirementId: idSchema,
    type: z
      .enum(AGREEMENT_TYPES)
      .default('CUSTOMER_BASED')
      .refine((type) => type !== 'SERVICE_BASED', {
        message: 'a requirement is one customer’s, so its agreement names that customer',
      }),
  })
  .superRefine(checkTerms);

export interface FamilyMember {
  id: string;
  type: AgreementType;
  level: AgreementLevel | null;
  customerId: string | null;
}

/** A lower level hangs under the level right above it, for the same customer, and covers
 * only services the level above covers. */
export function checkParent(
  draft: Pick<AgreementDraft, 'level' | 'customerId' | 'serviceIds'>,
  parent: FamilyMember,
  parentServiceIds: readonly string[],
): void {
  const above = draft.level && AGREEMENT_LEVELS[AGREEMENT_LEVELS.indexOf(draft.level) - 1];
  if (parent.type !== 'MULTI_LEVEL' || parent.level !== above) {
    throw new ValidationError(
      'input.parentId',
      `input.parentId: the ${draft.level} level hangs under a ${above} level, not ` +
        `${parent.level ? `a ${parent.level} level` : `a ${parent.type} agreement`}`,
    );
  }
  if (parent.customerId !== draft.customerId) {
    throw new ValidationError(
      'input.parentId',
      'input.parentId: the level above belongs to another customer',
    );
  }
  const outside = draft.serviceIds.find((id) => !parentServiceIds.includes(id));
  if (outside) {
    throw new ValidationError(
      'input.serviceIds',
      `input.serviceIds: service ${outside} is not covered by the level above`,
    );
  }
}

/** The lifecycle: DRAFT → NEGOTIATING → AGREED → ACTIVE → UNDER_REVIEW → EXPIRED or
 * TERMINATED. Negotiation may send a draft back; a review ends ACTIVE again, back in
 * negotiation, expired or terminated. EXPIRED and TERMINATED are final. */
export const AGREEMENT_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  DRAFT: ['NEGOTIATING', 'TERMINATED'],
  NEGOTIATING: ['DRAFT', 'AGREED', 'TERMINATED'],
  AGREED: ['NEGOTIATING', 'ACTIVE', 'TERMINATED'],
  ACTIVE: ['UNDER_REVIEW', 'EXPIRED', 'TERMINATED'],
  UNDER_REVIEW: ['ACTIVE', 'NEGOTIATING', 'EXPIRED', 'TERMINATED'],
  EXPIRED: [],
  TERMINATED: [],
};

/** The statuses in which an agreement is in force and measured. */
export const IN_FORCE: readonly AgreementStatus[] = ['ACTIVE', 'UNDER_REVIEW'];

/** The statuses in which its terms (targets, signatures) are still being settled. */
export const OPEN_TERMS: readonly AgreementStatus[] = ['DRAFT', 'NEGOTIATING'];

export function checkTransition(from: AgreementStatus, to: AgreementStatus): void {
  const allowed = AGREEMENT_TRANSITIONS[from];
  if (!allowed.includes(to)) {
    throw new ConflictError(
      `The agreement is ${from}; it can move to ${allowed.length ? allowed.join(', ') : 'nothing'}, not ${to}`,
      { details: { currentStatus: from, allowedStatuses: allowed } },
    );
  }
}

export function transitionSchema(now: Date) {
  return z
    .object({
      agreementId: idSchema,
      to: z.enum(AGREEMENT_STATUSES),
      reviewDate: z.date().min(now, 'must be in the future').nullable().default(null),
    })
    .strict();
}

export const signAgreementSchema = z.object({
  agreementId: idSchema,
  name: nameSchema,
  role: nameSchema,
  party: z.enum(SIGNATORY_PARTIES),
});

/** AGREED means both parties signed. */
export function missingParties(parties: readonly SignatoryParty[]): SignatoryParty[] {
  return SIGNATORY_PARTIES.filter((party) => !parties.includes(party));
}
