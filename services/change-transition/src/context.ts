import type { DataSource } from 'typeorm';
import type { Transactions } from '@itsm/events';
import type { RequestContext } from '@itsm/subgraph-kit';
import { ChangeRequestRepository } from './repositories/change-request-repository';
import { ChangeRequestService } from './services/change-request-service';

export interface Context extends RequestContext {
  changeRequests: ChangeRequestService;
}

export function createContext(
  request: RequestContext,
  dataSource: DataSource,
  transactions: Transactions,
): Context {
  return {
    ...request,
    changeRequests: new ChangeRequestService(
      request,
      new ChangeRequestRepository(dataSource.manager),
      transactions,
    ),
  };
}
