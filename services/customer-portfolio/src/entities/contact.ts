import { EntitySchema } from 'typeorm';
import type { ContactRole } from '../domain/contact';

export interface ContactRecord {
  id: string;
  customerId: string;
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  roles: ContactRole[];
  removedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ContactEntity = new EntitySchema<ContactRecord>({
  name: 'Contact',
  tableName: 'contact',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    customerId: { type: 'uuid', name: 'customer_id' },
    name: { type: 'varchar', length: 200 },
    email: { type: 'varchar', length: 254, nullable: true },
    phone: { type: 'varchar', length: 30, nullable: true },
    jobTitle: { type: 'varchar', length: 200, name: 'job_title', nullable: true },
    roles: { type: 'varchar', length: 16, array: true },
    removedAt: { type: 'timestamptz', name: 'removed_at', nullable: true },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
    updatedAt: { type: 'timestamptz', updateDate: true, name: 'updated_at' },
  },
});
