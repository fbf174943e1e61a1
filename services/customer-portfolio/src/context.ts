import type { DataSource } from 'typeorm';
import type { Transactions } from '@itsm/events';
import type { RequestContext } from '@itsm/subgraph-kit';
import { CustomerRepository } from './repositories/customer-repository';
import { CustomerService } from './services/customer-service';

export interface Context extends RequestContext {
  customers: CustomerService;
}

export function createContext(
  request: RequestContext,
  dataSource: DataSource,
  transactions: Transactions,
): Context {
  return {
    ...request,
    customers: new CustomerService(
      request,
      new CustomerRepository(dataSource.manager),
      transactions,
    ),
  };
}
