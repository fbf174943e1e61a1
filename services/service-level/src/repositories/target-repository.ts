import { type EntityManager, In } from 'typeorm';
import type { TargetAddition } from '../domain/target';
import { TargetEntity, type TargetRecord } from '../entities/target';

export class TargetRepository {
  constructor(private readonly manager: EntityManager) {}

  private get targets() {
    return this.manager.getRepository(TargetEntity);
  }

  findByIds(ids: readonly string[]): Promise<TargetRecord[]> {
    return this.targets.findBy({ id: In([...ids]) });
  }

  /** The targets of each agreement, in the order they were added. */
  findByAgreementIds(agreementIds: readonly string[]): Promise<TargetRecord[]> {
    return this.targets.find({
      where: { agreementId: In([...agreementIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  insert(target: TargetAddition): Promise<TargetRecord> {
    return this.targets.save(this.targets.create(target));
  }
}
