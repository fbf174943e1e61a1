import { type EntityManager, In } from 'typeorm';
import type { PageRequest } from '@itsm/subgraph-kit';
import type { FeedbackSeverity, FeedbackStatus, FeedbackType } from '../domain/feedback';
import { CustomerEntity } from '../entities/customer';
import { FeedbackEntity, type FeedbackRecord } from '../entities/feedback';
import { keysetPage } from './keyset';

export interface FeedbackFilter {
  customerId?: string | null;
  serviceId?: string | null;
  type?: FeedbackType | null;
  severity?: FeedbackSeverity | null;
  status?: FeedbackStatus | null;
}

export type NewFeedback = Omit<
  FeedbackRecord,
  | 'id'
  | 'acknowledgedAt'
  | 'acknowledgedBy'
  | 'resolvedAt'
  | 'resolvedBy'
  | 'resolution'
  | 'closedAt'
  | 'closedBy'
>;

export class FeedbackRepository {
  constructor(private readonly manager: EntityManager) {}

  private get feedback() {
    return this.manager.getRepository(FeedbackEntity);
  }

  findByIds(ids: readonly string[]): Promise<FeedbackRecord[]> {
    return this.feedback.findBy({ id: In([...ids]) });
  }

  findByCustomerIds(customerIds: readonly string[]): Promise<FeedbackRecord[]> {
    return this.feedback.find({
      where: { customerId: In([...customerIds]) },
      order: { receivedAt: 'DESC', id: 'DESC' },
    });
  }

  findById(id: string): Promise<FeedbackRecord | null> {
    return this.feedback.findOneBy({ id });
  }

  /** The latest received first; `onlyCustomerIds` restricts it to a CUSTOMER caller's. */
  page(
    filter: FeedbackFilter,
    page: PageRequest,
    onlyCustomerIds: string[] | null,
  ): Promise<FeedbackRecord[]> {
    const query = this.feedback.createQueryBuilder('feedback');
    if (onlyCustomerIds) {
      query.andWhere('feedback.customerId = ANY(:onlyCustomerIds)', { onlyCustomerIds });
    }
    for (const property of ['customerId', 'serviceId', 'type', 'severity', 'status'] as const) {
      const value = filter[property];
      if (value) query.andWhere(`feedback.${property} = :${property}`, { [property]: value });
    }
    return keysetPage(query, 'receivedAt', 'DESC', page);
  }

  /** OPEN feedback past its acknowledgement deadline, the most overdue first. */
  overdue(now: Date, accountManager: string | null, page: PageRequest) {
    const query = this.feedback
      .createQueryBuilder('feedback')
      .where(`feedback.status = 'OPEN'`)
      .andWhere('feedback.acknowledgeBy < :now', { now });
    if (accountManager) {
      query
        .innerJoin(CustomerEntity.options.name, 'customer', 'customer.id = feedback.customerId')
        .andWhere('customer.accountManager = :accountManager', { accountManager });
    }
    return keysetPage(query, 'acknowledgeBy', 'ASC', page);
  }

  /** Unresolved complaints per customer and severity. */
  async unresolvedComplaints(customerIds: readonly string[]) {
    const rows: { customerId: string; severity: FeedbackSeverity; count: string }[] =
      await this.feedback
        .createQueryBuilder('feedback')
        .select('feedback.customerId', 'customerId')
        .addSelect('feedback.severity', 'severity')
        .addSelect('count(*)', 'count')
        .where('feedback.customerId IN (:...customerIds)', { customerIds })
        .andWhere(`feedback.type = 'COMPLAINT'`)
        .andWhere(`feedback.status IN ('OPEN', 'ACKNOWLEDGED')`)
        .groupBy('feedback.customerId')
        .addGroupBy('feedback.severity')
        .getRawMany();
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  insert(feedback: NewFeedback): Promise<FeedbackRecord> {
    return this.feedback.save(this.feedback.create(feedback));
  }

  save(feedback: FeedbackRecord): Promise<FeedbackRecord> {
    return this.feedback.save(feedback);
  }
}
