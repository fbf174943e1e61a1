import DataLoader from 'dataloader';
import type { Transactions } from '@itsm/events';
import { NotFoundError, parseInput, requireAnyRole } from '@itsm/platform';
import { manyByKey, type RequestContext } from '@itsm/subgraph-kit';
import { recordOutageSchema } from '../domain/outage';
import type { OutageRecord } from '../entities/outage';
import { outageRecordedEvent } from '../events/published';
import { OutageRepository } from '../repositories/outage-repository';
import type { ServiceCatalogueService } from './service-catalogue-service';

/** Outages of catalogue services: what availability is measured from. */
export class OutageService {
  private readonly byServiceId = new DataLoader<string, OutageRecord[]>(async (ids) =>
    manyByKey(ids, await this.repository.findByServiceIds(ids), (outage) => outage.serviceId),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: OutageRepository,
    private readonly catalogue: ServiceCatalogueService,
    private readonly transactions: Transactions,
  ) {}

  ofService(serviceId: string): Promise<OutageRecord[]> {
    return this.byServiceId.load(serviceId);
  }

  async record(input: unknown, now = new Date()): Promise<OutageRecord> {
    const { caller } = this.request;
    requireAnyRole(caller, ['SERVICE_LEVEL_MANAGER'], 'recordOutage');
    const recording = parseInput(recordOutageSchema(now), input);
    const [service] = await this.catalogue.findMany([recording.serviceId]);
    if (!service) throw new NotFoundError('Service', recording.serviceId, 'input.serviceId');
    const outage = await this.transactions.run(async (transaction) => {
      const recorded = await new OutageRepository(transaction.manager).insert(
        recording,
        caller.subject,
      );
      await transaction.publish(outageRecordedEvent(recorded));
      return recorded;
    });
    this.request.logger.info({ outageId: outage.id }, 'outage recorded');
    return outage;
  }
}
