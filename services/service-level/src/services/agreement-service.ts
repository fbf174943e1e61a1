import DataLoader from 'dataloader';
import {
  canReadCustomer,
  normalizeId,
  NotFoundError,
  parseId,
  parseInput,
  requireAnyRole,
} from '@itsm/platform';
import { type EntityReference, manyByKey, oneByKey, type RequestContext } from '@itsm/subgraph-kit';
import { draftAgreementSchema } from '../domain/agreement';
import type { AgreementRecord } from '../entities/agreement';
import type { ServiceRecord } from '../entities/service';
import type { AgreementRepository } from '../repositories/agreement-repository';
import type { ServiceCatalogueService } from './service-catalogue-service';

/** Service level agreements; a CUSTOMER caller sees only those of its own customers. */
export class AgreementService {
  private readonly byId = new DataLoader<string, AgreementRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (agreement) => agreement.id),
  );

  private readonly byCustomerId = new DataLoader<string, AgreementRecord[]>(async (ids) =>
    manyByKey(
      ids,
      await this.repository.findByCustomerIds(ids),
      (agreement) => agreement.customerId,
    ),
  );

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
  ) {}

  async get(id: string): Promise<AgreementRecord> {
    const agreement = await this.findVisible(parseId(id));
    if (!agreement) throw new NotFoundError('ServiceLevelAgreement', id, 'id');
    return agreement;
  }

  /** Resolves a federation reference: null when the agreement is unknown or not the caller's. */
  async findVisible(id: string): Promise<AgreementRecord | null> {
    const key = normalizeId(id);
    if (!key) return null;
    const agreement = await this.byId.load(key);
    return agreement && canReadCustomer(this.request.caller, agreement.customerId)
      ? agreement
      : null;
  }

  async ofCustomer(customer: EntityReference): Promise<AgreementRecord[]> {
    const customerId = normalizeId(customer.id);
    if (!customerId || !canReadCustomer(this.request.caller, customerId)) return [];
    return this.byCustomerId.load(customerId);
  }

  servicesOf(agreement: AgreementRecord): Promise<ServiceRecord[]> {
    return this.servicesByAgreementId.load(agreement.id);
  }

  customerOf(agreement: AgreementRecord): EntityReference | null {
    return agreement.customerId ? { id: agreement.customerId } : null;
  }

  async draft(input: unknown): Promise<AgreementRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'draftAgreement');
    const draft = parseInput(draftAgreementSchema, input);
    const services = await this.catalogue.findMany(draft.serviceIds);
    const unknownId = draft.serviceIds.find((_id, index) => !services[index]);
    if (unknownId) throw new NotFoundError('Service', unknownId, 'input.serviceIds');
    const agreement = await this.repository.insert(draft);
    this.request.logger.info({ agreementId: agreement.id }, 'agreement drafted');
    return agreement;
  }
}
