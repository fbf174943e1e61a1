import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { anyUnsent, eventOf, targetMeasured, Transactions } from '@itsm/events';
import type { BenchStack } from './stack';

/** A standing as service-level publishes it after a measurement, for a target of its own,
 * so that continual-improvement projects it into a KPI row of its own. */
function measured(serviceId: string) {
  const targetId = randomUUID();
  const now = new Date();
  const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const periodEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return {
    targetId,
    event: eventOf(targetMeasured, targetId, {
      targetId,
      agreementId: randomUUID(),
      customerId: randomUUID(),
      serviceId,
      metric: 'AVAILABILITY',
      unit: 'PERCENT',
      targetValue: 99.5,
      measuredValue: 99.9,
      status: 'MET',
      errorBudgetConsumedPercent: 20,
      periodStart: periodStart.toISOString(),
      periodEnd: periodEnd.toISOString(),
      evaluatedAt: now.toISOString(),
    }),
  };
}

async function serviceLevelOutbox<T>(stack: BenchStack, use: (data: DataSource) => Promise<T>) {
  const dataSource = new DataSource({ type: 'postgres', url: stack.databaseUrls['service-level'] });
  await dataSource.initialize();
  try {
    return await use(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Relay throughput: a backlog of events committed at once to service-level's outbox, and
 * the time its relay takes to hand every one to Kafka. */
export async function relayThroughput(stack: BenchStack, serviceId: string, events: number) {
  return serviceLevelOutbox(stack, async (dataSource) => {
    const transactions = new Transactions(dataSource);
    await transactions.run((transaction) =>
      transaction.publish(...Array.from({ length: events }, () => measured(serviceId).event)),
    );
    const started = performance.now();
    while (await anyUnsent(dataSource)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { eventsPerSecond: events / ((performance.now() - started) / 1000) };
  });
}

/**
 * Waits until no request's transaction is still open, every outbox is empty and no
 * consumer has applied an event for two seconds, so that what one scenario set in motion
 * (requests the load generator gave up on go on in the subgraphs) does not weigh on the
 * next; returns the seconds until the last of it was done.
 */
export async function settle(stack: BenchStack): Promise<number> {
  const databases = await Promise.all(
    Object.values(stack.databaseUrls).map(async (url) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  try {
    const started = performance.now();
    let applied = -1;
    let lastChange = started;
    for (;;) {
      const counts = await Promise.all(
        databases.map(async (database) => {
          const { rows } = await database.query<{ unsent: number; applied: number; open: number }>(
            `SELECT (SELECT count(*) FROM event_outbox WHERE sent_at IS NULL)::int AS unsent,
                    (SELECT count(*) FROM event_inbox)::int AS applied,
                    (SELECT count(*) FROM pg_stat_activity
                     WHERE datname = current_database() AND pid <> pg_backend_pid()
                       AND xact_start < now() - interval '1 second')::int AS open`,
          );
          return rows[0]!;
        }),
      );
      const now = performance.now();
      const total = counts.reduce((sum, count) => sum + count.applied, 0);
      if (total !== applied || counts.some((count) => count.unsent > 0 || count.open > 0)) {
        applied = total;
        lastChange = now;
      } else if (now - lastChange >= 2_000) {
        return (lastChange - started) / 1000;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await Promise.all(databases.map((database) => database.end()));
  }
}

const COMMIT_EVERY_MS = 10;
const POLL_EVERY_MS = 20;
/** One event in this many is timed. Looking up every event still in flight every 20 ms cost
 * the projection's database 9 ms a poll once 2,000 were in flight, a fifth of a core taken
 * from what it measures, and the more the further behind. */
const TIME_ONE_IN = 10;

/** Commit-to-projection latency: events committed to service-level's outbox at `rate` per
 * second, in a transaction every 10 ms as mutations would, and the time until one in ten
 * is a row of continual-improvement's KPI projection, through the relay and the real
 * broker. */
export async function commitToProjection(
  stack: BenchStack,
  serviceId: string,
  rate: number,
  seconds: number,
) {
  const projection = new Client({ connectionString: stack.databaseUrls['continual-improvement'] });
  await projection.connect();
  try {
    return await serviceLevelOutbox(stack, async (dataSource) => {
      const transactions = new Transactions(dataSource);
      const committedAt = new Map<string, number>();
      const latencies: number[] = [];
      let committing = true;
      const watch = (async () => {
        while (committing || committedAt.size > 0) {
          await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
          if (committedAt.size === 0) continue;
          const { rows } = await projection.query<{ target_id: string }>(
            'SELECT target_id FROM kpi_target_standing WHERE target_id = ANY($1::uuid[])',
            [[...committedAt.keys()]],
          );
          const seen = performance.now();
          for (const { target_id } of rows) {
            latencies.push(seen - committedAt.get(target_id)!);
            committedAt.delete(target_id);
          }
        }
      })();
      const perCommit = Math.max(1, Math.round((rate * COMMIT_EVERY_MS) / 1000));
      const started = performance.now();
      let sent = 0;
      while (performance.now() - started < seconds * 1000) {
        const due = Math.floor(((performance.now() - started) / 1000) * rate);
        while (sent < due) {
          const batch = Array.from({ length: Math.min(perCommit, due - sent) }, () =>
            measured(serviceId),
          );
          await transactions.run((transaction) =>
            transaction.publish(...batch.map(({ event }) => event)),
          );
          const committed = performance.now();
          for (const { targetId } of batch) {
            if (sent % TIME_ONE_IN === 0) committedAt.set(targetId, committed);
            sent += 1;
          }
        }
        await new Promise((resolve) => setTimeout(resolve, COMMIT_EVERY_MS));
      }
      const achievedRate = sent / ((performance.now() - started) / 1000);
      committing = false;
      await watch;
      latencies.sort((a, b) => a - b);
      const at = (share: number) =>
        latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))]!;
      return {
        events: sent,
        timed: latencies.length,
        achievedRate,
        p50Ms: at(0.5),
        p99Ms: at(0.99),
      };
    });
  } finally {
    await projection.end();
  }
}
