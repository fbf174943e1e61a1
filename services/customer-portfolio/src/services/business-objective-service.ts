import DataLoader from 'dataloader';
import {
  objectiveAgreed,
  objectiveDefined,
  objectiveUpdated,
  type Transaction,
} from '@itsm/events';
import { parseInput } from '@itsm/platform';
import { manyByKey } from '@itsm/subgraph-kit';
import { assertMaySignFor } from '../domain/contact';
import {
  agreeObjectiveSchema,
  assertEditable,
  closeObjectiveSchema,
  defineObjectiveSchema,
  isOverdue,
  objectiveLifecycle,
  type ObjectiveStatus,
  updateObjectiveSchema,
} from '../domain/objective';
import { applyPatch } from '../domain/patch';
import type { BusinessObjectiveRecord } from '../entities/business-objective';
import { objectiveClosedEvent, objectiveEvent } from '../events/published';
import { BusinessObjectiveRepository } from '../repositories/business-objective-repository';
import { contactOf } from './contact-service';
import { changeOwnedRecord, type Portfolio } from './portfolio-access';

/** Desired business outcomes, agreed with the customer; internal to the provider. */
export class BusinessObjectiveService {
  private readonly byCustomerId = new DataLoader<string, BusinessObjectiveRecord[]>(async (ids) =>
    manyByKey(
      ids,
      await new BusinessObjectiveRepository(this.portfolio.manager).findByCustomerIds(ids),
      (objective) => objective.customerId,
    ),
  );

  constructor(private readonly portfolio: Portfolio) {}

  private get access() {
    return this.portfolio.access;
  }

  private occurrence() {
    return { actor: this.access.actor, occurredAt: this.portfolio.clock() };
  }

  async ofCustomer(customerId: string, status?: ObjectiveStatus | null) {
    this.access.requireInternalReader('Business objectives');
    const objectives = await this.byCustomerId.load(customerId);
    return status ? objectives.filter((objective) => objective.status === status) : objectives;
  }

  isOverdue(objective: BusinessObjectiveRecord): boolean {
    return isOverdue(objective, this.portfolio.clock());
  }

  async define(input: unknown): Promise<BusinessObjectiveRecord> {
    this.access.requireWriter('defineObjective');
    const { customerId, ...definition } = parseInput(defineObjectiveSchema, input);
    return this.portfolio.transactions.run(async (transaction) => {
      await this.access.lockCustomer(
        transaction.manager,
        customerId,
        'input.customerId',
        'defineObjective',
      );
      const objective = await new BusinessObjectiveRepository(transaction.manager).insert({
        ...definition,
        description: definition.description ?? null,
        customerId,
        status: 'DRAFT',
      });
      await transaction.publish(objectiveEvent(objectiveDefined, objective, this.occurrence()));
      return objective;
    });
  }

  async update(input: unknown): Promise<BusinessObjectiveRecord> {
    this.access.requireWriter('updateObjective');
    const { id, ...patch } = parseInput(updateObjectiveSchema, input);
    return this.changing(id, 'updateObjective', async (objective, transaction) => {
      assertEditable(objective.status);
      const { updated, changed } = applyPatch(objective, patch);
      if (changed.length === 0) return objective;
      const saved = await new BusinessObjectiveRepository(transaction.manager).save(updated);
      await transaction.publish(objectiveEvent(objectiveUpdated, saved, this.occurrence()));
      return saved;
    });
  }

  async agree(input: unknown): Promise<BusinessObjectiveRecord> {
    this.access.requireWriter('agreeObjective');
    const { id, contactId } = parseInput(agreeObjectiveSchema, input);
    return this.changing(id, 'agreeObjective', async (objective, transaction) => {
      objectiveLifecycle.assertTransition(objective.status, 'AGREED');
      const field = 'input.contactId';
      const contact = await contactOf(transaction.manager, contactId, objective.customerId, field);
      assertMaySignFor(contact, field);
      const saved = await new BusinessObjectiveRepository(transaction.manager).save({
        ...objective,
        status: 'AGREED',
        agreedByContactId: contact.id,
        agreedAt: this.portfolio.clock(),
      });
      await transaction.publish(objectiveEvent(objectiveAgreed, saved, this.occurrence()));
      return saved;
    });
  }

  async close(input: unknown): Promise<BusinessObjectiveRecord> {
    this.access.requireWriter('closeObjective');
    const { id, status, note } = parseInput(closeObjectiveSchema, input);
    return this.changing(id, 'closeObjective', async (objective, transaction) => {
      objectiveLifecycle.assertTransition(objective.status, status);
      const saved = await new BusinessObjectiveRepository(transaction.manager).save({
        ...objective,
        status,
        outcomeNote: note,
        closedAt: this.portfolio.clock(),
      });
      await transaction.publish(objectiveClosedEvent(saved, this.occurrence()));
      return saved;
    });
  }

  private changing<Result>(
    id: string,
    action: string,
    change: (objective: BusinessObjectiveRecord, transaction: Transaction) => Promise<Result>,
  ): Promise<Result> {
    return changeOwnedRecord(
      this.portfolio,
      { entity: 'BusinessObjective', id, action },
      (manager) => new BusinessObjectiveRepository(manager).findById(id),
      change,
    );
  }
}
