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

  /** Inserts the agreement and the services it covers, all or nothing. */
  insert({ serviceIds, ...agreement }: AgreementDraft): Promise<AgreementRecord> {
    return this.manager.transaction(async (transaction) => {
      const agreements = transaction.getRepository(AgreementEntity);
      const created = await agreements.save(agreements.create(agreement));
      await transaction
        .getRepository(AgreementServiceEntity)
        .insert(serviceIds.map((serviceId) => ({ agreementId: created.id, serviceId })));
      return created;
    });
  }
}
