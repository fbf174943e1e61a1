import DataLoader from 'dataloader';
import {
  serviceDependencyAdded,
  serviceDependencyRemoved,
  serviceDependencyUpdated,
  type Transaction,
} from '@itsm/events';
import { ConflictError, normalizeId, parseInput } from '@itsm/platform';
import { isUniqueViolation, manyByKey } from '@itsm/subgraph-kit';
import { recordIdSchema } from '../domain/inputs';
import { applyPatch } from '../domain/patch';
import {
  addServiceDependencySchema,
  byImpact,
  updateServiceDependencySchema,
} from '../domain/service-dependency';
import type { CustomerRecord } from '../entities/customer';
import type { ServiceDependencyRecord } from '../entities/service-dependency';
import { dependencyEvent } from '../events/published';
import { ServiceDependencyRepository } from '../repositories/service-dependency-repository';
import { changeOwnedRecord, type Portfolio } from './portfolio-access';

const sortedByImpact = (dependencies: ServiceDependencyRecord[]) =>
  [...dependencies].sort(byImpact);

/** Which services each customer's business depends on; internal to the provider. */
export class ServiceDependencyService {
  private readonly repository: ServiceDependencyRepository;

  private readonly byCustomerId = new DataLoader<string, ServiceDependencyRecord[]>(async (ids) =>
    manyByKey(ids, await this.repository.findByCustomerIds(ids), (d) => d.customerId).map(
      sortedByImpact,
    ),
  );

  private readonly byServiceId = new DataLoader<string, ServiceDependencyRecord[]>(async (ids) =>
    manyByKey(ids, await this.repository.findByServiceIds(ids), (d) => d.serviceId).map(
      sortedByImpact,
    ),
  );

  constructor(private readonly portfolio: Portfolio) {
    this.repository = new ServiceDependencyRepository(portfolio.manager);
  }

  private get access() {
    return this.portfolio.access;
  }

  private occurrence() {
    return { actor: this.access.actor, occurredAt: this.portfolio.clock() };
  }

  ofCustomer(customerId: string): Promise<ServiceDependencyRecord[]> {
    this.access.requireInternalReader('Service dependencies');
    return this.byCustomerId.load(customerId);
  }

  /** Service.dependentCustomers; a malformed service key has no dependents. */
  async ofService(serviceId: string): Promise<ServiceDependencyRecord[]> {
    this.access.requireInternalReader('The customers depending on a service');
    const key = normalizeId(serviceId);
    return key ? this.byServiceId.load(key) : [];
  }

  async add(input: unknown): Promise<ServiceDependencyRecord> {
    this.access.requireWriter('addServiceDependency');
    const dependency = parseInput(addServiceDependencySchema, input);
    try {
      return await this.portfolio.transactions.run(async (transaction) => {
        await this.access.lockCustomer(
          transaction.manager,
          dependency.customerId,
          'input.customerId',
          'addServiceDependency',
        );
        const added = await new ServiceDependencyRepository(transaction.manager).insert({
          ...dependency,
          businessProcess: dependency.businessProcess ?? null,
        });
        await transaction.publish(
          dependencyEvent(serviceDependencyAdded, added, this.occurrence()),
        );
        return added;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'service_dependency_unique')) {
        throw new ConflictError('The customer already depends on this service', {
          field: 'input.serviceId',
        });
      }
      throw error;
    }
  }

  async update(input: unknown): Promise<ServiceDependencyRecord> {
    this.access.requireWriter('updateServiceDependency');
    const { id, ...patch } = parseInput(updateServiceDependencySchema, input);
    return this.changing(id, 'updateServiceDependency', async (dependency, transaction) => {
      const { updated, changed } = applyPatch(dependency, patch);
      if (changed.length === 0) return dependency;
      const saved = await new ServiceDependencyRepository(transaction.manager).save(updated);
      await transaction.publish(
        dependencyEvent(serviceDependencyUpdated, saved, this.occurrence()),
      );
      return saved;
    });
  }

  async remove(input: unknown): Promise<CustomerRecord> {
    this.access.requireWriter('removeServiceDependency');
    const { id } = parseInput(recordIdSchema, input);
    return this.changing(
      id,
      'removeServiceDependency',
      async (dependency, transaction, customer) => {
        await new ServiceDependencyRepository(transaction.manager).delete(dependency.id);
        await transaction.publish(
          dependencyEvent(serviceDependencyRemoved, dependency, this.occurrence()),
        );
        return customer;
      },
    );
  }

  private changing<Result>(
    id: string,
    action: string,
    change: (
      dependency: ServiceDependencyRecord,
      transaction: Transaction,
      customer: CustomerRecord,
    ) => Promise<Result>,
  ): Promise<Result> {
    return changeOwnedRecord(
      this.portfolio,
      { entity: 'ServiceDependency', id, action },
      (manager) => new ServiceDependencyRepository(manager).findById(id),
      change,
    );
  }
}
