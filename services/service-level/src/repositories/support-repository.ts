import { type EntityManager, In } from 'typeorm';
import {
  SupportingAgreementEntity,
  type SupportingAgreementRecord,
} from '../entities/supporting-agreement';
import { SupportingTargetEntity, type SupportingTargetRecord } from '../entities/supporting-target';

export class SupportRepository {
  constructor(private readonly manager: EntityManager) {}

  private get agreements() {
    return this.manager.getRepository(SupportingAgreementEntity);
  }

  private get targets() {
    return this.manager.getRepository(SupportingTargetEntity);
  }

  findAgreementsByIds(ids: readonly string[]): Promise<SupportingAgreementRecord[]> {
    return this.agreements.findBy({ id: In([...ids]) });
  }

  allAgreements(): Promise<SupportingAgreementRecord[]> {
    return this.agreements.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  insertAgreement(
    agreement: Omit<SupportingAgreementRecord, 'id' | 'createdAt'>,
  ): Promise<SupportingAgreementRecord> {
    return this.agreements.save(this.agreements.create(agreement));
  }

  targetsOfAgreements(agreementIds: readonly string[]): Promise<SupportingTargetRecord[]> {
    return this.targets.find({
      where: { supportingAgreementId: In([...agreementIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The supporting targets of the given SLA targets, with their agreements. */
  async supportsOf(targetIds: readonly string[]) {
    const targets = await this.targets.find({
      where: { supportsTargetId: In([...targetIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const agreements = await this.findAgreementsByIds([
      ...new Set(targets.map((target) => target.supportingAgreementId)),
    ]);
    const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
    return targets.map((target) => ({
      target,
      agreement: byId.get(target.supportingAgreementId)!,
    }));
  }

  insertTarget(
    target: Omit<SupportingTargetRecord, 'id' | 'createdAt'>,
  ): Promise<SupportingTargetRecord> {
    return this.targets.save(this.targets.create(target));
  }
}
