import DataLoader from 'dataloader';
import { z } from 'zod';
import { contactAdded } from '@itsm/events';
import { ConflictError, normalizeId, NotFoundError, parseId, parseInput } from '@itsm/platform';
import {
  connectionOf,
  isUniqueViolation,
  manyByKey,
  oneByKey,
  type PageArguments,
  pageRequest,
} from '@itsm/subgraph-kit';
import { isDecisionMaker } from '../domain/contact';
import {
  changeRelationshipLevelSchema,
  assertStatusChange,
  recordRevenueSchema,
  registerCustomerSchema,
  relationshipLevelLifecycle,
  updateCustomerSchema,
} from '../domain/customer';
import { applyPatch } from '../domain/patch';
import type { CustomerRecord } from '../entities/customer';
import type { RelationshipLevelChangeRecord } from '../entities/relationship-level-change';
import type { RevenueEntryRecord } from '../entities/revenue-entry';
import {
  contactEvent,
  customerRegisteredEvent,
  customerUpdatedEvent,
  predictedValueOf,
  relationshipLevelChangedEvent,
  revenueRecordedEvent,
} from '../events/published';
import { ContactRepository } from '../repositories/contact-repository';
import { type CustomerFilter, CustomerRepository } from '../repositories/customer-repository';
import { nameOrderKey } from './cursors';
import type { Portfolio } from './portfolio-access';

const customerFilterSchema = z
  .object({
    tier: z.string().nullish(),
    status: z.string().nullish(),
    accountManager: z.string().trim().min(1, 'must not be empty').max(200).nullish(),
    relationshipLevel: z.string().nullish(),
    search: z.string().trim().min(1, 'must not be empty').max(200).nullish(),
  })
  .nullish();

const MONEY_FIELDS: Record<string, string> = { predictedValueCurrency: 'predictedAnnualValue' };

export class CustomerService {
  private readonly repository: CustomerRepository;

  private readonly byId = new DataLoader<string, CustomerRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (customer) => customer.id),
  );

  private readonly levelChanges = new DataLoader<string, RelationshipLevelChangeRecord[]>(
    async (ids) =>
      manyByKey(ids, await this.repository.levelChangesOf(ids), (change) => change.customerId),
  );

  private readonly revenue = new DataLoader<string, RevenueEntryRecord[]>(async (ids) =>
    manyByKey(ids, await this.repository.revenueOf(ids), (entry) => entry.customerId),
  );

  constructor(private readonly portfolio: Portfolio) {
    this.repository = new CustomerRepository(portfolio.manager);
  }

  private get access() {
    return this.portfolio.access;
  }

  async list(filter: CustomerFilter | null | undefined, args: PageArguments) {
    const page = pageRequest(args, nameOrderKey);
    const parsed = parseInput(customerFilterSchema, filter, 'filter');
    const rows = await this.repository.page(
      (parsed ?? {}) as CustomerFilter,
      page,
      this.access.scopedCustomerIds(),
    );
    return connectionOf(rows, page, (customer) => [customer.name, customer.id]);
  }

  async get(id: string): Promise<CustomerRecord> {
    const customer = await this.findVisible(parseId(id));
    if (!customer) throw new NotFoundError('Customer', id, 'id');
    return customer;
  }

  /** Resolves a federation reference: null when the customer is unknown or not the caller's. */
  async findVisible(id: string): Promise<CustomerRecord | null> {
    const key = normalizeId(id);
    if (!key || !this.access.canRead(key)) return null;
    return this.byId.load(key);
  }

  /** The customer a record of it points at; the record is already one the caller may see. */
  async owner(customerId: string): Promise<CustomerRecord> {
    return (await this.byId.load(customerId))!;
  }

  relationshipHistoryOf(customer: CustomerRecord): Promise<RelationshipLevelChangeRecord[]> {
    this.access.requireInternalReader('The relationship history');
    return this.levelChanges.load(customer.id);
  }

  revenueOf(customer: CustomerRecord): Promise<RevenueEntryRecord[]> {
    this.access.requireInternalReader('Revenue');
    return this.revenue.load(customer.id);
  }

  predictedValueOf(customer: CustomerRecord) {
    this.access.requireInternalReader('The predicted value');
    return predictedValueOf(customer);
  }

  async register(input: unknown): Promise<CustomerRecord> {
    this.access.requireWriter('registerCustomer');
    const { predictedAnnualValue, contacts, ...registration } = parseInput(
      registerCustomerSchema,
      input,
    );
    this.access.requireWriterOf(registration, 'registerCustomer');
    const occurrence = { actor: this.access.actor, occurredAt: this.portfolio.clock() };
    try {
      const customer = await this.portfolio.transactions.run(async (transaction) => {
        const repository = new CustomerRepository(transaction.manager);
        const registered = await repository.insert({
          ...registration,
          segment: registration.segment ?? null,
          predictedAnnualValue: predictedAnnualValue?.amount ?? null,
          predictedValueCurrency: predictedAnnualValue?.currency ?? null,
        });
        await repository.addLevelChange({
          customerId: registered.id,
          fromLevel: null,
          toLevel: registered.relationshipLevel,
          reason: 'Level at registration',
          changedBy: occurrence.actor,
          changedAt: occurrence.occurredAt,
        });
        const added = await new ContactRepository(transaction.manager).insert(
          registered.id,
          contacts ?? [],
        );
        await transaction.publish(
          customerRegisteredEvent(registered),
          ...added.map((contact) => contactEvent(contactAdded, contact, occurrence)),
        );
        return registered;
      });
      this.portfolio.request.logger.info({ customerId: customer.id }, 'customer registered');
      return customer;
    } catch (error) {
      if (isUniqueViolation(error, 'customer_code_unique')) {
        throw new ConflictError(`A customer with code ${registration.code} already exists`, {
          field: 'input.code',
        });
      }
      if (isUniqueViolation(error, 'contact_email_unique')) {
        throw new ConflictError('Two contacts share an email address', {
          field: 'input.contacts',
        });
      }
      throw error;
    }
  }

  async update(input: unknown): Promise<CustomerRecord> {
    this.access.requireWriter('updateCustomer');
    const { id, predictedAnnualValue, ...fields } = parseInput(updateCustomerSchema, input);
    return this.portfolio.transactions.run(async (transaction) => {
      const previous = await this.access.lockCustomer(
        transaction.manager,
        id,
        'input.id',
        'updateCustomer',
      );
      const { updated, changed } = applyPatch(previous, {
        ...fields,
        ...(predictedAnnualValue !== undefined && {
          predictedAnnualValue: predictedAnnualValue?.amount ?? null,
          predictedValueCurrency: predictedAnnualValue?.currency ?? null,
        }),
      });
      if (changed.length === 0) return previous;
      if (updated.status !== previous.status) {
        const contacts = await new ContactRepository(transaction.manager).findByCustomerIds([id]);
        assertStatusChange(
          previous.status,
          updated.status,
          contacts.filter(isDecisionMaker).length,
        );
      }
      const saved = await new CustomerRepository(transaction.manager).save(updated);
      // The currency is part of the predicted value, not a field of its own.
      const changedFields = [...new Set(changed.map((field) => MONEY_FIELDS[field] ?? field))];
      await transaction.publish(
        customerUpdatedEvent(saved, previous, changedFields, {
          actor: this.access.actor,
          occurredAt: this.portfolio.clock(),
        }),
      );
      return saved;
    });
  }

  async changeRelationshipLevel(input: unknown): Promise<CustomerRecord> {
    this.access.requireWriter('changeRelationshipLevel');
    const change = parseInput(changeRelationshipLevelSchema, input);
    return this.portfolio.transactions.run(async (transaction) => {
      const customer = await this.access.lockCustomer(
        transaction.manager,
        change.customerId,
        'input.customerId',
        'changeRelationshipLevel',
      );
      const fromLevel = customer.relationshipLevel;
      relationshipLevelLifecycle.assertTransition(fromLevel, change.level);
      const repository = new CustomerRepository(transaction.manager);
      const occurrence = { actor: this.access.actor, occurredAt: this.portfolio.clock() };
      const saved = await repository.save({ ...customer, relationshipLevel: change.level });
      await repository.addLevelChange({
        customerId: customer.id,
        fromLevel,
        toLevel: change.level,
        reason: change.reason,
        changedBy: occurrence.actor,
        changedAt: occurrence.occurredAt,
      });
      await transaction.publish(
        relationshipLevelChangedEvent(
          customer.id,
          fromLevel,
          change.level,
          change.reason,
          occurrence,
        ),
      );
      return saved;
    });
  }

  async recordRevenue(input: unknown): Promise<CustomerRecord> {
    this.access.requireWriter('recordRevenue');
    const { customerId, period, revenue } = parseInput(recordRevenueSchema, input);
    return this.portfolio.transactions.run(async (transaction) => {
      const customer = await this.access.lockCustomer(
        transaction.manager,
        customerId,
        'input.customerId',
        'recordRevenue',
      );
      const repository = new CustomerRepository(transaction.manager);
      const previous = await repository.findRevenue(customerId, period);
      const entry = {
        customerId,
        period,
        amount: revenue.amount,
        currency: revenue.currency,
        recordedBy: this.access.actor,
        recordedAt: this.portfolio.clock(),
      };
      await repository.saveRevenue(entry);
      await transaction.publish(revenueRecordedEvent(entry, previous));
      return customer;
    });
  }
}
