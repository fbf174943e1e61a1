import type { DataSource } from 'typeorm';
import type { Transactions } from '@itsm/events';
import type { RequestContext } from '@itsm/subgraph-kit';
import { AgreementRepository } from './repositories/agreement-repository';
import { OutageRepository } from './repositories/outage-repository';
import { ServiceRepository } from './repositories/service-repository';
import { AgreementService } from './services/agreement-service';
import { OutageService } from './services/outage-service';
import { ServiceCatalogueService } from './services/service-catalogue-service';

export interface Context extends RequestContext {
  catalogue: ServiceCatalogueService;
  agreements: AgreementService;
  outages: OutageService;
}

export function createContext(
  request: RequestContext,
  dataSource: DataSource,
  transactions: Transactions,
): Context {
  const catalogue = new ServiceCatalogueService(
    request,
    new ServiceRepository(dataSource.manager),
    transactions,
  );
  return {
    ...request,
    catalogue,
    agreements: new AgreementService(
      request,
      new AgreementRepository(dataSource.manager),
      catalogue,
      transactions,
    ),
    outages: new OutageService(
      request,
      new OutageRepository(dataSource.manager),
      catalogue,
      transactions,
    ),
  };
}
