import type { EntityManager } from 'typeorm';
import type { Transaction, Transactions } from '@itsm/events';
import {
  type Clock,
  canReadCustomer,
  ForbiddenError,
  hasRole,
  isCustomerScoped,
  NotFoundError,
  requireAnyRole,
} from '@itsm/platform';
import type { RequestContext } from '@itsm/subgraph-kit';
import type { CustomerRecord } from '../entities/customer';
import type { PortfolioSettings } from '../environment';
import { CustomerRepository } from '../repositories/customer-repository';

/** Who may read and write what in the portfolio, for one request. */
export class PortfolioAccess {
  constructor(
    private readonly request: RequestContext,
    private readonly settings: PortfolioSettings,
  ) {}

  private get caller() {
    return this.request.caller;
  }

  /** Who is recorded as having made a change. */
  get actor(): string {
    return this.caller.subject;
  }

  /** Writes need ACCOUNT_MANAGER or ADMIN. */
  requireWriter(action: string): void {
    requireAnyRole(this.caller, ['ACCOUNT_MANAGER'], action);
  }

  /** With ACCOUNT_MANAGER_WRITES=own, an ACCOUNT_MANAGER writes only to its own customers:
   * those it is the account manager of, and those its token lists in `customer_ids` (its
   * portfolio, as change-transition reads it). A customer being registered has no id yet. */
  requireWriterOf(
    customer: Pick<CustomerRecord, 'code' | 'accountManager'> & { id?: string },
    action: string,
  ) {
    if (this.settings.accountManagerWrites === 'all' || hasRole(this.caller, 'ADMIN')) return;
    if (customer.accountManager === this.caller.subject) return;
    if (customer.id && this.caller.customerIds.includes(customer.id)) return;
    throw new ForbiddenError(
      `${action}: ${this.caller.subject} may change only its own customers, and ` +
        `${customer.code} is managed by ${customer.accountManager}`,
    );
  }

  /** The provider's internal view is not shown to CUSTOMER callers. */
  requireInternalReader(what: string): void {
    if (isCustomerScoped(this.caller)) {
      throw new ForbiddenError(`${what} is not shown to CUSTOMER callers`);
    }
  }

  canRead(customerId: string): boolean {
    return canReadCustomer(this.caller, customerId);
  }

  /** The customers a CUSTOMER caller is limited to; null for every other caller. */
  scopedCustomerIds(): string[] | null {
    return isCustomerScoped(this.caller) ? this.caller.customerIds : null;
  }

  /** Locks the customer a write concerns for the rest of the transaction, after checking
   * that it exists and that the caller may write to it. */
  async lockCustomer(
    manager: EntityManager,
    customerId: string,
    field: string,
    action: string,
  ): Promise<CustomerRecord> {
    const customer = await new CustomerRepository(manager).lockById(customerId);
    if (!customer) throw new NotFoundError('Customer', customerId, field);
    this.requireWriterOf(customer, action);
    return customer;
  }
}

/** What every service of a request shares. */
export interface Portfolio {
  request: RequestContext;
  access: PortfolioAccess;
  transactions: Transactions;
  /** Reads outside a transaction. */
  manager: EntityManager;
  clock: Clock;
  settings: PortfolioSettings;
}

/**
 * Runs a change of one record of a customer in a transaction: finds the record (NOT_FOUND
 * on input.id), locks its customer after checking that the caller may write to it, and
 * reads the record again. Every write to a customer's records takes the customer's lock
 * first, so what `change` reads stays current until the transaction ends.
 */
export function changeOwnedRecord<Record extends { customerId: string }, Result>(
  portfolio: Portfolio,
  target: { entity: string; id: string; action: string },
  find: (manager: EntityManager) => Promise<Record | null>,
  change: (record: Record, transaction: Transaction, customer: CustomerRecord) => Promise<Result>,
): Promise<Result> {
  return portfolio.transactions.run(async (transaction) => {
    const found = await find(transaction.manager);
    if (!found) throw new NotFoundError(target.entity, target.id, 'input.id');
    const customer = await portfolio.access.lockCustomer(
      transaction.manager,
      found.customerId,
      'input.id',
      target.action,
    );
    return change((await find(transaction.manager))!, transaction, customer);
  });
}
