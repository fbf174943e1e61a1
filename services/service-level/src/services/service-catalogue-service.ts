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
import type { Transaction, Transactions } from '@itsm/events';
import {
  assignCalendarSchema,
  changeLifecycleSchema,
  checkLifecycleChange,
  registerServiceSchema,
} from '../domain/service';
import type { ServiceRecord } from '../entities/service';
import {
  serviceCalendarAssignedEvent,
  serviceLifecycleChangedEvent,
  serviceRegisteredEvent,
} from '../events/published';
import { CalendarRepository } from '../repositories/calendar-repository';
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

  async get(id: string, field = 'id'): Promise<ServiceRecord> {
    const service = await this.find(parseId(id, field));
    if (!service) throw new NotFoundError('Service', id, field);
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

  /** Fails with NOT_FOUND on the field when any of the services does not exist. */
  async requireAll(ids: readonly string[], field: string): Promise<ServiceRecord[]> {
    const services = await this.findMany(ids);
    const unknownId = ids.find((_id, index) => !services[index]);
    if (unknownId) throw new NotFoundError('Service', unknownId, field);
    return services as ServiceRecord[];
  }

  async register(input: unknown): Promise<ServiceRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'registerService');
    const registration = parseInput(registerServiceSchema, input);
    try {
      const service = await this.transactions.run(async (transaction) => {
        await requireCalendar(transaction, registration.calendarId);
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

  async changeLifecycle(input: unknown, now = new Date()): Promise<ServiceRecord> {
    const { caller } = this.request;
    requireAnyRole(caller, ['SERVICE_LEVEL_MANAGER'], 'changeServiceLifecycle');
    const { serviceId, lifecycle } = parseInput(changeLifecycleSchema, input);
    return this.transactions.run(async (transaction) => {
      const services = new ServiceRepository(transaction.manager);
      const service = await services.findForUpdate(serviceId);
      if (!service) throw new NotFoundError('Service', serviceId, 'input.serviceId');
      checkLifecycleChange(service.lifecycle, lifecycle);
      const changed = await services.update(service, { lifecycle });
      await transaction.publish(
        serviceLifecycleChangedEvent(changed, service.lifecycle, caller.subject, now),
      );
      return changed;
    });
  }

  async assignCalendar(input: unknown, now = new Date()): Promise<ServiceRecord> {
    const { caller } = this.request;
    requireAnyRole(caller, ['SERVICE_LEVEL_MANAGER'], 'assignBusinessCalendar');
    const { serviceId, businessCalendarId } = parseInput(assignCalendarSchema, input);
    return this.transactions.run(async (transaction) => {
      const services = new ServiceRepository(transaction.manager);
      const service = await services.findForUpdate(serviceId);
      if (!service) throw new NotFoundError('Service', serviceId, 'input.serviceId');
      await requireCalendar(transaction, businessCalendarId);
      const changed = await services.update(service, { calendarId: businessCalendarId });
      await transaction.publish(serviceCalendarAssignedEvent(changed, caller.subject, now));
      return changed;
    });
  }
}

async function requireCalendar(transaction: Transaction, calendarId: string | null) {
  if (!calendarId) return;
  const [calendar] = await new CalendarRepository(transaction.manager).findByIds([calendarId]);
  if (!calendar) {
    throw new NotFoundError('BusinessCalendar', calendarId, 'input.businessCalendarId');
  }
}
