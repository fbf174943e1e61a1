import { z } from 'zod';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';

export type AgreementType = (typeof AGREEMENT_TYPES)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const draftAgreementSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    type: z.enum(AGREEMENT_TYPES),
    customerId: idSchema.nullable().default(null),
    serviceIds: z
      .array(idSchema)
      .min(1, 'must name at least one service')
      .refine((ids) => new Set(ids).size === ids.length, 'must not name a service twice'),
    validFrom: z.date().nullable().default(null),
    validTo: z.date().nullable().default(null),
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
    if (draft.validFrom && draft.validTo && draft.validTo <= draft.validFrom) {
      context.addIssue({ code: 'custom', path: ['validTo'], message: 'must be after validFrom' });
    }
  });

export type AgreementDraft = z.infer<typeof draftAgreementSchema>;
