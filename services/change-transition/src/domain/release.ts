import { z } from 'zod';
import { idSchema } from '@itsm/platform';
import type { ChangeState } from './change-request';

export const MAX_RELEASE_CHANGES = 50;

export const createReleaseSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().max(5000).nullish(),
  changeRequestIds: z
    .array(idSchema)
    .min(1, 'must name at least one change request')
    .max(MAX_RELEASE_CHANGES)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name a change request twice'),
});

export type ReleaseDraft = z.infer<typeof createReleaseSchema>;

export const acceptanceCriteriaSchema = z.object({
  releaseId: idSchema,
  customerId: idSchema,
  criteria: z.string().trim().min(1, 'must not be empty').max(10_000),
});

/** The contact lives in customer-portfolio: its id and name are recorded as given. */
export const signOffSchema = z.object({
  releaseId: idSchema,
  customerId: idSchema,
  contactId: idSchema,
  contactName: z.string().trim().min(1, 'must not be empty').max(200),
});

export interface Acceptance {
  customerId: string;
  signedOffAt: Date | null;
}

/** The affected customers whose user acceptance is not yet signed off, in the order given. */
export function customersAwaitingSignOff(
  affectedCustomerIds: readonly string[],
  acceptances: readonly Acceptance[],
): string[] {
  const signedOff = new Set(
    acceptances.filter(({ signedOffAt }) => signedOffAt).map(({ customerId }) => customerId),
  );
  return affectedCustomerIds.filter((customerId) => !signedOff.has(customerId));
}

export function releaseReference(number: string): string {
  return `REL-${number.padStart(6, '0')}`;
}

/** A change joins a release before its implementation starts, and not once it is over. */
export const RELEASABLE_STATES: readonly ChangeState[] = [
  'DRAFT',
  'SUBMITTED',
  'ASSESSED',
  'AUTHORIZED',
  'SCHEDULED',
];

/** The customers a release's changes are raised for, each once, in the order of the changes. */
export function affectedCustomerIds(changes: readonly { customerId: string | null }[]): string[] {
  return [
    ...new Set(changes.flatMap(({ customerId }) => (customerId === null ? [] : [customerId]))),
  ];
}
