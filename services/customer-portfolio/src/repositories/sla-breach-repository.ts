import type { EntityManager } from 'typeorm';
import { SlaBreachEntity, type SlaBreachRecord } from '../entities/sla-breach';

/** A breach as it counts for one customer. */
export interface AttributedBreach extends SlaBreachRecord {
  attributedTo: string;
}

export class SlaBreachRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Records a breach once, however often service-level reports it. */
  async insert(breach: SlaBreachRecord): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(SlaBreachEntity)
      .values(breach)
      .orIgnore()
      .execute();
  }

  /**
   * The breaches since `since` that count for each customer: those of its own agreements,
   * and those of service-based agreements (no customer) on services it depends on. Latest
   * first.
   */
  async breachesOf(customerIds: readonly string[], since: Date): Promise<AttributedBreach[]> {
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT b.*, b.customer_id AS attributed_to FROM sla_breach b
         WHERE b.customer_id = ANY($1::uuid[]) AND b.evaluated_at >= $2
       UNION ALL
       SELECT b.*, d.customer_id AS attributed_to FROM sla_breach b
         JOIN service_dependency d ON d.service_id = b.service_id
         WHERE b.customer_id IS NULL AND d.customer_id = ANY($1::uuid[]) AND b.evaluated_at >= $2
       ORDER BY evaluated_at DESC, event_id DESC`,
      [customerIds, since],
    );
    return rows.map((row) => ({
      eventId: row.event_id as string,
      targetId: row.target_id as string,
      agreementId: row.agreement_id as string,
      customerId: row.customer_id as string | null,
      serviceId: row.service_id as string,
      metric: row.metric as string,
      targetValue: row.target_value as number,
      measuredValue: row.measured_value as number | null,
      periodStart: row.period_start as Date,
      periodEnd: row.period_end as Date,
      evaluatedAt: row.evaluated_at as Date,
      attributedTo: row.attributed_to as string,
    }));
  }
}
