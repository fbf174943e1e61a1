import { type EntityManager, In } from 'typeorm';
import type { PageRequest } from '@itsm/subgraph-kit';
import type { OpportunityState } from '../domain/opportunity';
import {
  OpportunityEntity,
  type OpportunityRecord,
  OpportunityTransitionEntity,
  type OpportunityTransitionRecord,
} from '../entities/opportunity';
import { keysetPage } from './keyset';

export interface OpportunityFilter {
  customerId?: string | null;
  state?: OpportunityState | null;
}

export type NewOpportunity = Omit<OpportunityRecord, 'id' | 'updatedAt'>;

export class OpportunityRepository {
  constructor(private readonly manager: EntityManager) {}

  private get opportunities() {
    return this.manager.getRepository(OpportunityEntity);
  }

  findByIds(ids: readonly string[]): Promise<OpportunityRecord[]> {
    return this.opportunities.findBy({ id: In([...ids]) });
  }

  findById(id: string): Promise<OpportunityRecord | null> {
    return this.opportunities.findOneBy({ id });
  }

  findByCustomerIds(customerIds: readonly string[]): Promise<OpportunityRecord[]> {
    return this.opportunities.find({
      where: { customerId: In([...customerIds]) },
      order: { identifiedAt: 'DESC', id: 'DESC' },
    });
  }

  /** The most recently identified first. */
  page(filter: OpportunityFilter, page: PageRequest): Promise<OpportunityRecord[]> {
    const query = this.opportunities.createQueryBuilder('opportunity');
    if (filter.customerId) {
      query.andWhere('opportunity.customerId = :customerId', { customerId: filter.customerId });
    }
    if (filter.state) query.andWhere('opportunity.state = :state', { state: filter.state });
    return keysetPage(query, 'identifiedAt', 'DESC', page);
  }

  insert(opportunity: NewOpportunity): Promise<OpportunityRecord> {
    return this.opportunities.save(this.opportunities.create(opportunity));
  }

  save(opportunity: OpportunityRecord): Promise<OpportunityRecord> {
    return this.opportunities.save(opportunity);
  }

  async addTransition(transition: Omit<OpportunityTransitionRecord, 'id'>): Promise<void> {
    await this.manager.getRepository(OpportunityTransitionEntity).insert(transition);
  }

  transitionsOf(opportunityIds: readonly string[]): Promise<OpportunityTransitionRecord[]> {
    return this.manager.getRepository(OpportunityTransitionEntity).find({
      where: { opportunityId: In([...opportunityIds]) },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
  }
}
