import type { DataSource, EntityManager } from 'typeorm';
import { injectTraceContext } from '@itsm/platform';
import { type PendingEvent, serializeEvent } from './envelope';
import type { OutgoingRecord } from './transport';

export const OUTBOX_CHANNEL = 'event_outbox';

/** What a unit of work offers: its transaction, and the outbox inside it. */
export interface Transaction {
  manager: EntityManager;
  /** Validates the events and writes them to the outbox; they leave only if this commits. */
  publish(...events: PendingEvent[]): Promise<void>;
}

/** Runs work in one database transaction, so a state change and its events commit together
 * or not at all. */
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) =>
      work({ manager, publish: (...events) => appendToOutbox(manager, events) }),
    );
  }
}

async function appendToOutbox(manager: EntityManager, events: PendingEvent[]): Promise<void> {
  if (events.length === 0) return;
  // The trace of the request that caused the events travels with them to Kafka.
  const trace = injectTraceContext({});
  const rows = events.map((event) => serializeEvent(event));
  await manager.query(
    `INSERT INTO event_outbox (event_id, event_type, topic, message_key, message_value, headers)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])`,
    [
      rows.map((row) => row.id),
      rows.map((row) => row.type),
      rows.map((row) => row.record.topic),
      rows.map((row) => row.record.key),
      rows.map((row) => String(row.record.value)),
      rows.map((row) => JSON.stringify({ ...row.record.headers, ...trace })),
    ],
  );
}

export interface OutboxEntry {
  position: string;
  record: OutgoingRecord;
}

interface OutboxRow {
  position: string;
  topic: string;
  message_key: string | null;
  message_value: string;
  headers: Record<string, string>;
}

/** The claim of claimUnsent, `$1` the batch size: exported so that tests can read its plan. */
export const CLAIM_UNSENT = `
  WITH claimed AS (
    SELECT position, topic, message_key, message_value, headers FROM event_outbox
    WHERE sent_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED
  )
  SELECT * FROM claimed
  WHERE NOT EXISTS (
    SELECT 1 FROM event_outbox earlier
    WHERE earlier.sent_at IS NULL
      -- Implied by the line after next, but usable as an index bound whatever the plan.
      AND earlier.position < (SELECT max(position) FROM claimed)
      AND earlier.message_key = claimed.message_key
      AND earlier.position < claimed.position
      AND earlier.position NOT IN (SELECT position FROM claimed)
  )
  ORDER BY position`;

/** How many entries a claim may take, and how many bytes they may weigh together. */
export interface ClaimLimits {
  entries: number;
  bytes: number;
}

export interface Claim {
  entries: OutboxEntry[];
  /** Whether a limit cut the claim short, so that more entries are likely waiting. */
  full: boolean;
}

/**
 * Locks the oldest unsent entries that this relay may publish now. Replicas skip each
 * other's locks, and an entry whose aggregate has an earlier entry still unsent and not in
 * this batch waits, so events of one aggregate leave in order. The batch stops before the
 * entry that would take it past `limits.bytes`; what is cut is later than all that is
 * kept, so the order holds, and it waits for the next batch.
 */
export async function claimUnsent(manager: EntityManager, limits: ClaimLimits): Promise<Claim> {
  const rows: OutboxRow[] = await manager.query(CLAIM_UNSENT, [limits.entries]);
  const entries: OutboxEntry[] = [];
  let bytes = 0;
  for (const row of rows) {
    const record = {
      topic: row.topic,
      key: row.message_key,
      value: row.message_value,
      headers: row.headers,
    };
    bytes += recordBytes(record);
    if (entries.length > 0 && bytes > limits.bytes) break;
    entries.push({ position: row.position, record });
  }
  return { entries, full: rows.length === limits.entries || entries.length < rows.length };
}

/** The most a record adds to a Kafka record batch besides its key, value and headers'
 * names and values: the varints of its length, timestamp and offset deltas, key, value
 * and header count, and its attributes byte. */
const RECORD_OVERHEAD_BYTES = 36;
/** The varints of a header's name and value lengths. */
const HEADER_OVERHEAD_BYTES = 10;

/** What a record weighs at most in a Kafka record batch, whose size the broker limits
 * (`message.max.bytes`, 1 MiB by default). */
export function recordBytes(record: OutgoingRecord): number {
  let bytes =
    RECORD_OVERHEAD_BYTES +
    Buffer.byteLength(record.value) +
    (record.key === null ? 0 : Buffer.byteLength(record.key));
  for (const [name, value] of Object.entries(record.headers)) {
    bytes += HEADER_OVERHEAD_BYTES + Buffer.byteLength(name) + Buffer.byteLength(value);
  }
  return bytes;
}

export async function markSent(manager: EntityManager, entries: OutboxEntry[]): Promise<void> {
  await manager.query(
    `UPDATE event_outbox SET sent_at = now() WHERE position = ANY($1::bigint[])`,
    [entries.map((entry) => entry.position)],
  );
}

/**
 * Refreshes the planner's statistics of the outbox. Between bursts every entry is sent, so
 * autovacuum's statistics say no entry is unsent; with them, the planner checks a claimed
 * batch's keys by scanning the unsent entries before the batch's last once per claimed
 * entry (400 ms per claim of 1,000) rather than by key (5 ms).
 */
export async function analyzeOutbox(dataSource: DataSource): Promise<void> {
  await dataSource.query('ANALYZE event_outbox');
}

/** Deletes entries sent longer ago than the retention; returns how many went. */
export async function pruneSent(dataSource: DataSource, retentionHours: number): Promise<number> {
  const [, deleted] = (await dataSource.query(
    `DELETE FROM event_outbox WHERE sent_at < now() - make_interval(hours => $1)`,
    [retentionHours],
  )) as [unknown, number];
  return deleted;
}

/** Whether any event waits: cheap enough to ask every few milliseconds, where counting a
 * backlog of 20,000 takes PostgreSQL 17 ms. */
export async function anyUnsent(dataSource: DataSource): Promise<boolean> {
  const [row] = (await dataSource.query(
    'SELECT EXISTS (SELECT FROM event_outbox WHERE sent_at IS NULL) AS waiting',
  )) as { waiting: boolean }[];
  return row?.waiting ?? false;
}

export async function unsentCount(dataSource: DataSource): Promise<number> {
  return (await outboxBacklog(dataSource)).unsent;
}

/** How many events wait in the outbox, and for how long the oldest has waited. */
export async function outboxBacklog(
  dataSource: DataSource,
): Promise<{ unsent: number; oldestAgeSeconds: number }> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS unsent,
            coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS oldest
     FROM event_outbox WHERE sent_at IS NULL`,
  )) as { unsent: number; oldest: number }[];
  return { unsent: row?.unsent ?? 0, oldestAgeSeconds: row?.oldest ?? 0 };
}
