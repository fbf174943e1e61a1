import { ConflictError, parseInput } from '@itsm/platform';
import { contactAdded, contactRemoved, contactUpdated, type Transaction } from '@itsm/events';
import { CustomerOwnedRecords, isUniqueViolation } from '@itsm/subgraph-kit';
import {
  addContactSchema,
  assertContactOf,
  assertKeepsDecisionMaker,
  isDecisionMaker,
  stakeholdersOf,
  updateContactSchema,
} from '../domain/contact';
import { recordIdSchema } from '../domain/inputs';
import { applyPatch } from '../domain/patch';
import type { ContactRecord } from '../entities/contact';
import type { CustomerRecord } from '../entities/customer';
import { contactEvent } from '../events/published';
import { ContactRepository } from '../repositories/contact-repository';
import type { EntityManager } from 'typeorm';
import { changeOwnedRecord, type Portfolio } from './portfolio-access';

export type StakeholdersModel = ReturnType<typeof stakeholdersOf<ContactRecord>>;

/** The people at a customer; a CUSTOMER caller sees those of its own customers. */
export class ContactService extends CustomerOwnedRecords<ContactRecord> {
  constructor(private readonly portfolio: Portfolio) {
    super('Contact', portfolio.request.caller, new ContactRepository(portfolio.manager));
  }

  private get access() {
    return this.portfolio.access;
  }

  private occurrence() {
    return { actor: this.access.actor, occurredAt: this.portfolio.clock() };
  }

  async stakeholdersOf(customerId: string) {
    return stakeholdersOf(await this.ofCustomer(customerId));
  }

  /** A contact that signed or gave something: shown even once removed. */
  signatory(contactId: string | null): Promise<ContactRecord | null> {
    return contactId ? this.findVisible(contactId) : Promise.resolve(null);
  }

  async add(input: unknown): Promise<ContactRecord> {
    this.access.requireWriter('addContact');
    const { customerId, ...contact } = parseInput(addContactSchema, input);
    return this.writing(() =>
      this.portfolio.transactions.run(async (transaction) => {
        await this.access.lockCustomer(
          transaction.manager,
          customerId,
          'input.customerId',
          'addContact',
        );
        const [added] = await new ContactRepository(transaction.manager).insert(customerId, [
          contact,
        ]);
        await transaction.publish(contactEvent(contactAdded, added!, this.occurrence()));
        return added!;
      }),
    );
  }

  async update(input: unknown): Promise<ContactRecord> {
    this.access.requireWriter('updateContact');
    const { id, ...patch } = parseInput(updateContactSchema, input);
    return this.changing(id, 'updateContact', async (contact, transaction, customer) => {
      const repository = new ContactRepository(transaction.manager);
      const { updated, changed } = applyPatch(contact, patch);
      if (changed.length === 0) return contact;
      if (isDecisionMaker(contact) && !isDecisionMaker(updated)) {
        await this.assertOtherDecisionMaker(repository, customer, contact);
      }
      const saved = await repository.save(updated);
      await transaction.publish(contactEvent(contactUpdated, saved, this.occurrence()));
      return saved;
    });
  }

  async remove(input: unknown): Promise<CustomerRecord> {
    this.access.requireWriter('removeContact');
    const { id } = parseInput(recordIdSchema, input);
    return this.changing(id, 'removeContact', async (contact, transaction, customer) => {
      const repository = new ContactRepository(transaction.manager);
      if (isDecisionMaker(contact))
        await this.assertOtherDecisionMaker(repository, customer, contact);
      const removed = await repository.save({ ...contact, removedAt: this.portfolio.clock() });
      await transaction.publish(contactEvent(contactRemoved, removed, this.occurrence()));
      return customer;
    });
  }

  /** Changes a current contact; a removed one is treated as unknown. */
  private changing<Result>(
    id: string,
    action: string,
    change: (
      contact: ContactRecord,
      transaction: Transaction,
      customer: CustomerRecord,
    ) => Promise<Result>,
  ): Promise<Result> {
    const current = async (manager: EntityManager) => {
      const [contact] = await new ContactRepository(manager).findByIds([id]);
      return contact && !contact.removedAt ? contact : null;
    };
    return this.writing(() =>
      changeOwnedRecord(this.portfolio, { entity: 'Contact', id, action }, current, change),
    );
  }

  private async assertOtherDecisionMaker(
    repository: ContactRepository,
    customer: CustomerRecord,
    leaving: ContactRecord,
  ) {
    const contacts = await repository.findByCustomerIds([customer.id]);
    const remaining = contacts.filter(
      (contact) => contact.id !== leaving.id && isDecisionMaker(contact),
    );
    assertKeepsDecisionMaker(customer, remaining.length);
  }

  /** Runs a write, turning a second contact with the same email into a CONFLICT. */
  private async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'contact_email_unique')) {
        throw new ConflictError('Another contact of the customer has this email address', {
          field: 'input.email',
        });
      }
      throw error;
    }
  }
}

/** The contact an input names, checked to belong to the customer concerned. */
export async function contactOf(
  manager: EntityManager,
  contactId: string,
  customerId: string,
  field: string,
): Promise<ContactRecord> {
  const [contact] = await new ContactRepository(manager).findByIds([contactId]);
  assertContactOf(contact, contactId, customerId, field);
  return contact;
}
