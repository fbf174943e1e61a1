import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '@itsm/platform';
import { analyzeOutbox, claimUnsent, markSent, OUTBOX_CHANNEL, pruneSent } from './outbox';
import type { EventTransport } from './transport';

export interface RelaySettings {
  /** The database the outbox lives in; the relay LISTENs on its own connection to it. */
  databaseUrl: string;
  /** The most entries one Kafka transaction carries. */
  batchSize: number;
  /** The most bytes it carries, below the broker's limit on a record batch. */
  batchMaxBytes: number;
  /** The fallback when a notification is missed, for example while reconnecting. */
  pollIntervalMs: number;
  retentionHours: number;
}

const MAX_BACKOFF_MS = 5_000;
const PRUNE_EVERY_MS = 3_600_000;
const ANALYZE_EVERY_MS = 10_000;

/**
 * Publishes the outbox: wakes on NOTIFY or the poll interval, claims a batch, publishes it
 * and marks it sent in the same transaction. When the transport fails, the transaction
 * rolls back, the entries stay unsent, and the relay backs off and tries again.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** A notification that came while the relay was busy; the next idle returns at once. */
  private notified = false;
  private listener: Client | undefined;
  private lastPrune = 0;
  private lastAnalyze = 0;
  private published = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: EventTransport,
    private readonly settings: RelaySettings,
    private readonly logger: Logger,
  ) {}

  /** Events published since start. */
  get publishedCount(): number {
    return this.published;
  }

  start(): void {
    this.running = true;
    void this.listen();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.signal();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  private async run() {
    let failures = 0;
    while (this.running) {
      try {
        const full = await this.publishBatch();
        failures = 0;
        await this.pruneNowAndThen();
        if (full) {
          // A backlog: let the planner know it is there (see analyzeOutbox).
          await this.analyzeNowAndThen();
          continue;
        }
      } catch (error) {
        failures += 1;
        const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** failures);
        this.logger.warn({ err: error, delay }, 'outbox relay cannot publish; retrying');
        await this.idle(delay);
        continue;
      }
      await this.idle(this.settings.pollIntervalMs);
    }
  }

  /** Publishes one batch; resolves with whether a limit cut it short. */
  private publishBatch(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { entries, full } = await claimUnsent(manager, {
        entries: this.settings.batchSize,
        bytes: this.settings.batchMaxBytes,
      });
      if (entries.length === 0) return false;
      await this.transport.publish(entries.map((entry) => entry.record));
      await markSent(manager, entries);
      this.published += entries.length;
      return full;
    });
  }

  private async pruneNowAndThen() {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    const pruned = await pruneSent(this.dataSource, this.settings.retentionHours);
    if (pruned > 0) this.logger.info({ pruned }, 'pruned sent outbox entries');
  }

  private async analyzeNowAndThen() {
    if (Date.now() - this.lastAnalyze < ANALYZE_EVERY_MS) return;
    this.lastAnalyze = Date.now();
    await analyzeOutbox(this.dataSource);
  }

  private signal() {
    if (this.wake) this.wake();
    else this.notified = true;
  }

  /** Sleeps until woken by a notification, by stop(), or by the timeout. */
  private async idle(timeoutMs: number) {
    if (this.notified) {
      this.notified = false;
      return;
    }
    const controller = new AbortController();
    await Promise.race([
      new Promise<void>((resolve) => (this.wake = resolve)),
      sleep(timeoutMs, undefined, { signal: controller.signal }).catch(() => undefined),
    ]);
    controller.abort();
    this.wake = undefined;
  }

  private async listen() {
    while (this.running) {
      const client = new Client({ connectionString: this.settings.databaseUrl });
      this.listener = client;
      try {
        const closed = new Promise<void>((resolve) => {
          client.on('error', () => resolve());
          client.on('end', () => resolve());
        });
        await client.connect();
        client.on('notification', () => this.signal());
        await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
        // Entries committed while no one listened are found by the next poll.
        await closed;
      } catch (error) {
        this.logger.debug({ err: error }, 'outbox listener disconnected');
      }
      await client.end().catch(() => undefined);
      if (this.running) await sleep(this.settings.pollIntervalMs);
    }
  }
}
