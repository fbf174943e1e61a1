import DataLoader from 'dataloader';
import { z } from 'zod';
import {
  ConflictError,
  canReadCustomer,
  isCustomerScoped,
  idSchema,
  normalizeId,
  NotFoundError,
  parseId,
  parseInput,
  requireAnyRole,
} from '@itsm/platform';
import {
  connectionOf,
  isUniqueViolation,
  oneByKey,
  type PageArguments,
  pageRequest,
  type RequestContext,
} from '@itsm/subgraph-kit';
import type { Transactions } from '@itsm/events';
import { registerCustomerSchema } from '../domain/customer';
import type { CustomerRecord } from '../entities/customer';
import { customerRegisteredEvent } from '../events/published';
import { CustomerRepository } from '../repositories/customer-repository';

const customerSortKey = z.tuple([z.string(), idSchema]);

export class CustomerService {
  private readonly byId = new DataLoader<string, CustomerRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (customer) => customer.id),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: CustomerRepository,
    private readonly transactions: Transactions,
  ) {}

  async list(args: PageArguments) {
    const page = pageRequest(args, customerSortKey);
    const { caller } = this.request;
    const rows = await this.repository.page(
      page,
      isCustomerScoped(caller) ? caller.customerIds : null,
    );
    return connectionOf(rows, page, (customer) => [customer.name, customer.id]);
  }

  async get(id: string): Promise<CustomerRecord> {
    const customer = await this.findVisible(parseId(id));
    if (!customer) throw new NotFoundError('Customer', id, 'id');
    return customer;
  }

  /** Resolves a federation reference: null when the customer is unknown or not the caller's. */
  async findVisible(id: string): Promise<CustomerRecord | null> {
    const key = normalizeId(id);
    if (!key || !canReadCustomer(this.request.caller, key)) return null;
    return this.byId.load(key);
  }

  async register(input: unknown): Promise<CustomerRecord> {
    requireAnyRole(this.request.caller, ['ACCOUNT_MANAGER'], 'registerCustomer');
    const registration = parseInput(registerCustomerSchema, input);
    try {
      const customer = await this.transactions.run(async (transaction) => {
        const registered = await new CustomerRepository(transaction.manager).insert(registration);
        await transaction.publish(customerRegisteredEvent(registered));
        return registered;
      });
      this.request.logger.info({ customerId: customer.id }, 'customer registered');
      return customer;
    } catch (error) {
      if (isUniqueViolation(error, 'customer_code_unique')) {
        throw new ConflictError(`A customer with code ${registration.code} already exists`, {
          field: 'input.code',
        });
      }
      throw error;
    }
  }
}
