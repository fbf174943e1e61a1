import DataLoader from 'dataloader';
import type { Transactions } from '@itsm/events';
import { ConflictError, parseInput, requireAnyRole } from '@itsm/platform';
import { isUniqueViolation, oneByKey, type RequestContext } from '@itsm/subgraph-kit';
import { standardChangeModelSchema } from '../domain/change-request';
import type { ChangeRequestRecord } from '../entities/change-request';
import type { StandardChangeModelRecord } from '../entities/standard-change-model';
import { standardChangeModelDefinedEvent } from '../events/published';
import { StandardChangeModelRepository } from '../repositories/standard-change-model-repository';

/** The catalogue of pre-authorised change models; every reader may browse it. */
export class StandardChangeModelService {
  private readonly byId = new DataLoader<string, StandardChangeModelRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (model) => model.id),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: StandardChangeModelRepository,
    private readonly transactions: Transactions,
  ) {}

  list(): Promise<StandardChangeModelRecord[]> {
    return this.repository.findAll();
  }

  async modelOf(changeRequest: ChangeRequestRecord): Promise<StandardChangeModelRecord | null> {
    const { standardChangeModelId } = changeRequest;
    return standardChangeModelId ? this.byId.load(standardChangeModelId) : null;
  }

  async define(input: unknown): Promise<StandardChangeModelRecord> {
    const { caller, logger } = this.request;
    requireAnyRole(caller, ['CHANGE_MANAGER'], 'defineStandardChangeModel');
    const draft = parseInput(standardChangeModelSchema, input);
    const model = await this.transactions
      .run(async (transaction) => {
        const defined = await new StandardChangeModelRepository(transaction.manager).insert(
          draft,
          caller.subject,
        );
        await transaction.publish(standardChangeModelDefinedEvent(defined));
        return defined;
      })
      .catch((error: unknown) => {
        if (!isUniqueViolation(error, 'standard_change_model_name_unique')) throw error;
        throw new ConflictError(`a standard change model named ${draft.name} exists already`, {
          field: 'input.name',
        });
      });
    logger.info({ standardChangeModelId: model.id }, 'standard change model defined');
    return model;
  }
}
