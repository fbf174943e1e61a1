import { BUSINESS_CRITICALITIES } from '@itsm/events/contracts';

/** How much a customer's business needs a service, most critical first (customer-portfolio's
 * scale). */
export type BusinessCriticality = (typeof BUSINESS_CRITICALITIES)[number];

/** A customer that depends on a changed service this much must sign off the release that
 * changes it: HIGH and above. */
export const SIGN_OFF_CRITICALITIES: readonly BusinessCriticality[] = BUSINESS_CRITICALITIES.slice(
  0,
  BUSINESS_CRITICALITIES.indexOf('HIGH') + 1,
);

export function requiresSignOff(criticality: BusinessCriticality): boolean {
  return SIGN_OFF_CRITICALITIES.includes(criticality);
}

/** What customer-portfolio's events say of one of its service dependencies. */
export interface DependencyFacts {
  dependencyId: string;
  customerId: string;
  serviceId: string;
  criticality: BusinessCriticality;
  /** When customer-portfolio made the change that the facts describe. */
  asOf: Date;
}

/** One dependency as change-transition keeps it. A removed one stays, as a tombstone. */
export interface ReplicatedDependency extends DependencyFacts {
  removedAt: Date | null;
}

export type DependencyChange = 'ADDED' | 'UPDATED' | 'REMOVED';

/**
 * The replica of a dependency after an event about it, or null when the event changes nothing.
 * Events may come twice or out of order, so:
 * - a removal is final, and kept as a tombstone: customer-portfolio deletes the dependency and
 *   gives one added again a new id, so an addition or update arriving after the removal is
 *   older news and must not bring it back;
 * - otherwise the newest facts win, by the time customer-portfolio made the change: an
 *   addition arriving after an update is ignored.
 */
export function replicate(
  current: ReplicatedDependency | null,
  change: DependencyChange,
  facts: DependencyFacts,
): ReplicatedDependency | null {
  if (current?.removedAt) return null;
  if (change === 'REMOVED') return { ...facts, removedAt: facts.asOf };
  if (current && facts.asOf < current.asOf) return null;
  return { ...facts, removedAt: null };
}
