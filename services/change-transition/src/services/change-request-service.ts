import DataLoader from 'dataloader';
import type { Transactions } from '@itsm/events';
import { parseInput, requireAnyRole } from '@itsm/platform';
import {
  CustomerOwnedRecords,
  type EntityReference,
  manyByKey,
  type RequestContext,
} from '@itsm/subgraph-kit';
import { raiseChangeRequestSchema } from '../domain/change-request';
import type { ChangeRequestRecord } from '../entities/change-request';
import { changeRequestRaisedEvent } from '../events/published';
import { ChangeRequestRepository } from '../repositories/change-request-repository';

/** Requests for change; a CUSTOMER caller sees only those raised on behalf of its customers. */
export class ChangeRequestService extends CustomerOwnedRecords<ChangeRequestRecord> {
  private readonly byServiceId = new DataLoader<string, ChangeRequestRecord[]>(async (ids) =>
    manyByKey(ids, await this.repository.findByServiceIds(ids), (found) => found.serviceId).map(
      (found) => found.map(({ changeRequest }) => changeRequest),
    ),
  );

  private readonly serviceIdsByChangeRequestId = new DataLoader<string, string[]>(async (ids) =>
    manyByKey(ids, await this.repository.serviceIdsOf(ids), (link) => link.changeRequestId).map(
      (links) => links.map((link) => link.serviceId),
    ),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: ChangeRequestRepository,
    private readonly transactions: Transactions,
  ) {
    super('ChangeRequest', request.caller, repository);
  }

  async ofService(serviceId: string): Promise<ChangeRequestRecord[]> {
    return this.visible(await this.byServiceId.load(serviceId));
  }

  async affectedServicesOf(changeRequest: ChangeRequestRecord): Promise<EntityReference[]> {
    const serviceIds = await this.serviceIdsByChangeRequestId.load(changeRequest.id);
    return serviceIds.map((id) => ({ id }));
  }

  async raise(input: unknown): Promise<ChangeRequestRecord> {
    const { caller } = this.request;
    requireAnyRole(caller, ['CHANGE_MANAGER', 'ACCOUNT_MANAGER'], 'raiseChangeRequest');
    const draft = parseInput(raiseChangeRequestSchema, input);
    const changeRequest = await this.transactions.run(async (transaction) => {
      const raised = await new ChangeRequestRepository(transaction.manager).insert(
        draft,
        caller.subject,
      );
      await transaction.publish(changeRequestRaisedEvent(raised, draft.serviceIds));
      return raised;
    });
    this.request.logger.info({ changeRequestId: changeRequest.id }, 'change request raised');
    return changeRequest;
  }
}
