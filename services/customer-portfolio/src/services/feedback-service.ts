import DataLoader from 'dataloader';
import { z } from 'zod';
import type { PendingEvent } from '@itsm/events';
import { idSchema, parseInput } from '@itsm/platform';
import {
  connectionOf,
  CustomerOwnedRecords,
  manyByKey,
  type PageArguments,
  pageRequest,
} from '@itsm/subgraph-kit';
import {
  acknowledgementDeadline,
  feedbackLifecycle,
  type FeedbackSeverity,
  isAcknowledgementLate,
  logFeedbackSchema,
  resolveFeedbackSchema,
  secondsBetween,
} from '../domain/feedback';
import { recordIdSchema } from '../domain/inputs';
import type { FeedbackRecord } from '../entities/feedback';
import {
  feedbackAcknowledgedEvent,
  feedbackClosedEvent,
  feedbackLoggedEvent,
  feedbackResolvedEvent,
} from '../events/published';
import { type FeedbackFilter, FeedbackRepository } from '../repositories/feedback-repository';
import { contactOf } from './contact-service';
import { timeKeyOf, timeOrderKey } from './cursors';
import { changeOwnedRecord, type Portfolio } from './portfolio-access';

const feedbackFilterSchema = z
  .object({
    customerId: idSchema.nullish(),
    serviceId: idSchema.nullish(),
    type: z.string().nullish(),
    severity: z.string().nullish(),
    status: z.string().nullish(),
  })
  .nullish();

const accountManagerSchema = z.string().trim().min(1, 'must not be empty').max(200).nullish();

/** Complaints, compliments, comments and suggestions; a CUSTOMER caller sees its own. */
export class FeedbackService extends CustomerOwnedRecords<FeedbackRecord> {
  private readonly repository: FeedbackRepository;

  private readonly unresolvedComplaintsByCustomerId = new DataLoader<
    string,
    { severity: FeedbackSeverity; count: number }[]
  >(async (ids) =>
    manyByKey(ids, await this.repository.unresolvedComplaints(ids), (row) => row.customerId),
  );

  constructor(private readonly portfolio: Portfolio) {
    const repository = new FeedbackRepository(portfolio.manager);
    super('Feedback', portfolio.request.caller, repository);
    this.repository = repository;
  }

  private get access() {
    return this.portfolio.access;
  }

  async list(filter: unknown, args: PageArguments) {
    const page = pageRequest(args, timeOrderKey);
    const parsed = parseInput(feedbackFilterSchema, filter, 'filter') ?? {};
    const rows = await this.repository.page(
      parsed as FeedbackFilter,
      page,
      this.access.scopedCustomerIds(),
    );
    return connectionOf(rows, page, (row) => timeKeyOf(row.receivedAt, row.id));
  }

  /** OPEN feedback past its acknowledgement deadline, the most overdue first. */
  async overdue(accountManager: unknown, args: PageArguments) {
    this.access.requireInternalReader('The overdue acknowledgements');
    const page = pageRequest(args, timeOrderKey);
    const manager = parseInput(accountManagerSchema, accountManager, 'accountManager');
    const rows = await this.repository.overdue(this.portfolio.clock(), manager ?? null, page);
    return connectionOf(rows, page, (row) => timeKeyOf(row.acknowledgeBy, row.id));
  }

  unresolvedComplaintsOf(customerId: string) {
    return this.unresolvedComplaintsByCustomerId.load(customerId);
  }

  isAcknowledgementLate(feedback: FeedbackRecord): boolean {
    return isAcknowledgementLate(feedback, this.portfolio.clock());
  }

  timeToAcknowledge(feedback: FeedbackRecord): number | null {
    return secondsBetween(feedback.receivedAt, feedback.acknowledgedAt);
  }

  timeToResolve(feedback: FeedbackRecord): number | null {
    return secondsBetween(feedback.receivedAt, feedback.resolvedAt);
  }

  async log(input: unknown): Promise<FeedbackRecord> {
    this.access.requireWriter('logFeedback');
    const now = this.portfolio.clock();
    const logging = parseInput(logFeedbackSchema(now), input);
    return this.portfolio.transactions.run(async (transaction) => {
      await this.access.lockCustomer(
        transaction.manager,
        logging.customerId,
        'input.customerId',
        'logFeedback',
      );
      if (logging.contactId) {
        await contactOf(
          transaction.manager,
          logging.contactId,
          logging.customerId,
          'input.contactId',
        );
      }
      const receivedAt = logging.receivedAt ?? now;
      const feedback = await new FeedbackRepository(transaction.manager).insert({
        ...logging,
        serviceId: logging.serviceId ?? null,
        contactId: logging.contactId ?? null,
        details: logging.details ?? null,
        status: 'OPEN',
        receivedAt,
        loggedBy: this.access.actor,
        loggedAt: now,
        acknowledgeBy: acknowledgementDeadline(
          receivedAt,
          logging.severity,
          this.portfolio.settings.acknowledgementMinutes,
        ),
      });
      await transaction.publish(feedbackLoggedEvent(feedback));
      return feedback;
    });
  }

  async acknowledge(input: unknown): Promise<FeedbackRecord> {
    this.access.requireWriter('acknowledgeFeedback');
    const { id } = parseInput(recordIdSchema, input);
    return this.moving(id, 'ACKNOWLEDGED', 'acknowledgeFeedback', (feedback, now) => {
      const acknowledged = { ...feedback, acknowledgedAt: now, acknowledgedBy: this.access.actor };
      return [
        acknowledged,
        feedbackAcknowledgedEvent(acknowledged, isAcknowledgementLate(acknowledged, now)),
      ];
    });
  }

  async resolve(input: unknown): Promise<FeedbackRecord> {
    this.access.requireWriter('resolveFeedback');
    const { id, resolution } = parseInput(resolveFeedbackSchema, input);
    return this.moving(id, 'RESOLVED', 'resolveFeedback', (feedback, now) => {
      const resolved = { ...feedback, resolvedAt: now, resolvedBy: this.access.actor, resolution };
      return [resolved, feedbackResolvedEvent(resolved)];
    });
  }

  async close(input: unknown): Promise<FeedbackRecord> {
    this.access.requireWriter('closeFeedback');
    const { id } = parseInput(recordIdSchema, input);
    return this.moving(id, 'CLOSED', 'closeFeedback', (feedback, now) => {
      const closed = { ...feedback, closedAt: now, closedBy: this.access.actor };
      return [closed, feedbackClosedEvent(closed)];
    });
  }

  /** Moves feedback to its next status, recording who and when, with the event `step`
   * gives for it. */
  private moving(
    id: string,
    status: FeedbackRecord['status'],
    action: string,
    step: (feedback: FeedbackRecord, now: Date) => [FeedbackRecord, PendingEvent],
  ): Promise<FeedbackRecord> {
    return changeOwnedRecord(
      this.portfolio,
      { entity: 'Feedback', id, action },
      (manager) => new FeedbackRepository(manager).findById(id),
      async (feedback, transaction) => {
        feedbackLifecycle.assertTransition(feedback.status, status);
        const [changed, event] = step({ ...feedback, status }, this.portfolio.clock());
        const saved = await new FeedbackRepository(transaction.manager).save(changed);
        await transaction.publish(event);
        return saved;
      },
    );
  }
}
