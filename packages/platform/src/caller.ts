import { z } from 'zod';
import { ForbiddenError } from './errors';
import { idSchema } from './validation';

export const ROLES = [
  'ADMIN',
  'ACCOUNT_MANAGER',
  'SERVICE_LEVEL_MANAGER',
  'CHANGE_MANAGER',
  'CAB_MEMBER',
  'IMPROVEMENT_MANAGER',
  'ANALYST',
  'CUSTOMER',
] as const;

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Who is calling: the verified subject, its roles and, for CUSTOMER callers, the
 * customers it may see. */
export interface Caller {
  subject: string;
  roles: Role[];
  customerIds: string[];
}

export const callerSchema = z.object({
  subject: z.string().min(1).max(200),
  roles: z.array(roleSchema).min(1),
  customerIds: z.array(idSchema).default([]),
});

export function hasRole(caller: Caller, role: Role): boolean {
  return caller.roles.includes(role);
}

/** ADMIN may do anything; otherwise the caller needs one of `roles`. */
export function requireAnyRole(caller: Caller, roles: readonly Role[], action: string): void {
  if (hasRole(caller, 'ADMIN') || roles.some((role) => hasRole(caller, role))) return;
  throw new ForbiddenError(`${action} requires one of the roles ${roles.join(', ')}`);
}

/** A CUSTOMER caller reads only its own customers; every other role reads them all. */
export function isCustomerScoped(caller: Caller): boolean {
  return !caller.roles.some((role) => role !== 'CUSTOMER');
}

export function canReadCustomer(caller: Caller, customerId: string | null | undefined): boolean {
  if (!isCustomerScoped(caller)) return true;
  return customerId != null && caller.customerIds.includes(customerId);
}
