import type { DataSource } from 'typeorm';
import type { Transactions } from '@itsm/events';
import type { RequestContext } from '@itsm/subgraph-kit';
import { ChangeRequestRepository } from './repositories/change-request-repository';
import { ReleaseRepository } from './repositories/release-repository';
import { ScheduleRepository } from './repositories/schedule-repository';
import { ServiceDependencyReplicaRepository } from './repositories/service-dependency-replica-repository';
import { StandardChangeModelRepository } from './repositories/standard-change-model-repository';
import { ChangeRequestService } from './services/change-request-service';
import { ReleaseService } from './services/release-service';
import { ScheduleService } from './services/schedule-service';
import { ServiceDependencies } from './services/service-dependencies';
import { StandardChangeModelService } from './services/standard-change-model-service';

export interface Context extends RequestContext {
  changeRequests: ChangeRequestService;
  schedule: ScheduleService;
  releases: ReleaseService;
  standardChangeModels: StandardChangeModelService;
}

export function createContext(
  request: RequestContext,
  dataSource: DataSource,
  transactions: Transactions,
): Context {
  const changeRequestRepository = new ChangeRequestRepository(dataSource.manager);
  const dependencies = new ServiceDependencies(
    new ServiceDependencyReplicaRepository(dataSource.manager),
  );
  const changeRequests = new ChangeRequestService(
    request,
    changeRequestRepository,
    dependencies,
    transactions,
  );
  return {
    ...request,
    changeRequests,
    schedule: new ScheduleService(
      request,
      changeRequests,
      changeRequestRepository,
      new ScheduleRepository(dataSource.manager),
      transactions,
    ),
    standardChangeModels: new StandardChangeModelService(
      request,
      new StandardChangeModelRepository(dataSource.manager),
      transactions,
    ),
    releases: new ReleaseService(
      request,
      changeRequests,
      dependencies,
      new ReleaseRepository(dataSource.manager),
      transactions,
    ),
  };
}
