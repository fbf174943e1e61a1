import { type EntityManager, In } from 'typeorm';
import type { AgreementDraft } from '../domain/agreement';
import { AgreementEntity, type AgreementRecord } from '../entities/agreement';
import { AgreementServiceEntity } from '../entities/agreement-service';
import type { ServiceRecord } from '../entities/service';

export interface CoveredService {
  agreementId: string;
  service: ServiceRecord;
}

export class AgreementRepository {
  constructor(private readonly manager: EntityManager) {}

  private get agreements() {
    return this.manager.getRepository(AgreementEntity);
  }

  findByIds(ids: readonly string[]): Promise<AgreementRecord[]> {
    return this.agreements.findBy({ id: In([...ids]) });
  }

  findByCustomerIds(customerIds: readonly string[]): Promise<AgreementRecord[]> {
    return this.agreements.find({
      where: { customerId: In([...customerIds]) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** The services of all the given agreements, joined in one statement. */
  async servicesOfAgreements(agreementIds: readonly string[]): Promise<CoveredService[]> {
    const links = await this.manager.getRepository(AgreementServiceEntity).find({
      where: { agreementId: In([...agreementIds]) },
      relations: { service: true },
      order: { service: { name: 'ASC', id: 'ASC' } },
    });
    return links.map((link) => ({ agreementId: link.agreementId, service: link.service! }));
  }

  /** Inserts the agreement and the services it covers; run it inside the caller's
   * transaction, so that both land or neither. */
  async insert({ serviceIds, ...agreement }: AgreementDraft): Promise<AgreementRecord> {
    const agreements = this.agreements;
    const created = await agreements.save(agreements.create(agreement));
    await this.manager
      .getRepository(AgreementServiceEntity)
      .insert(serviceIds.map((serviceId) => ({ agreementId: created.id, serviceId })));
    return created;
  }
}
