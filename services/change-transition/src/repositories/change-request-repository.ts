import { type EntityManager, In } from 'typeorm';
import type { ChangeRequestDraft } from '../domain/change-request';
import { AffectedServiceEntity, type AffectedServiceRecord } from '../entities/affected-service';
import { ChangeRequestEntity, type ChangeRequestRecord } from '../entities/change-request';

/** A change request found through one of the services it affects. */
export interface ServiceChangeRequest {
  serviceId: string;
  changeRequest: ChangeRequestRecord;
}

// Requests raised in one transaction share created_at; the sequence number breaks the tie.
const NEWEST_FIRST = { createdAt: 'DESC', number: 'DESC' } as const;

export class ChangeRequestRepository {
  constructor(private readonly manager: EntityManager) {}

  private get changeRequests() {
    return this.manager.getRepository(ChangeRequestEntity);
  }

  private get affectedServices() {
    return this.manager.getRepository(AffectedServiceEntity);
  }

  findByIds(ids: readonly string[]): Promise<ChangeRequestRecord[]> {
    return this.changeRequests.findBy({ id: In([...ids]) });
  }

  findByCustomerIds(customerIds: readonly string[]): Promise<ChangeRequestRecord[]> {
    return this.changeRequests.find({
      where: { customerId: In([...customerIds]) },
      order: NEWEST_FIRST,
    });
  }

  /** One join over the link table: a request affecting two of the services comes back twice. */
  async findByServiceIds(serviceIds: readonly string[]): Promise<ServiceChangeRequest[]> {
    const links = await this.affectedServices.find({
      where: { serviceId: In([...serviceIds]) },
      relations: { changeRequest: true },
      order: { changeRequest: NEWEST_FIRST },
    });
    // The foreign key guarantees that every link has its change request.
    return links.map(({ serviceId, changeRequest }) => ({
      serviceId,
      changeRequest: changeRequest!,
    }));
  }

  serviceIdsOf(changeRequestIds: readonly string[]): Promise<AffectedServiceRecord[]> {
    return this.affectedServices.find({
      where: { changeRequestId: In([...changeRequestIds]) },
      order: { serviceId: 'ASC' },
    });
  }

  /** Inserts the request and its affected services; run it inside the caller's
   * transaction, so that both land or neither. */
  async insert(draft: ChangeRequestDraft, requestedBy: string): Promise<ChangeRequestRecord> {
    const { serviceIds, ...fields } = draft;
    const changeRequest = await this.changeRequests.save(
      this.changeRequests.create({
        ...fields,
        description: fields.description ?? null,
        customerId: fields.customerId ?? null,
        requestedBy,
      }),
    );
    await this.affectedServices.insert(
      serviceIds.map((serviceId) => ({ changeRequestId: changeRequest.id, serviceId })),
    );
    return changeRequest;
  }
}
