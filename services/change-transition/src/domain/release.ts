import { z } from 'zod';
import { idSchema } from '@itsm/platform';
import type { ChangeState } from './change-request';
import { type BusinessCriticality, requiresSignOff } from './service-dependency';

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

/** The customers changes are raised for, each once, in the order of the changes. */
export function customersRaisedFor(changes: readonly { customerId: string | null }[]): string[] {
  return [
    ...new Set(changes.flatMap(({ customerId }) => (customerId === null ? [] : [customerId]))),
  ];
}

/** A change of a release, with the services it affects. */
export interface ReleasedChange {
  customerId: string | null;
  serviceIds: readonly string[];
}

/** A customer's dependency on a service, as customer-portfolio last said. */
export interface Dependency {
  customerId: string;
  serviceId: string;
  criticality: BusinessCriticality;
}

/**
 * The customers a release affects, each of whom must sign off its user acceptance before it
 * deploys: those its changes are raised for, in the order of the changes, then those that
 * depend on a service of its changes at a criticality that requires a sign-off (HIGH and
 * above), in the order of the changes, of their services and of `dependencies`.
 */
export function affectedCustomerIds(
  changes: readonly ReleasedChange[],
  dependencies: readonly Dependency[],
): string[] {
  const dependents = changes.flatMap(({ serviceIds }) =>
    serviceIds.flatMap((serviceId) =>
      dependencies
        .filter((dependency) => dependency.serviceId === serviceId)
        .filter(({ criticality }) => requiresSignOff(criticality))
        .map(({ customerId }) => customerId),
    ),
  );
  return [...new Set([...customersRaisedFor(changes), ...dependents])];
}
