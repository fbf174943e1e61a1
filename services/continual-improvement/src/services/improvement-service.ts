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
import { identifyImprovementSchema, manualInitiative } from '../domain/improvement-initiative';
import type { ImprovementInitiativeRecord } from '../entities/improvement-initiative';
import type { ImprovementInitiativeRepository } from '../repositories/improvement-initiative-repository';

export class ImprovementService {
  private readonly byId = new DataLoader<string, ImprovementInitiativeRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (initiative) => initiative.id),
  );

  private readonly byCustomerId = new DataLoader<string, ImprovementInitiativeRecord[]>(
    async (customerIds) =>
      manyByKey(
        customerIds,
        await this.repository.findByCustomerIds(customerIds),
        (initiative) => initiative.customerId,
      ),
  );

  private readonly byServiceId = new DataLoader<string, ImprovementInitiativeRecord[]>(
    async (serviceIds) =>
      manyByKey(
        serviceIds,
        await this.repository.findByServiceIds(serviceIds),
        (initiative) => initiative.serviceId,
      ),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: ImprovementInitiativeRepository,
  ) {}

  async get(id: string): Promise<ImprovementInitiativeRecord> {
    const initiative = await this.findVisible(parseId(id));
    // An initiative the caller may not see is reported as absent, so its existence does not leak.
    if (!initiative) throw new NotFoundError('ImprovementInitiative', id, 'id');
    return initiative;
  }

  /** Resolves a federation reference: null when the initiative is unknown or not the caller's. */
  async findVisible(id: string): Promise<ImprovementInitiativeRecord | null> {
    const key = normalizeId(id);
    if (!key) return null;
    const initiative = await this.byId.load(key);
    return initiative && this.canRead(initiative) ? initiative : null;
  }

  /** A Customer or Service owned by another subgraph: known by its key, without SQL. */
  reference(id: string): EntityReference | null {
    const key = normalizeId(id);
    return key ? { id: key } : null;
  }

  /** Every initiative of a customer is visible exactly when the customer is. */
  async ofCustomer(customerId: string): Promise<ImprovementInitiativeRecord[]> {
    if (!canReadCustomer(this.request.caller, customerId)) return [];
    return this.byCustomerId.load(customerId);
  }

  async ofService(serviceId: string): Promise<ImprovementInitiativeRecord[]> {
    const initiatives = await this.byServiceId.load(serviceId);
    return initiatives.filter((initiative) => this.canRead(initiative));
  }

  async identify(input: unknown): Promise<ImprovementInitiativeRecord> {
    requireAnyRole(this.request.caller, ['IMPROVEMENT_MANAGER'], 'identifyImprovement');
    const identification = parseInput(identifyImprovementSchema, input);
    const initiative = await this.repository.insert(manualInitiative(identification));
    this.request.logger.info({ improvementInitiativeId: initiative.id }, 'improvement identified');
    return initiative;
  }

  private canRead(initiative: ImprovementInitiativeRecord): boolean {
    return canReadCustomer(this.request.caller, initiative.customerId);
  }
}
