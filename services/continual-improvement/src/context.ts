import type { DataSource } from 'typeorm';
import type { Transactions } from '@itsm/events';
import type { RequestContext } from '@itsm/subgraph-kit';
import type { ImprovementSettings } from './environment';
import { ImprovementInitiativeRepository } from './repositories/improvement-initiative-repository';
import { KpiSeriesRepository } from './repositories/kpi-series-repository';
import { ImprovementService } from './services/improvement-service';
import { KpiService } from './services/kpi-service';

export interface Context extends RequestContext {
  improvements: ImprovementService;
  kpis: KpiService;
}

export function createContext(
  request: RequestContext,
  dataSource: DataSource,
  transactions: Transactions,
  settings: ImprovementSettings,
): Context {
  return {
    ...request,
    improvements: new ImprovementService(
      request,
      new ImprovementInitiativeRepository(dataSource.manager),
      transactions,
    ),
    kpis: new KpiService(request, new KpiSeriesRepository(dataSource.manager), settings),
  };
}
