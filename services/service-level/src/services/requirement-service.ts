import DataLoader from 'dataloader';
import type { Transactions } from '@itsm/events';
import {
  canReadCustomer,
  normalizeId,
  NotFoundError,
  parseId,
  parseInput,
  requireAnyRole,
} from '@itsm/platform';
import { manyByKey, oneByKey, type RequestContext } from '@itsm/subgraph-kit';
import { captureRequirementSchema } from '../domain/requirement';
import type { AgreementRecord } from '../entities/agreement';
import type { RequirementRecord } from '../entities/requirement';
import { requirementCapturedEvent } from '../events/published';
import type { AgreementRepository } from '../repositories/agreement-repository';
import { RequirementRepository } from '../repositories/requirement-repository';
import type { AgreementService } from './agreement-service';
import type { ServiceCatalogueService } from './service-catalogue-service';

/** Service level requirements: what a customer needs before any agreement exists. A
 * CUSTOMER caller sees only its own. */
export class RequirementService {
  private readonly byId = new DataLoader<string, RequirementRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (requirement) => requirement.id),
  );
  private readonly byCustomerId = new DataLoader<string, RequirementRecord[]>(async (ids) =>
    manyByKey(
      ids,
      await this.repository.findByCustomerIds(ids),
      (requirement) => requirement.customerId,
    ),
  );
  private readonly agreementByRequirementId = new DataLoader<string, AgreementRecord | null>(
    async (ids) =>
      oneByKey(
        ids,
        await this.agreementRepository.findByRequirementIds(ids),
        (agreement) => agreement.requirementId,
      ),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: RequirementRepository,
    private readonly agreementRepository: AgreementRepository,
    private readonly catalogue: ServiceCatalogueService,
    private readonly agreements: AgreementService,
    private readonly transactions: Transactions,
  ) {}

  async get(id: string): Promise<RequirementRecord> {
    const requirement = await this.findVisible(parseId(id));
    if (!requirement) throw new NotFoundError('ServiceLevelRequirement', id, 'id');
    return requirement;
  }

  async findVisible(id: string | null): Promise<RequirementRecord | null> {
    const key = normalizeId(id);
    const requirement = key ? await this.byId.load(key) : null;
    return requirement && canReadCustomer(this.request.caller, requirement.customerId)
      ? requirement
      : null;
  }

  async ofCustomer(customerId: string): Promise<RequirementRecord[]> {
    const key = normalizeId(customerId);
    if (!key || !canReadCustomer(this.request.caller, key)) return [];
    return this.byCustomerId.load(key);
  }

  async agreementOf(requirement: RequirementRecord): Promise<AgreementRecord | null> {
    const agreement = await this.agreementByRequirementId.load(requirement.id);
    return agreement ? this.agreements.findVisible(agreement.id) : null;
  }

  async capture(input: unknown): Promise<RequirementRecord> {
    const { caller } = this.request;
    requireAnyRole(caller, ['SERVICE_LEVEL_MANAGER'], 'captureRequirement');
    const capture = parseInput(captureRequirementSchema, input);
    await this.catalogue.requireAll(capture.serviceIds, 'input.serviceIds');
    return this.transactions.run(async (transaction) => {
      const requirement = await new RequirementRepository(transaction.manager).insert(
        capture,
        caller.subject,
      );
      await transaction.publish(requirementCapturedEvent(requirement));
      return requirement;
    });
  }
}
