import { type EntityManager, In, LessThanOrEqual } from 'typeorm';
import { IN_FORCE } from '../domain/agreement';
import { AgreementEntity, type AgreementRecord } from '../entities/agreement';
import { AgreementServiceEntity } from '../entities/agreement-service';
import type { ServiceRecord } from '../entities/service';
import { SignatoryEntity, type SignatoryRecord } from '../entities/signatory';

export interface CoveredService {
  agreementId: string;
  service: ServiceRecord;
}

export type NewAgreement = Omit<AgreementRecord, 'id' | 'status' | 'createdAt'> & {
  serviceIds: string[];
};

export class AgreementRepository {
  constructor(private readonly manager: EntityManager) {}

  private get agreements() {
    return this.manager.getRepository(AgreementEntity);
  }

  private get links() {
    return this.manager.getRepository(AgreementServiceEntity);
  }

  findByIds(ids: readonly string[]): Promise<AgreementRecord[]> {
    return this.agreements.findBy({ id: In([...ids]) });
  }

  /** Locks the agreement for the rest of the transaction: lifecycle moves, signatures and
   * new targets of one agreement happen one at a time. */
  findForUpdate(id: string): Promise<AgreementRecord | null> {
    return this.agreements.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByCustomerIds(customerIds: readonly string[]): Promise<AgreementRecord[]> {
    return this.agreements.find({
      where: { customerId: In([...customerIds]) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  findByParentIds(parentIds: readonly string[]): Promise<AgreementRecord[]> {
    return this.agreements.find({
      where: { parentId: In([...parentIds]) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  findByRequirementIds(requirementIds: readonly string[]): Promise<AgreementRecord[]> {
    return this.agreements.findBy({ requirementId: In([...requirementIds]) });
  }

  dueForReview(asOf: Date): Promise<AgreementRecord[]> {
    return this.agreements.find({
      where: { status: In([...IN_FORCE]), reviewDate: LessThanOrEqual(asOf) },
      order: { reviewDate: 'ASC', id: 'ASC' },
    });
  }

  /** The services of all the given agreements, joined in one statement. */
  async servicesOfAgreements(agreementIds: readonly string[]): Promise<CoveredService[]> {
    const links = await this.links.find({
      where: { agreementId: In([...agreementIds]) },
      relations: { service: true },
      order: { service: { name: 'ASC', id: 'ASC' } },
    });
    return links.map((link) => ({ agreementId: link.agreementId, service: link.service! }));
  }

  /** The agreements that cover each of the given services, in name order. */
  async agreementsOfServices(
    serviceIds: readonly string[],
  ): Promise<{ serviceId: string; agreement: AgreementRecord }[]> {
    const links = await this.links.find({ where: { serviceId: In([...serviceIds]) } });
    const agreements = await this.findByIds([...new Set(links.map((link) => link.agreementId))]);
    const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
    return links
      .map((link) => ({ serviceId: link.serviceId, agreement: byId.get(link.agreementId)! }))
      .sort(
        (a, b) =>
          a.agreement.name.localeCompare(b.agreement.name) ||
          a.agreement.id.localeCompare(b.agreement.id),
      );
  }

  /** Agreements in force (ACTIVE or UNDER_REVIEW) that cover the service. */
  async inForceCovering(serviceId: string): Promise<AgreementRecord[]> {
    const links = await this.links.find({ where: { serviceId } });
    if (links.length === 0) return [];
    return this.agreements.findBy({
      id: In(links.map((link) => link.agreementId)),
      status: In([...IN_FORCE]),
    });
  }

  inForceOfCustomers(customerIds: readonly string[]): Promise<AgreementRecord[]> {
    return this.agreements.find({
      where: { customerId: In([...customerIds]), status: In([...IN_FORCE]) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** Inserts the agreement and the services it covers; run it inside the caller's
   * transaction, so that both land or neither. */
  async insert({ serviceIds, ...agreement }: NewAgreement): Promise<AgreementRecord> {
    const created = await this.agreements.save(this.agreements.create(agreement));
    await this.links.insert(
      serviceIds.map((serviceId) => ({ agreementId: created.id, serviceId })),
    );
    return created;
  }

  async update(
    agreement: AgreementRecord,
    change: Partial<Pick<AgreementRecord, 'status' | 'reviewDate'>>,
  ): Promise<AgreementRecord> {
    await this.agreements.update({ id: agreement.id }, change);
    return { ...agreement, ...change };
  }

  signatoriesOf(agreementIds: readonly string[]): Promise<SignatoryRecord[]> {
    return this.manager.getRepository(SignatoryEntity).find({
      where: { agreementId: In([...agreementIds]) },
      order: { signedAt: 'ASC', id: 'ASC' },
    });
  }

  addSignatory(signatory: Omit<SignatoryRecord, 'id' | 'signedAt'>): Promise<SignatoryRecord> {
    const signatories = this.manager.getRepository(SignatoryEntity);
    return signatories.save(signatories.create(signatory));
  }

  /** Terms that change in negotiation need signing again. */
  async clearSignatories(agreementId: string): Promise<void> {
    await this.manager.getRepository(SignatoryEntity).delete({ agreementId });
  }
}
