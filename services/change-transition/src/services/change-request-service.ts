import DataLoader from 'dataloader';
import type { Transaction, Transactions } from '@itsm/events';
import {
  type Caller,
  canReadCustomer,
  ConflictError,
  ForbiddenError,
  hasRole,
  isCustomerScoped,
  normalizeId,
  NotFoundError,
  parseId,
  parseInput,
  type Role,
  requireAnyRole,
  ValidationError,
} from '@itsm/platform';
import {
  type EntityReference,
  entityReference,
  manyByKey,
  oneByKey,
  type RequestContext,
} from '@itsm/subgraph-kit';
import {
  type ApprovalPolicy,
  approvalPolicyOf,
  approverRoleOf,
  standingOf,
} from '../domain/approval-policy';
import { allowedTargets, type ChangeAction } from '../domain/change-lifecycle';
import { type CustomerScope, seenByCustomers } from '../domain/change-visibility';
import { blackoutsHit } from '../domain/change-window';
import {
  approvalDecisionSchema,
  assessmentSchema,
  changeReference,
  type ChangeRequestDraft,
  type ChangeState,
  followingModel,
  missingForSubmission,
  optionalReasonSchema,
  outcomesFor,
  raiseChangeRequestSchema,
  requiredReasonSchema,
  reviewSchema,
  updateChangeRequestSchema,
} from '../domain/change-request';
import { type Priority, priorityOf, type Risk, riskOf } from '../domain/ratings';
import { scheduleChangeSchema } from '../domain/schedule';
import type { ApprovalRecord } from '../entities/approval';
import type { ChangeRequestRecord } from '../entities/change-request';
import type { ReviewRecord } from '../entities/review';
import type { StateTransitionRecord } from '../entities/state-transition';
import {
  approvalRecordedEvent,
  changeRequestRaisedEvent,
  changeRequestUpdatedEvent,
} from '../events/published';
import { ChangeRequestRepository } from '../repositories/change-request-repository';
import { ScheduleRepository } from '../repositories/schedule-repository';
import { StandardChangeModelRepository } from '../repositories/standard-change-model-repository';
import type { ServiceDependencies } from './service-dependencies';
import {
  applyTransition,
  requireMove,
  stateConflict,
  type TransitionOptions,
} from './change-transitions';

/** Who administers changes: they may do anything a requester may, and move any change. */
const ADMINISTERS: Role[] = ['CHANGE_MANAGER'];
const RAISES: Role[] = ['CHANGE_MANAGER', 'ACCOUNT_MANAGER'];
const APPROVES: Role[] = ['CAB_MEMBER', 'CHANGE_MANAGER'];

function administers(caller: Caller): boolean {
  return hasRole(caller, 'ADMIN') || hasRole(caller, 'CHANGE_MANAGER');
}

/**
 * Requests for change and their life. A CUSTOMER caller sees the changes raised on behalf of
 * its customers, and, once authorised, those affecting a service its customers depend on
 * (`seenByCustomers`); of the latter it does not see which customer they are raised for.
 */
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

  /** The changes on the services each customer depends on, newest first, each once. */
  private readonly affectingByCustomerId = new DataLoader<string, ChangeRequestRecord[]>(
    async (ids) => {
      const dependencies = await this.dependencies.ofCustomers(ids);
      const found = await this.repository.findByServiceIds([
        ...new Set(dependencies.map(({ serviceId }) => serviceId)),
      ]);
      return manyByKey(ids, dependencies, (dependency) => dependency.customerId).map((own) => {
        const serviceIds = new Set(own.map(({ serviceId }) => serviceId));
        const affecting = found
          .filter(({ serviceId }) => serviceIds.has(serviceId))
          .map(({ changeRequest }) => changeRequest);
        return [...new Map(affecting.map((change) => [change.id, change])).values()];
      });
    },
  );

  private readonly serviceIdsByChangeRequestId = new DataLoader<string, string[]>(async (ids) =>
    manyByKey(ids, await this.repository.serviceIdsOf(ids), (link) => link.changeRequestId).map(
      (links) => links.map((link) => link.serviceId),
    ),
  );

  private readonly historyByChangeRequestId = new DataLoader<string, StateTransitionRecord[]>(
    async (ids) =>
      manyByKey(ids, await this.repository.historyOf(ids), (step) => step.changeRequestId),
  );

  private readonly approvalsByChangeRequestId = new DataLoader<string, ApprovalRecord[]>(
    async (ids) =>
      manyByKey(
        ids,
        await this.repository.approvalsOf(ids),
        (approval) => approval.changeRequestId,
      ),
  );

  private readonly reviewByChangeRequestId = new DataLoader<string, ReviewRecord | null>(
    async (ids) =>
      oneByKey(ids, await this.repository.reviewsOf(ids), (review) => review.changeRequestId),
  );

  /** The caller's customers and the services they depend on, read once per request. */
  private customerScope?: Promise<CustomerScope>;

  constructor(
    private readonly request: RequestContext,
    private readonly repository: ChangeRequestRepository,
    private readonly dependencies: ServiceDependencies,
    private readonly transactions: Transactions,
  ) {}

  /** A query by id: a request the caller may not see is reported as absent, so that its
   * existence does not leak. */
  async get(id: string): Promise<ChangeRequestRecord> {
    const changeRequest = await this.findVisible(parseId(id));
    if (!changeRequest) throw new NotFoundError('ChangeRequest', id, 'id');
    return changeRequest;
  }

  /** A federation reference: null when malformed, unknown or not the caller's to see. */
  async findVisible(id: string): Promise<ChangeRequestRecord | null> {
    const key = normalizeId(id);
    const changeRequest = key ? await this.byId.load(key) : null;
    if (!changeRequest) return null;
    const [visible] = await this.visible([changeRequest]);
    return visible ?? null;
  }

  /** Customer.changeRequests: those raised on behalf of the customer. */
  async ofCustomer(customerId: string): Promise<ChangeRequestRecord[]> {
    const key = normalizeId(customerId);
    if (!key || !canReadCustomer(this.request.caller, key)) return [];
    return this.byCustomerId.load(key);
  }

  /** Customer.affectingChangeRequests: those on a service the customer depends on. Which
   * services another customer depends on stays hidden from a CUSTOMER caller. */
  async affecting(customerId: string): Promise<ChangeRequestRecord[]> {
    const key = normalizeId(customerId);
    if (!key || !canReadCustomer(this.request.caller, key)) return [];
    return this.visible(await this.affectingByCustomerId.load(key));
  }

  async ofService(serviceId: string): Promise<ChangeRequestRecord[]> {
    const key = normalizeId(serviceId);
    return key ? this.visible(await this.byServiceId.load(key)) : [];
  }

  /** Narrows requests loaded by another key, such as a service or a window, to those the
   * caller may see. */
  async visible(changeRequests: ChangeRequestRecord[]): Promise<ChangeRequestRecord[]> {
    const { caller } = this.request;
    if (!isCustomerScoped(caller)) return changeRequests;
    this.customerScope ??= this.dependencies.ofCustomers(caller.customerIds).then((held) => ({
      customerIds: caller.customerIds,
      dependedServiceIds: new Set(held.map(({ serviceId }) => serviceId)),
    }));
    const scope = await this.customerScope;
    const serviceIds = await Promise.all(changeRequests.map((one) => this.serviceIdsOf(one)));
    return changeRequests.filter((one, index) => seenByCustomers(one, serviceIds[index]!, scope));
  }

  /** The customer a request is raised for, unless the caller sees the request only through a
   * service it depends on: then which customer it is raised for stays hidden. */
  customerOf(changeRequest: ChangeRequestRecord): EntityReference | null {
    return canReadCustomer(this.request.caller, changeRequest.customerId)
      ? entityReference(changeRequest.customerId)
      : null;
  }

  serviceIdsOf(changeRequest: ChangeRequestRecord): Promise<string[]> {
    return this.serviceIdsByChangeRequestId.load(changeRequest.id);
  }

  async affectedServicesOf(changeRequest: ChangeRequestRecord): Promise<EntityReference[]> {
    return (await this.serviceIdsOf(changeRequest)).map((id) => ({ id }));
  }

  historyOf(changeRequest: ChangeRequestRecord): Promise<StateTransitionRecord[]> {
    return this.historyByChangeRequestId.load(changeRequest.id);
  }

  approvalsOf(changeRequest: ChangeRequestRecord): Promise<ApprovalRecord[]> {
    return this.approvalsByChangeRequestId.load(changeRequest.id);
  }

  reviewOf(changeRequest: ChangeRequestRecord): Promise<ReviewRecord | null> {
    return this.reviewByChangeRequestId.load(changeRequest.id);
  }

  allowedTransitionsOf({ type, state }: ChangeRequestRecord): ChangeState[] {
    return allowedTargets(type, state);
  }

  priorityOf({ impact, urgency }: ChangeRequestRecord): Priority | null {
    return priorityOf(impact, urgency);
  }

  riskOf({ impact, likelihood }: ChangeRequestRecord): Risk | null {
    return riskOf(impact, likelihood);
  }

  approvalPolicyOf(changeRequest: ChangeRequestRecord): ApprovalPolicy | null {
    return approvalPolicyOf(changeRequest.type, this.riskOf(changeRequest));
  }

  async raise(input: unknown): Promise<ChangeRequestRecord> {
    const { caller } = this.request;
    requireAnyRole(caller, RAISES, 'raiseChangeRequest');
    const draft = parseInput(raiseChangeRequestSchema, input);
    if (!administers(caller)) {
      // An account manager raises changes on behalf of the customers in their portfolio,
      // which their token lists in customer_ids.
      if (!draft.customerId) {
        throw new ValidationError(
          'input.customerId',
          'an account manager raises a change on behalf of a customer',
        );
      }
      if (!caller.customerIds.includes(draft.customerId)) {
        throw new ForbiddenError(
          `raiseChangeRequest: customer ${draft.customerId} is not in your portfolio`,
        );
      }
    }
    const changeRequest = await this.transactions.run(async (transaction) => {
      const raised = await new ChangeRequestRepository(transaction.manager).insert(
        await this.withModel(transaction, draft),
        caller.subject,
      );
      await transaction.publish(changeRequestRaisedEvent(raised, draft.serviceIds));
      return raised;
    });
    this.request.logger.info({ changeRequestId: changeRequest.id }, 'change request raised');
    return changeRequest;
  }

  update(id: string, input: unknown): Promise<ChangeRequestRecord> {
    requireAnyRole(this.request.caller, RAISES, 'updateChangeRequest');
    const edit = parseInput(updateChangeRequestSchema, input);
    return this.withLocked(id, async (transaction, current) => {
      this.requireRequesterOrAdministrator(current, 'updateChangeRequest');
      if (current.state !== 'DRAFT') {
        throw stateConflict(current, `is ${current.state}, and only a DRAFT can be edited`);
      }
      const repository = new ChangeRequestRepository(transaction.manager);
      const updated = await repository.update(current.id, edit);
      await transaction.publish(
        changeRequestUpdatedEvent(updated, Object.keys(edit), this.request.caller.subject),
      );
      return updated;
    });
  }

  submit(id: string, reason: unknown): Promise<ChangeRequestRecord> {
    requireAnyRole(this.request.caller, RAISES, 'submitChangeRequest');
    const note = parseInput(optionalReasonSchema, reason, 'reason');
    return this.withLocked(id, (transaction, current) => {
      this.requireRequesterOrAdministrator(current, 'submitChangeRequest');
      requireMove(current, 'SUBMIT');
      const missing = missingForSubmission(current);
      if (missing) {
        throw new ConflictError(
          `${changeReference(current.number)} cannot be submitted without ${missing}: set it with updateChangeRequest`,
          { field: missing },
        );
      }
      return this.move(transaction, current, 'SUBMIT', { reason: note });
    });
  }

  assess(id: string, input: unknown): Promise<ChangeRequestRecord> {
    requireAnyRole(this.request.caller, ADMINISTERS, 'assessChangeRequest');
    const { reason, ...ratings } = parseInput(assessmentSchema, input);
    return this.withLocked(id, (transaction, current) =>
      this.move(transaction, current, 'ASSESS', { reason, changes: ratings }),
    );
  }

  decide(id: string, input: unknown): Promise<ChangeRequestRecord> {
    const { caller } = this.request;
    const approverRole = approverRoleOf(caller.roles);
    if (!approverRole) {
      throw new ForbiddenError(
        `decideOnChangeRequest requires one of the roles ${APPROVES.join(', ')}`,
      );
    }
    const { decision, reason } = parseInput(approvalDecisionSchema, input);
    return this.withLocked(id, async (transaction, current) => {
      if (current.requestedBy === caller.subject) {
        throw new ForbiddenError(
          `${changeReference(current.number)} was requested by you: nobody decides on their own change`,
        );
      }
      requireMove(current, 'AUTHORIZE');
      // Only a change with a voting board reaches its approval state: NORMAL changes are
      // rated when assessed, and EMERGENCY ones go to the ECAB whatever their risk.
      const policy = this.approvalPolicyOf(current);
      if (!policy || policy.board === 'PRE_AUTHORISED') {
        throw stateConflict(current, 'has no approval policy to decide on');
      }
      const repository = new ChangeRequestRepository(transaction.manager);
      const decisions = await repository.approvalsOf([current.id]);
      if (decisions.some(({ approver }) => approver === caller.subject)) {
        throw new ConflictError(
          `${caller.subject} has already decided on ${changeReference(current.number)}`,
        );
      }
      const approval = await repository.insertApproval({
        changeRequestId: current.id,
        approver: caller.subject,
        approverRole,
        decision,
        reason: reason ?? null,
      });
      const recorded = approvalRecordedEvent(current, approval, policy.board);
      const standing = standingOf(policy, [...decisions, approval]);
      if (standing === 'PENDING') {
        await transaction.publish(recorded);
        return current;
      }
      const action = standing === 'MET' ? 'AUTHORIZE' : 'REJECT';
      return this.move(transaction, current, action, {
        reason: reason ?? null,
        events: [recorded],
      });
    });
  }

  schedule(id: string, input: unknown): Promise<ChangeRequestRecord> {
    requireAnyRole(this.request.caller, ADMINISTERS, 'scheduleChangeRequest');
    const { plannedStart, plannedEnd, blackoutOverrideReason, reason } = parseInput(
      scheduleChangeSchema,
      input,
    );
    return this.withLocked(id, async (transaction, current) => {
      requireMove(current, 'SCHEDULE');
      const emergency = current.type === 'EMERGENCY';
      if (blackoutOverrideReason && !emergency) {
        throw new ValidationError(
          'input.blackoutOverrideReason',
          `only an EMERGENCY change may override a blackout; ${changeReference(current.number)} is ${current.type}`,
        );
      }
      const window = { start: plannedStart, end: plannedEnd };
      const serviceIds = await new ChangeRequestRepository(transaction.manager).serviceIdsOfOne(
        current.id,
      );
      const hit = blackoutsHit(
        window,
        serviceIds,
        await new ScheduleRepository(transaction.manager).blackoutsOverlapping(window),
      );
      if (hit.length > 0 && !blackoutOverrideReason) {
        const names = hit.map(({ name }) => name).join(', ');
        throw new ConflictError(
          emergency
            ? `the window falls in the blackout ${names}: an EMERGENCY change may override it with blackoutOverrideReason`
            : `the window falls in the blackout ${names}: only an EMERGENCY change may be scheduled into a blackout`,
          {
            field: 'input.plannedStart',
            details: { blackoutWindowIds: hit.map(({ id: blackoutId }) => blackoutId) },
          },
        );
      }
      return this.move(transaction, current, 'SCHEDULE', {
        reason,
        changes: {
          plannedStart,
          plannedEnd,
          blackoutOverrideReason: hit.length > 0 ? blackoutOverrideReason! : null,
        },
      });
    });
  }

  startImplementation(id: string, reason: unknown): Promise<ChangeRequestRecord> {
    return this.administeredMove(id, 'START_IMPLEMENTATION', 'startImplementation', reason);
  }

  completeImplementation(id: string, reason: unknown): Promise<ChangeRequestRecord> {
    return this.administeredMove(id, 'COMPLETE_IMPLEMENTATION', 'completeImplementation', reason);
  }

  failImplementation(id: string, reason: unknown): Promise<ChangeRequestRecord> {
    return this.administeredMove(id, 'FAIL', 'failImplementation', reason, true);
  }

  closeChangeRequest(id: string, reason: unknown): Promise<ChangeRequestRecord> {
    return this.administeredMove(id, 'CLOSE', 'closeChangeRequest', reason);
  }

  review(id: string, input: unknown): Promise<ChangeRequestRecord> {
    requireAnyRole(this.request.caller, ADMINISTERS, 'reviewChangeRequest');
    const review = parseInput(reviewSchema, input);
    return this.withLocked(id, async (transaction, current) => {
      requireMove(current, 'REVIEW');
      const outcomes = outcomesFor(current.state);
      if (!outcomes.includes(review.outcome)) {
        throw new ValidationError(
          'input.outcome',
          `${changeReference(current.number)} is ${current.state}: its review outcome must be ${outcomes.join(' or ')}`,
        );
      }
      const recorded = await new ChangeRequestRepository(transaction.manager).insertReview(
        current.id,
        review,
        this.request.caller.subject,
      );
      return this.move(transaction, current, 'REVIEW', { review: recorded });
    });
  }

  cancel(id: string, reason: unknown): Promise<ChangeRequestRecord> {
    requireAnyRole(this.request.caller, RAISES, 'cancelChangeRequest');
    const why = parseInput(requiredReasonSchema, reason, 'reason');
    return this.withLocked(id, (transaction, current) => {
      this.requireRequesterOrAdministrator(current, 'cancelChangeRequest');
      return this.move(transaction, current, 'CANCEL', { reason: why });
    });
  }

  private administeredMove(
    id: string,
    action: ChangeAction,
    operation: string,
    reason: unknown,
    reasonRequired = false,
  ): Promise<ChangeRequestRecord> {
    requireAnyRole(this.request.caller, ADMINISTERS, operation);
    const note = parseInput(
      reasonRequired ? requiredReasonSchema : optionalReasonSchema,
      reason,
      'reason',
    );
    return this.withLocked(id, (transaction, current) =>
      this.move(transaction, current, action, { reason: note }),
    );
  }

  private async move(
    transaction: Transaction,
    current: ChangeRequestRecord,
    action: ChangeAction,
    options: TransitionOptions,
  ): Promise<ChangeRequestRecord> {
    const moved = await applyTransition(
      transaction,
      current,
      action,
      this.request.caller.subject,
      options,
    );
    this.request.logger.info(
      { changeRequestId: moved.id, from: current.state, to: moved.state },
      'change request moved',
    );
    return moved;
  }

  /** Runs `work` in a transaction holding the lock on a request the caller can see. */
  private withLocked<T>(
    id: string,
    work: (transaction: Transaction, current: ChangeRequestRecord) => Promise<T>,
  ): Promise<T> {
    const key = parseId(id);
    return this.transactions.run(async (transaction) => {
      const current = await new ChangeRequestRepository(transaction.manager).findForUpdate(key);
      if (!current || !canReadCustomer(this.request.caller, current.customerId)) {
        throw new NotFoundError('ChangeRequest', id, 'id');
      }
      return work(transaction, current);
    });
  }

  private requireRequesterOrAdministrator(current: ChangeRequestRecord, operation: string): void {
    const { caller } = this.request;
    if (administers(caller) || current.requestedBy === caller.subject) return;
    throw new ForbiddenError(
      `${operation}: only a change manager or the requester of ${changeReference(current.number)} may do this`,
    );
  }

  /** A STANDARD draft filled in from its change model, which must exist. */
  private async withModel(
    transaction: Transaction,
    draft: ChangeRequestDraft,
  ): Promise<ChangeRequestDraft> {
    if (!draft.standardChangeModelId) return draft;
    const [model] = await new StandardChangeModelRepository(transaction.manager).findByIds([
      draft.standardChangeModelId,
    ]);
    if (!model) {
      throw new NotFoundError(
        'StandardChangeModel',
        draft.standardChangeModelId,
        'input.standardChangeModelId',
      );
    }
    return followingModel(draft, model);
  }
}
