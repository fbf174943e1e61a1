import { type EntityManager, In } from 'typeorm';
import type { RequirementCapture } from '../domain/requirement';
import { RequirementEntity, type RequirementRecord } from '../entities/requirement';

export class RequirementRepository {
  constructor(private readonly manager: EntityManager) {}

  private get requirements() {
    return this.manager.getRepository(RequirementEntity);
  }

  findByIds(ids: readonly string[]): Promise<RequirementRecord[]> {
    return this.requirements.findBy({ id: In([...ids]) });
  }

  findForUpdate(id: string): Promise<RequirementRecord | null> {
    return this.requirements.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Newest first. */
  findByCustomerIds(customerIds: readonly string[]): Promise<RequirementRecord[]> {
    return this.requirements.find({
      where: { customerId: In([...customerIds]) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  insert(capture: RequirementCapture, capturedBy: string): Promise<RequirementRecord> {
    return this.requirements.save(this.requirements.create({ ...capture, capturedBy }));
  }

  async markDrafted(id: string): Promise<void> {
    await this.requirements.update({ id }, { status: 'DRAFTED' });
  }
}
