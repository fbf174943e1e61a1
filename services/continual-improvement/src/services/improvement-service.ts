import DataLoader from 'dataloader';
import { parseInput, requireAnyRole } from '@itsm/platform';
import { CustomerOwnedRecords, manyByKey, type RequestContext } from '@itsm/subgraph-kit';
import { identifyImprovementSchema, manualInitiative } from '../domain/improvement-initiative';
import type { ImprovementInitiativeRecord } from '../entities/improvement-initiative';
import type { ImprovementInitiativeRepository } from '../repositories/improvement-initiative-repository';

/** The CSI register; a CUSTOMER caller sees only the initiatives that concern its customers. */
export class ImprovementService extends CustomerOwnedRecords<ImprovementInitiativeRecord> {
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
  ) {
    super('ImprovementInitiative', request.caller, repository);
  }

  async ofService(serviceId: string): Promise<ImprovementInitiativeRecord[]> {
    return this.visible(await this.byServiceId.load(serviceId));
  }

  async identify(input: unknown): Promise<ImprovementInitiativeRecord> {
    requireAnyRole(this.request.caller, ['IMPROVEMENT_MANAGER'], 'identifyImprovement');
    const identification = parseInput(identifyImprovementSchema, input);
    const initiative = await this.repository.insert(manualInitiative(identification));
    this.request.logger.info({ improvementInitiativeId: initiative.id }, 'improvement identified');
    return initiative;
  }
}
