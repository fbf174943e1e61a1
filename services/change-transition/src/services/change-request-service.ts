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
import { raiseChangeRequestSchema } from '../domain/change-request';
import type { ChangeRequestRecord } from '../entities/change-request';
import type { ChangeRequestRepository } from '../repositories/change-request-repository';

export class ChangeRequestService {
  private readonly byId = new DataLoader<string, ChangeRequestRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (changeRequest) => changeRequest.id),
  );

  private readonly byCustomerId = new DataLoader<string, ChangeRequestRecord[]>(async (ids) =>
    manyByKey(
      ids,
      await this.repository.findByCustomerIds(ids),
      (changeRequest) => changeRequest.customerId,
    ),
  );

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
  ) {}

  async get(id: string): Promise<ChangeRequestRecord> {
    const changeRequest = await this.findVisible(parseId(id));
    if (!changeRequest) throw new NotFoundError('ChangeRequest', id, 'id');
    return changeRequest;
  }

  /** Resolves a federation reference: null when the request is unknown or not the caller's. */
  async findVisible(id: string): Promise<ChangeRequestRecord | null> {
    const key = normalizeId(id);
    if (!key) return null;
    const changeRequest = await this.byId.load(key);
    return changeRequest && this.canRead(changeRequest) ? changeRequest : null;
  }

  /** A customer or service owned by another subgraph; nothing to load here. */
  reference(id: string): EntityReference | null {
    const key = normalizeId(id);
    return key ? { id: key } : null;
  }

  async ofCustomer(customerId: string): Promise<ChangeRequestRecord[]> {
    if (!canReadCustomer(this.request.caller, customerId)) return [];
    return this.byCustomerId.load(customerId);
  }

  async ofService(serviceId: string): Promise<ChangeRequestRecord[]> {
    const changeRequests = await this.byServiceId.load(serviceId);
    return changeRequests.filter((changeRequest) => this.canRead(changeRequest));
  }

  customerOf(changeRequest: ChangeRequestRecord): EntityReference | null {
    return changeRequest.customerId ? { id: changeRequest.customerId } : null;
  }

  async affectedServicesOf(changeRequest: ChangeRequestRecord): Promise<EntityReference[]> {
    const serviceIds = await this.serviceIdsByChangeRequestId.load(changeRequest.id);
    return serviceIds.map((id) => ({ id }));
  }

  async raise(input: unknown): Promise<ChangeRequestRecord> {
    const { caller } = this.request;
    requireAnyRole(caller, ['CHANGE_MANAGER', 'ACCOUNT_MANAGER'], 'raiseChangeRequest');
    const draft = parseInput(raiseChangeRequestSchema, input);
    const changeRequest = await this.repository.insert(draft, caller.subject);
    this.request.logger.info({ changeRequestId: changeRequest.id }, 'change request raised');
    return changeRequest;
  }

  /** A CUSTOMER caller sees only the requests raised on behalf of its own customers. */
  private canRead(changeRequest: ChangeRequestRecord): boolean {
    return canReadCustomer(this.request.caller, changeRequest.customerId);
  }
}
