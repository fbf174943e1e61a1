import { type EntityManager, In, IsNull } from 'typeorm';
import type { NewContact } from '../domain/contact';
import { ContactEntity, type ContactRecord } from '../entities/contact';

export class ContactRepository {
  constructor(private readonly manager: EntityManager) {}

  private get contacts() {
    return this.manager.getRepository(ContactEntity);
  }

  /** Removed contacts too: they stay readable where they signed something. */
  findByIds(ids: readonly string[]): Promise<ContactRecord[]> {
    return this.contacts.findBy({ id: In([...ids]) });
  }

  /** The current contacts of the customers, in name order. */
  findByCustomerIds(customerIds: readonly string[]): Promise<ContactRecord[]> {
    return this.contacts.find({
      where: { customerId: In([...customerIds]), removedAt: IsNull() },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  insert(customerId: string, contacts: NewContact[]): Promise<ContactRecord[]> {
    return this.contacts.save(
      contacts.map((contact) =>
        this.contacts.create({
          ...contact,
          customerId,
          email: contact.email ?? null,
          phone: contact.phone ?? null,
          jobTitle: contact.jobTitle ?? null,
        }),
      ),
    );
  }

  save(contact: ContactRecord): Promise<ContactRecord> {
    return this.contacts.save(contact);
  }
}
