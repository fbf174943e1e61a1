import { type EntityManager, In } from 'typeorm';
import type { OutageRecording } from '../domain/outage';
import { OutageEntity, type OutageRecord } from '../entities/outage';

export class OutageRepository {
  constructor(private readonly manager: EntityManager) {}

  private get outages() {
    return this.manager.getRepository(OutageEntity);
  }

  findByServiceIds(serviceIds: readonly string[]): Promise<OutageRecord[]> {
    return this.outages.find({
      where: { serviceId: In([...serviceIds]) },
      order: { startedAt: 'DESC', id: 'ASC' },
    });
  }

  insert(outage: OutageRecording, recordedBy: string): Promise<OutageRecord> {
    return this.outages.save(this.outages.create({ ...outage, recordedBy }));
  }
}
