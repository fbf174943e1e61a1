import { type EntityManager, In } from 'typeorm';
import type { ReleaseDraft } from '../domain/release';
import {
  AcceptanceEntity,
  type AcceptanceRecord,
  ReleaseChangeEntity,
  type ReleaseChangeRecord,
  ReleaseEntity,
  type ReleaseRecord,
} from '../entities/release';

export class ReleaseRepository {
  constructor(private readonly manager: EntityManager) {}

  private get releases() {
    return this.manager.getRepository(ReleaseEntity);
  }

  private get releaseChanges() {
    return this.manager.getRepository(ReleaseChangeEntity);
  }

  private get acceptances() {
    return this.manager.getRepository(AcceptanceEntity);
  }

  findByIds(ids: readonly string[]): Promise<ReleaseRecord[]> {
    return this.releases.findBy({ id: In([...ids]) });
  }

  /** Locks the release until the transaction ends, so that sign-offs and deployment of one
   * release run one after the other. */
  findForUpdate(id: string): Promise<ReleaseRecord | null> {
    return this.releases.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The changes of each release, with their requests, in reference order. */
  changesOf(releaseIds: readonly string[]): Promise<ReleaseChangeRecord[]> {
    return this.releaseChanges.find({
      where: { releaseId: In([...releaseIds]) },
      relations: { changeRequest: true },
      order: { changeRequest: { number: 'ASC' } },
    });
  }

  /** Which release each of these change requests belongs to, if any. */
  releasesOfChanges(changeRequestIds: readonly string[]): Promise<ReleaseChangeRecord[]> {
    return this.releaseChanges.findBy({ changeRequestId: In([...changeRequestIds]) });
  }

  acceptancesOf(releaseIds: readonly string[]): Promise<AcceptanceRecord[]> {
    return this.acceptances.find({
      where: { releaseId: In([...releaseIds]) },
      order: { definedAt: 'ASC', customerId: 'ASC' },
    });
  }

  findAcceptance(releaseId: string, customerId: string): Promise<AcceptanceRecord | null> {
    return this.acceptances.findOneBy({ releaseId, customerId });
  }

  async insert(draft: ReleaseDraft, createdBy: string): Promise<ReleaseRecord> {
    const release = await this.releases.save(
      this.releases.create({
        name: draft.name,
        description: draft.description ?? null,
        createdBy,
      }),
    );
    await this.releaseChanges.insert(
      draft.changeRequestIds.map((changeRequestId) => ({ releaseId: release.id, changeRequestId })),
    );
    return release;
  }

  saveAcceptance(acceptance: AcceptanceRecord): Promise<AcceptanceRecord> {
    return this.acceptances.save(acceptance);
  }

  async markDeployed(id: string, deployedBy: string): Promise<ReleaseRecord> {
    await this.releases.update(id, { state: 'DEPLOYED', deployedBy, deployedAt: new Date() });
    return this.releases.findOneByOrFail({ id });
  }
}
