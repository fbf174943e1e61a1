import DataLoader from 'dataloader';
import type { Transactions } from '@itsm/events';
import { NotFoundError, parseInput, requireAnyRole } from '@itsm/platform';
import { CustomerOwnedRecords, manyByKey, type RequestContext } from '@itsm/subgraph-kit';
import { draftAgreementSchema } from '../domain/agreement';
import type { AgreementRecord } from '../entities/agreement';
import type { ServiceRecord } from '../entities/service';
import { agreementDraftedEvent } from '../events/published';
import { AgreementRepository } from '../repositories/agreement-repository';
import type { ServiceCatalogueService } from './service-catalogue-service';

/** Service level agreements; a CUSTOMER caller sees only those of its own customers. */
export class AgreementService extends CustomerOwnedRecords<AgreementRecord> {
  private readonly servicesByAgreementId = new DataLoader<string, ServiceRecord[]>(async (ids) =>
    manyByKey(
      ids,
      await this.repository.servicesOfAgreements(ids),
      (covered) => covered.agreementId,
    ).map((covered) => covered.map(({ service }) => service)),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: AgreementRepository,
    private readonly catalogue: ServiceCatalogueService,
    private readonly transactions: Transactions,
  ) {
    super('ServiceLevelAgreement', request.caller, repository);
  }

  servicesOf(agreement: AgreementRecord): Promise<ServiceRecord[]> {
    return this.servicesByAgreementId.load(agreement.id);
  }

  async draft(input: unknown): Promise<AgreementRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'draftAgreement');
    const draft = parseInput(draftAgreementSchema, input);
    const services = await this.catalogue.findMany(draft.serviceIds);
    const unknownId = draft.serviceIds.find((_id, index) => !services[index]);
    if (unknownId) throw new NotFoundError('Service', unknownId, 'input.serviceIds');
    const agreement = await this.transactions.run(async (transaction) => {
      const drafted = await new AgreementRepository(transaction.manager).insert(draft);
      await transaction.publish(agreementDraftedEvent(drafted, draft.serviceIds));
      return drafted;
    });
    this.request.logger.info({ agreementId: agreement.id }, 'agreement drafted');
    return agreement;
  }
}
