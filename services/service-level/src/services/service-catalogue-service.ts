import DataLoader from 'dataloader';
import { z } from 'zod';
import {
  ConflictError,
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
import { registerServiceSchema } from '../domain/service';
import type { ServiceRecord } from '../entities/service';
import { serviceRegisteredEvent } from '../events/published';
import { ServiceRepository } from '../repositories/service-repository';

const serviceSortKey = z.tuple([z.string(), idSchema]);

/** The service catalogue, which every authenticated caller may read. */
export class ServiceCatalogueService {
  private readonly byId = new DataLoader<string, ServiceRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (service) => service.id),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: ServiceRepository,
    private readonly transactions: Transactions,
  ) {}

  async list(args: PageArguments) {
    const page = pageRequest(args, serviceSortKey);
    const rows = await this.repository.page(page);
    return connectionOf(rows, page, (service) => [service.name, service.id]);
  }

  async get(id: string): Promise<ServiceRecord> {
    const service = await this.find(parseId(id));
    if (!service) throw new NotFoundError('Service', id, 'id');
    return service;
  }

  /** Resolves a federation reference: null when the id is malformed or unknown. */
  async find(id: string): Promise<ServiceRecord | null> {
    const key = normalizeId(id);
    return key ? this.byId.load(key) : null;
  }

  /** One entry per id, null where the service does not exist; one statement for all. */
  findMany(ids: readonly string[]): Promise<(ServiceRecord | null)[]> {
    return Promise.all(ids.map((id) => this.byId.load(id)));
  }

  async register(input: unknown): Promise<ServiceRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'registerService');
    const registration = parseInput(registerServiceSchema, input);
    try {
      const service = await this.transactions.run(async (transaction) => {
        const registered = await new ServiceRepository(transaction.manager).insert(registration);
        await transaction.publish(serviceRegisteredEvent(registered));
        return registered;
      });
      this.request.logger.info({ serviceId: service.id }, 'service registered');
      return service;
    } catch (error) {
      if (isUniqueViolation(error, 'service_name_unique')) {
        throw new ConflictError(`A service named ${registration.name} already exists`, {
          field: 'input.name',
        });
      }
      throw error;
    }
  }
}
