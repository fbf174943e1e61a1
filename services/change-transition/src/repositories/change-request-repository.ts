import { type EntityManager, In, LessThan, MoreThan } from 'typeorm';
import type { ChangeRequestDraft, ChangeState, Review } from '../domain/change-request';
import type { Window } from '../domain/change-window';
import { AffectedServiceEntity, type AffectedServiceRecord } from '../entities/affected-service';
import { ApprovalEntity, type ApprovalRecord } from '../entities/approval';
import { ChangeRequestEntity, type ChangeRequestRecord } from '../entities/change-request';
import { ReviewEntity, type ReviewRecord } from '../entities/review';
import { StateTransitionEntity, type StateTransitionRecord } from '../entities/state-transition';

/** A change request found through one of the services it affects. */
export interface ServiceChangeRequest {
  serviceId: string;
  changeRequest: ChangeRequestRecord;
}

/** The fields a transition or an edit may set. */
export type ChangeRequestChanges = Partial<
  Omit<ChangeRequestRecord, 'id' | 'number' | 'type' | 'customerId' | 'requestedBy' | 'createdAt'>
>;

// Requests raised in one transaction share created_at; the sequence number breaks the tie.
const NEWEST_FIRST = { createdAt: 'DESC', number: 'DESC' } as const;
const EARLIEST_WINDOW_FIRST = { plannedStart: 'ASC', number: 'ASC' } as const;

/** A change request and the parts of its record: services, history, approvals, review. */
export class ChangeRequestRepository {
  constructor(private readonly manager: EntityManager) {}

  private get changeRequests() {
    return this.manager.getRepository(ChangeRequestEntity);
  }

  private get affectedServices() {
    return this.manager.getRepository(AffectedServiceEntity);
  }

  private get transitions() {
    return this.manager.getRepository(StateTransitionEntity);
  }

  private get approvals() {
    return this.manager.getRepository(ApprovalEntity);
  }

  private get reviews() {
    return this.manager.getRepository(ReviewEntity);
  }

  findByIds(ids: readonly string[]): Promise<ChangeRequestRecord[]> {
    return this.changeRequests.findBy({ id: In([...ids]) });
  }

  /** Locks the request until the transaction ends, so that concurrent transitions and
   * approvals of one request run one after the other. */
  findForUpdate(id: string): Promise<ChangeRequestRecord | null> {
    return this.changeRequests.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
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

  /** The requests in these states whose planned window overlaps `window`, earliest first;
   * narrowed to those affecting one of `serviceIds` and raised for `customerId` when given. */
  async findInWindow(
    window: Window,
    states: readonly ChangeState[],
    narrowing: { serviceIds?: readonly string[]; customerId?: string | null } = {},
  ): Promise<ChangeRequestRecord[]> {
    const where = {
      plannedStart: LessThan(window.end),
      plannedEnd: MoreThan(window.start),
      state: In([...states]),
      ...(narrowing.customerId && { customerId: narrowing.customerId }),
    };
    if (!narrowing.serviceIds) {
      return this.changeRequests.find({ where, order: EARLIEST_WINDOW_FIRST });
    }
    const links = await this.affectedServices.find({
      where: { serviceId: In([...narrowing.serviceIds]), changeRequest: where },
      relations: { changeRequest: true },
      order: { changeRequest: EARLIEST_WINDOW_FIRST },
    });
    const byId = new Map(links.map(({ changeRequest }) => [changeRequest!.id, changeRequest!]));
    return [...byId.values()];
  }

  serviceIdsOf(changeRequestIds: readonly string[]): Promise<AffectedServiceRecord[]> {
    return this.affectedServices.find({
      where: { changeRequestId: In([...changeRequestIds]) },
      order: { serviceId: 'ASC' },
    });
  }

  async serviceIdsOfOne(changeRequestId: string): Promise<string[]> {
    return (await this.serviceIdsOf([changeRequestId])).map(({ serviceId }) => serviceId);
  }

  historyOf(changeRequestIds: readonly string[]): Promise<StateTransitionRecord[]> {
    return this.transitions.find({
      where: { changeRequestId: In([...changeRequestIds]) },
      order: { position: 'ASC' },
    });
  }

  approvalsOf(changeRequestIds: readonly string[]): Promise<ApprovalRecord[]> {
    return this.approvals.find({
      where: { changeRequestId: In([...changeRequestIds]) },
      order: { decidedAt: 'ASC', id: 'ASC' },
    });
  }

  reviewsOf(changeRequestIds: readonly string[]): Promise<ReviewRecord[]> {
    return this.reviews.findBy({ changeRequestId: In([...changeRequestIds]) });
  }

  /** Inserts the request, its affected services and the first step of its history; run it
   * inside the caller's transaction, so that all land or none. */
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
    await this.recordTransition({
      changeRequestId: changeRequest.id,
      fromState: null,
      toState: changeRequest.state,
      actor: requestedBy,
      reason: null,
    });
    return changeRequest;
  }

  async update(id: string, changes: ChangeRequestChanges): Promise<ChangeRequestRecord> {
    await this.changeRequests.update(id, changes);
    return this.changeRequests.findOneByOrFail({ id });
  }

  recordTransition(
    transition: Omit<StateTransitionRecord, 'position' | 'occurredAt'>,
  ): Promise<StateTransitionRecord> {
    return this.transitions.save(this.transitions.create(transition));
  }

  insertApproval(approval: Omit<ApprovalRecord, 'id' | 'decidedAt'>): Promise<ApprovalRecord> {
    return this.approvals.save(this.approvals.create(approval));
  }

  insertReview(changeRequestId: string, review: Review, reviewedBy: string): Promise<ReviewRecord> {
    return this.reviews.save(
      this.reviews.create({
        changeRequestId,
        ...review,
        lessonsLearned: review.lessonsLearned ?? null,
        reviewedBy,
      }),
    );
  }
}
