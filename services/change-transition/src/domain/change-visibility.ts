import { SCHEDULE_STATES } from './change-lifecycle';
import type { ChangeState } from './change-request';

/**
 * States of a change that is authorised to touch its services, or did. Customers that depend
 * on those services see it in these states only: drafts, pending approvals, rejections and
 * cancellations never touched their services, and are the business of the customer the change
 * is raised for.
 */
export const SHOWN_TO_DEPENDENTS: readonly ChangeState[] = ['AUTHORIZED', ...SCHEDULE_STATES];

/** What a customer-scoped caller acts for: its customers, and the services they depend on. */
export interface CustomerScope {
  customerIds: readonly string[];
  dependedServiceIds: ReadonlySet<string>;
}

/** Whether a customer-scoped caller sees a change: one raised for one of its customers, in
 * any state, or one that affects a service they depend on, once it is authorised. */
export function seenByCustomers(
  change: { customerId: string | null; state: ChangeState },
  serviceIds: readonly string[],
  scope: CustomerScope,
): boolean {
  if (change.customerId !== null && scope.customerIds.includes(change.customerId)) return true;
  return (
    SHOWN_TO_DEPENDENTS.includes(change.state) &&
    serviceIds.some((serviceId) => scope.dependedServiceIds.has(serviceId))
  );
}
