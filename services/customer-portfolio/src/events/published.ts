import { customerRegistered, eventOf } from '@itsm/events';
import type { CustomerRecord } from '../entities/customer';

export function customerRegisteredEvent(customer: CustomerRecord) {
  return eventOf(customerRegistered, customer.id, {
    customerId: customer.id,
    code: customer.code,
    name: customer.name,
    segment: customer.segment,
    tier: customer.tier,
    status: customer.status,
    accountManager: customer.accountManager,
    relationshipLevel: customer.relationshipLevel,
    registeredAt: customer.createdAt.toISOString(),
  });
}
