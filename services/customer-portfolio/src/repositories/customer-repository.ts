import { type EntityManager, In } from 'typeorm';
import type { PageRequest } from '@itsm/subgraph-kit';
import type { CustomerStatus, CustomerTier, RelationshipLevel } from '../domain/customer';
import { CustomerEntity, type CustomerRecord } from '../entities/customer';
import {
  RelationshipLevelChangeEntity,
  type RelationshipLevelChangeRecord,
} from '../entities/relationship-level-change';
import { RevenueEntryEntity, type RevenueEntryRecord } from '../entities/revenue-entry';
import { keysetPage } from './keyset';

export interface CustomerFilter {
  tier?: CustomerTier | null;
  status?: CustomerStatus | null;
  accountManager?: string | null;
  relationshipLevel?: RelationshipLevel | null;
  search?: string | null;
}

export type NewCustomer = Omit<CustomerRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** Escapes LIKE's wildcards, so that a search for "50%" finds the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export class CustomerRepository {
  constructor(private readonly manager: EntityManager) {}

  private get customers() {
    return this.manager.getRepository(CustomerEntity);
  }

  findByIds(ids: readonly string[]): Promise<CustomerRecord[]> {
    return this.customers.findBy({ id: In([...ids]) });
  }

  /** Reads the customer and locks it for the caller's transaction: every write that
   * concerns a customer takes this lock first, so they never interleave. */
  lockById(id: string): Promise<CustomerRecord | null> {
    return this.customers.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Name-ordered keyset page; `onlyIds` restricts it to a CUSTOMER caller's customers. */
  page(filter: CustomerFilter, page: PageRequest, onlyIds: string[] | null) {
    const query = this.customers.createQueryBuilder('customer');
    if (onlyIds) query.andWhere('customer.id = ANY(:onlyIds)', { onlyIds });
    if (filter.tier) query.andWhere('customer.tier = :tier', { tier: filter.tier });
    if (filter.status) query.andWhere('customer.status = :status', { status: filter.status });
    if (filter.accountManager) {
      query.andWhere('customer.accountManager = :accountManager', {
        accountManager: filter.accountManager,
      });
    }
    if (filter.relationshipLevel) {
      query.andWhere('customer.relationshipLevel = :level', { level: filter.relationshipLevel });
    }
    if (filter.search) {
      query.andWhere('customer.name ILIKE :pattern', { pattern: likePattern(filter.search) });
    }
    return keysetPage(query, 'name', 'ASC', page);
  }

  insert(customer: NewCustomer): Promise<CustomerRecord> {
    return this.customers.save(this.customers.create(customer));
  }

  save(customer: CustomerRecord): Promise<CustomerRecord> {
    return this.customers.save(customer);
  }

  async addLevelChange(change: Omit<RelationshipLevelChangeRecord, 'id'>): Promise<void> {
    await this.manager.getRepository(RelationshipLevelChangeEntity).insert(change);
  }

  levelChangesOf(customerIds: readonly string[]): Promise<RelationshipLevelChangeRecord[]> {
    return this.manager.getRepository(RelationshipLevelChangeEntity).find({
      where: { customerId: In([...customerIds]) },
      order: { changedAt: 'ASC', id: 'ASC' },
    });
  }

  findRevenue(customerId: string, period: string): Promise<RevenueEntryRecord | null> {
    return this.manager.getRepository(RevenueEntryEntity).findOneBy({ customerId, period });
  }

  async saveRevenue(entry: RevenueEntryRecord): Promise<void> {
    await this.manager.getRepository(RevenueEntryEntity).save(entry);
  }

  revenueOf(customerIds: readonly string[]): Promise<RevenueEntryRecord[]> {
    return this.manager.getRepository(RevenueEntryEntity).find({
      where: { customerId: In([...customerIds]) },
      order: { period: 'DESC' },
    });
  }
}
