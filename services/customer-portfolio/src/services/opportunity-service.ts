import DataLoader from 'dataloader';
import { z } from 'zod';
import type { Transaction } from '@itsm/events';
import { idSchema, NotFoundError, parseId, parseInput } from '@itsm/platform';
import {
  connectionOf,
  manyByKey,
  oneByKey,
  type PageArguments,
  pageRequest,
} from '@itsm/subgraph-kit';
import { assertMaySignFor } from '../domain/contact';
import {
  advanceOpportunitySchema,
  allowedTransitions,
  assertAdvance,
  assertBusinessCaseOpen,
  BUSINESS_CASE_FIELDS,
  identifyOpportunitySchema,
  type OpportunityState,
  signOffOpportunitySchema,
  updateOpportunitySchema,
} from '../domain/opportunity';
import { applyPatch } from '../domain/patch';
import type { OpportunityRecord, OpportunityTransitionRecord } from '../entities/opportunity';
import {
  opportunityAdvancedEvent,
  opportunityIdentifiedEvent,
  opportunitySignedOffEvent,
  opportunityUpdatedEvent,
} from '../events/published';
import { OpportunityRepository } from '../repositories/opportunity-repository';
import { contactOf } from './contact-service';
import { timeKeyOf, timeOrderKey } from './cursors';
import { changeOwnedRecord, type Portfolio } from './portfolio-access';

const opportunityFilterSchema = z
  .object({ customerId: idSchema.nullish(), state: z.string().nullish() })
  .nullish();

/** The columns of the estimated cost, named as the API names the field. */
const FIELD_NAMES: Record<string, string> = { costCurrency: 'estimatedCost' };

/** New service requirements and their business cases; internal to the provider. */
export class OpportunityService {
  private readonly repository: OpportunityRepository;

  private readonly byId = new DataLoader<string, OpportunityRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (opportunity) => opportunity.id),
  );

  private readonly byCustomerId = new DataLoader<string, OpportunityRecord[]>(async (ids) =>
    manyByKey(ids, await this.repository.findByCustomerIds(ids), (o) => o.customerId),
  );

  private readonly transitions = new DataLoader<string, OpportunityTransitionRecord[]>(
    async (ids) => manyByKey(ids, await this.repository.transitionsOf(ids), (t) => t.opportunityId),
  );

  constructor(private readonly portfolio: Portfolio) {
    this.repository = new OpportunityRepository(portfolio.manager);
  }

  private get access() {
    return this.portfolio.access;
  }

  private occurrence() {
    return { actor: this.access.actor, occurredAt: this.portfolio.clock() };
  }

  async list(filter: unknown, args: PageArguments) {
    this.access.requireInternalReader('Opportunities');
    const page = pageRequest(args, timeOrderKey);
    const parsed = parseInput(opportunityFilterSchema, filter, 'filter') ?? {};
    const rows = await this.repository.page(
      { customerId: parsed.customerId, state: parsed.state as OpportunityState | null },
      page,
    );
    return connectionOf(rows, page, (row) => timeKeyOf(row.identifiedAt, row.id));
  }

  async get(id: string): Promise<OpportunityRecord> {
    this.access.requireInternalReader('Opportunities');
    const opportunity = await this.byId.load(parseId(id));
    if (!opportunity) throw new NotFoundError('Opportunity', id, 'id');
    return opportunity;
  }

  ofCustomer(customerId: string): Promise<OpportunityRecord[]> {
    this.access.requireInternalReader('Opportunities');
    return this.byCustomerId.load(customerId);
  }

  historyOf(opportunity: OpportunityRecord): Promise<OpportunityTransitionRecord[]> {
    return this.transitions.load(opportunity.id);
  }

  allowedTransitionsOf(opportunity: OpportunityRecord): OpportunityState[] {
    return [...allowedTransitions(opportunity)];
  }

  async identify(input: unknown): Promise<OpportunityRecord> {
    this.access.requireWriter('identifyOpportunity');
    const { customerId, estimatedCost, ...identification } = parseInput(
      identifyOpportunitySchema,
      input,
    );
    return this.portfolio.transactions.run(async (transaction) => {
      await this.access.lockCustomer(
        transaction.manager,
        customerId,
        'input.customerId',
        'identifyOpportunity',
      );
      const opportunity = await new OpportunityRepository(transaction.manager).insert({
        ...identification,
        customerId,
        estimatedCost: estimatedCost.amount,
        costCurrency: estimatedCost.currency,
        serviceId: identification.serviceId ?? null,
        state: 'IDENTIFIED',
        signedOffByContactId: null,
        signedOffAt: null,
        identifiedBy: this.access.actor,
        identifiedAt: this.portfolio.clock(),
      });
      await transaction.publish(opportunityIdentifiedEvent(opportunity));
      return opportunity;
    });
  }

  async update(input: unknown): Promise<OpportunityRecord> {
    this.access.requireWriter('updateOpportunity');
    const { id, estimatedCost, ...fields } = parseInput(updateOpportunitySchema, input);
    return this.changing(id, 'updateOpportunity', async (opportunity, transaction) => {
      assertBusinessCaseOpen(opportunity.state, 'edited');
      const { updated, changed } = applyPatch(opportunity, {
        ...fields,
        ...(estimatedCost && {
          estimatedCost: estimatedCost.amount,
          costCurrency: estimatedCost.currency,
        }),
      });
      if (changed.length === 0) return opportunity;
      const changedFields = [...new Set(changed.map((field) => FIELD_NAMES[field] ?? field))];
      // The customer signed off a business case that is no longer the same.
      const signOffVoided =
        opportunity.signedOffAt !== null &&
        changedFields.some((field) => (BUSINESS_CASE_FIELDS as readonly string[]).includes(field));
      const saved = await new OpportunityRepository(transaction.manager).save(
        signOffVoided ? { ...updated, signedOffAt: null, signedOffByContactId: null } : updated,
      );
      await transaction.publish(
        opportunityUpdatedEvent(saved, changedFields, signOffVoided, this.occurrence()),
      );
      return saved;
    });
  }

  async signOff(input: unknown): Promise<OpportunityRecord> {
    this.access.requireWriter('signOffOpportunity');
    const { id, contactId } = parseInput(signOffOpportunitySchema, input);
    return this.changing(id, 'signOffOpportunity', async (opportunity, transaction) => {
      assertBusinessCaseOpen(opportunity.state, 'signed off');
      const field = 'input.contactId';
      const contact = await contactOf(
        transaction.manager,
        contactId,
        opportunity.customerId,
        field,
      );
      assertMaySignFor(contact, field);
      const saved = await new OpportunityRepository(transaction.manager).save({
        ...opportunity,
        signedOffByContactId: contact.id,
        signedOffAt: this.portfolio.clock(),
      });
      await transaction.publish(opportunitySignedOffEvent(saved, this.occurrence()));
      return saved;
    });
  }

  async advance(input: unknown): Promise<OpportunityRecord> {
    this.access.requireWriter('advanceOpportunity');
    const { id, state, note } = parseInput(advanceOpportunitySchema, input);
    return this.changing(id, 'advanceOpportunity', async (opportunity, transaction) => {
      assertAdvance(opportunity, state);
      const repository = new OpportunityRepository(transaction.manager);
      const occurrence = this.occurrence();
      const saved = await repository.save({ ...opportunity, state });
      await repository.addTransition({
        opportunityId: opportunity.id,
        fromState: opportunity.state,
        toState: state,
        actor: occurrence.actor,
        note: note ?? null,
        occurredAt: occurrence.occurredAt,
      });
      await transaction.publish(
        opportunityAdvancedEvent(saved, opportunity.state, note ?? null, occurrence),
      );
      return saved;
    });
  }

  private changing<Result>(
    id: string,
    action: string,
    change: (opportunity: OpportunityRecord, transaction: Transaction) => Promise<Result>,
  ): Promise<Result> {
    return changeOwnedRecord(
      this.portfolio,
      { entity: 'Opportunity', id, action },
      (manager) => new OpportunityRepository(manager).findById(id),
      change,
    );
  }
}
