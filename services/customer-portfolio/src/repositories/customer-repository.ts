import { type EntityManager, In } from 'typeorm';
import { CustomerEntity, type CustomerRecord } from '../entities/customer';
import type { CustomerRegistration } from '../domain/customer';
import type { PageRequest } from '@itsm/subgraph-kit';

export class CustomerRepository {
  constructor(private readonly manager: EntityManager) {}

  private get customers() {
    return this.manager.getRepository(CustomerEntity);
  }

  findByIds(ids: readonly string[]): Promise<CustomerRecord[]> {
    return this.customers.findBy({ id: In([...ids]) });
  }

  /** Name-ordered keyset page; `onlyIds` restricts it to a CUSTOMER caller's customers. */
  page(page: PageRequest, onlyIds: string[] | null): Promise<CustomerRecord[]> {
    const query = this.customers
      .createQueryBuilder('customer')
      .orderBy('customer.name')
      .addOrderBy('customer.id')
      .limit(page.limit + 1);
    if (page.after) {
      const [name, id] = page.after;
      query.andWhere('(customer.name, customer.id) > (:name, :id)', { name, id });
    }
    if (onlyIds) query.andWhere('customer.id = ANY(:onlyIds)', { onlyIds });
    return query.getMany();
  }

  insert(registration: CustomerRegistration): Promise<CustomerRecord> {
    return this.customers.save(this.customers.create(registration));
  }
}
