import type { DataSource } from 'typeorm';
import type { RequestContext } from '@itsm/subgraph-kit';
import { AgreementRepository } from './repositories/agreement-repository';
import { ServiceRepository } from './repositories/service-repository';
import { AgreementService } from './services/agreement-service';
import { ServiceCatalogueService } from './services/service-catalogue-service';

export interface Context extends RequestContext {
  catalogue: ServiceCatalogueService;
  agreements: AgreementService;
}

export function createContext(request: RequestContext, dataSource: DataSource): Context {
  const catalogue = new ServiceCatalogueService(request, new ServiceRepository(dataSource.manager));
  return {
    ...request,
    catalogue,
    agreements: new AgreementService(
      request,
      new AgreementRepository(dataSource.manager),
      catalogue,
    ),
  };
}
