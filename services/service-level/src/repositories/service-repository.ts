import { type EntityManager, In } from 'typeorm';
import type { PageRequest } from '@itsm/subgraph-kit';
import type { ServiceRegistration } from '../domain/service';
import { ServiceEntity, type ServiceRecord } from '../entities/service';

export class ServiceRepository {
  constructor(private readonly manager: EntityManager) {}

  private get services() {
    return this.manager.getRepository(ServiceEntity);
  }

  findByIds(ids: readonly string[]): Promise<ServiceRecord[]> {
    return this.services.findBy({ id: In([...ids]) });
  }

  findForUpdate(id: string): Promise<ServiceRecord | null> {
    return this.services.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Name-ordered keyset page. */
  page(page: PageRequest): Promise<ServiceRecord[]> {
    const query = this.services
      .createQueryBuilder('service')
      .orderBy('service.name')
      .addOrderBy('service.id')
      .limit(page.limit + 1);
    if (page.after) {
      const [name, id] = page.after;
      query.andWhere('(service.name, service.id) > (:name, :id)', { name, id });
    }
    return query.getMany();
  }

  insert(registration: ServiceRegistration): Promise<ServiceRecord> {
    return this.services.save(this.services.create(registration));
  }

  async update(
    service: ServiceRecord,
    change: Partial<Pick<ServiceRecord, 'lifecycle' | 'calendarId'>>,
  ): Promise<ServiceRecord> {
    await this.services.update({ id: service.id }, change);
    return { ...service, ...change };
  }
}
