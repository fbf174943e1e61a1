import DataLoader from 'dataloader';
import { type Caller, canReadCustomer, normalizeId, NotFoundError, parseId } from '@itsm/platform';
import { manyByKey, oneByKey } from './loaders';

/** An entity owned by another subgraph, known here only by its key. */
export interface EntityReference {
  id: string;
}

/** The reference to a Customer or Service: null for a missing or malformed key, so that a
 * representation never reaches SQL with an id PostgreSQL would refuse. */
export function entityReference(id: string | null | undefined): EntityReference | null {
  const key = normalizeId(id);
  return key ? { id: key } : null;
}

/** A record that belongs to one customer, or to none. */
export interface CustomerOwned {
  id: string;
  customerId: string | null;
}

export interface CustomerOwnedSource<Record> {
  findByIds(ids: readonly string[]): Promise<Record[]>;
  findByCustomerIds(customerIds: readonly string[]): Promise<Record[]>;
}

/** Reads records that belong to customers, batched per request, and holds the tenancy rule
 * in one place: a CUSTOMER caller sees only the records of its own customers. A service
 * whose aggregate belongs to a customer extends it. */
export class CustomerOwnedRecords<Record extends CustomerOwned> {
  private readonly byId: DataLoader<string, Record | null>;
  private readonly byCustomerId: DataLoader<string, Record[]>;

  constructor(
    private readonly entityName: string,
    private readonly caller: Caller,
    source: CustomerOwnedSource<Record>,
  ) {
    this.byId = new DataLoader(async (ids) =>
      oneByKey(ids, await source.findByIds(ids), (record) => record.id),
    );
    this.byCustomerId = new DataLoader(async (customerIds) =>
      manyByKey(
        customerIds,
        await source.findByCustomerIds(customerIds),
        (record) => record.customerId,
      ),
    );
  }

  /** A query by id: a record the caller may not see is reported as absent, so that its
   * existence does not leak. */
  async get(id: string): Promise<Record> {
    const record = await this.findVisible(parseId(id));
    if (!record) throw new NotFoundError(this.entityName, id, 'id');
    return record;
  }

  /** A federation reference: null when malformed, unknown or not the caller's. */
  async findVisible(id: string): Promise<Record | null> {
    const key = normalizeId(id);
    if (!key) return null;
    const record = await this.byId.load(key);
    return record && this.canRead(record) ? record : null;
  }

  async ofCustomer(customerId: string): Promise<Record[]> {
    const key = normalizeId(customerId);
    if (!key || !canReadCustomer(this.caller, key)) return [];
    return this.byCustomerId.load(key);
  }

  /** Narrows records loaded by another key, such as a service, to the caller's. */
  visible(records: Record[]): Record[] {
    return records.filter((record) => this.canRead(record));
  }

  customerOf(record: Record): EntityReference | null {
    return entityReference(record.customerId);
  }

  private canRead(record: Record): boolean {
    return canReadCustomer(this.caller, record.customerId);
  }
}
