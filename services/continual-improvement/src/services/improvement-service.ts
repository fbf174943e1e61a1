import DataLoader from 'dataloader';
import type { Transactions } from '@itsm/events';
import { parseInput, requireAnyRole } from '@itsm/platform';
import { CustomerOwnedRecords, manyByKey, type RequestContext } from '@itsm/subgraph-kit';
import { identifyImprovementSchema, manualInitiative } from '../domain/improvement-initiative';
import type { ImprovementInitiativeRecord } from '../entities/improvement-initiative';
import type { ImprovementTriggerRecord } from '../entities/improvement-trigger';
import { improvementIdentifiedEvent } from '../events/published';
import { ImprovementInitiativeRepository } from '../repositories/improvement-initiative-repository';

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

  private readonly triggersByInitiativeId = new DataLoader<string, ImprovementTriggerRecord[]>(
    async (ids) =>
      manyByKey(ids, await this.repository.triggersOf(ids), (trigger) => trigger.initiativeId),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: ImprovementInitiativeRepository,
    private readonly transactions: Transactions,
  ) {
    super('ImprovementInitiative', request.caller, repository);
  }

  async ofService(serviceId: string): Promise<ImprovementInitiativeRecord[]> {
    return this.visible(await this.byServiceId.load(serviceId));
  }

  triggersOf(initiative: ImprovementInitiativeRecord): Promise<ImprovementTriggerRecord[]> {
    return this.triggersByInitiativeId.load(initiative.id);
  }

  async identify(input: unknown): Promise<ImprovementInitiativeRecord> {
    requireAnyRole(this.request.caller, ['IMPROVEMENT_MANAGER'], 'identifyImprovement');
    const identification = parseInput(identifyImprovementSchema, input);
    const initiative = await this.transactions.run(async (transaction) => {
      const identified = await new ImprovementInitiativeRepository(transaction.manager).insert(
        manualInitiative(identification),
      );
      await transaction.publish(improvementIdentifiedEvent(identified, []));
      return identified;
    });
    this.request.logger.info({ improvementInitiativeId: initiative.id }, 'improvement identified');
    return initiative;
  }
}
