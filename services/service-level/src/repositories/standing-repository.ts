import { type EntityManager, In } from 'typeorm';
import {
  type AlertKind,
  TargetAlertEntity,
  type TargetAlertRecord,
} from '../entities/target-alert';
import { TargetStandingEntity, type TargetStandingRecord } from '../entities/target-standing';

export interface StandingKey {
  targetId: string;
  serviceId: string;
  periodStart: Date;
}

export class StandingRepository {
  constructor(private readonly manager: EntityManager) {}

  findStanding(key: StandingKey): Promise<TargetStandingRecord | null> {
    return this.manager.getRepository(TargetStandingEntity).findOneBy(key);
  }

  async saveStanding(standing: TargetStandingRecord): Promise<void> {
    await this.manager
      .getRepository(TargetStandingEntity)
      .upsert(standing, ['targetId', 'serviceId', 'periodStart']);
  }

  /** Inserts the alert unless the target already has one of this kind on the service in the
   * period; true when this call inserted it. A concurrent insert waits for the other
   * transaction and then finds its row, so only one of them is told true. */
  async raiseOnce(key: StandingKey, kind: AlertKind, raisedAt: Date): Promise<boolean> {
    const inserted: unknown[] = await this.manager.query(
      `INSERT INTO target_alert (target_id, service_id, period_start, kind, raised_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING kind`,
      [key.targetId, key.serviceId, key.periodStart, kind, raisedAt],
    );
    return inserted.length === 1;
  }

  alertsOf(targetIds: readonly string[]): Promise<TargetAlertRecord[]> {
    return this.manager.getRepository(TargetAlertEntity).findBy({ targetId: In([...targetIds]) });
  }
}
