import type { DataSource } from 'typeorm';
import type { Transactions } from '@itsm/events';
import type { RequestContext } from '@itsm/subgraph-kit';
import { ImprovementInitiativeRepository } from './repositories/improvement-initiative-repository';
import { ImprovementService } from './services/improvement-service';

export interface Context extends RequestContext {
  improvements: ImprovementService;
}

export function createContext(
  request: RequestContext,
  dataSource: DataSource,
  transactions: Transactions,
): Context {
  return {
    ...request,
    improvements: new ImprovementService(
      request,
      new ImprovementInitiativeRepository(dataSource.manager),
      transactions,
    ),
  };
}
