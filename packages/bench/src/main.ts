import { performance } from 'node:perf_hooks';
import type { Caller } from '@itsm/platform';
import { coldStarts } from './cold-start';
import { driveSubgraphsDirectly } from './direct';
import { commitToProjection, relayThroughput, settle } from './events';
import { DASHBOARD } from './documents';
import { ADMIN, graphQLClient, relationshipManager, tokenFor } from './graphql';
import { drive, type LoadResult, type RunLength, sampleRss } from './load';
import { machineLine, report } from './machine';
import { type BenchOptions, readOptions } from './options';
import { openFilesOf, type ServiceProcess } from './processes';
import { DEFAULT_SEED, seed, type SeededData } from './seed';
import { mixedWrites } from './write-path';
import { type BenchStack, startBenchStack, startHiveGateway, startOurGateway } from './stack';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function main(options: BenchOptions) {
  process.stdout.write(`${machineLine()}\n`);
  const wanted = new Set(options.scenarios);
  let started = performance.now();
  const profiling = options.profile ? ['--cpu-prof', '--cpu-prof-dir=.cache/bench-profiles'] : [];
  const stack = await startBenchStack({
    outboxPollMs: 50,
    outboxBatchSize: options['outbox-batch-size'],
    nodeOptions: profiling,
  });
  const stopping: (() => Promise<void>)[] = [() => stack.stop()];
  const stopAll = async () => {
    for (const stop of stopping.splice(0)) await stop();
  };
  // Ctrl+C stops the processes, PostgreSQL and Kafka the bench started, too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopAll().finally(() => process.exit(1)));
  }
  try {
    const ours = await startOurGateway(stack, profiling);
    stopping.unshift(() => ours.stop());
    log(`stack ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    started = performance.now();
    const admin = await graphQLClient(ours.url, ADMIN);
    const seeded = await seed(admin, stack.databaseUrls, {
      ...DEFAULT_SEED,
      customers: options.customers,
    });
    log(
      `seeded ${options.customers} customers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const dashboards = await dashboardRequests(seeded);

    if (wanted.has('federated-read') || wanted.has('subgraph-direct')) {
      const hive = await startHiveGateway(stack);
      stopping.unshift(() => hive.stop());
      const federated = await federatedRead(options, stack, ours, hive, dashboards);
      await hive.stop();
      if (wanted.has('subgraph-direct'))
        await subgraphDirect(options, stack, dashboards, federated);
    }
    if (wanted.has('write-path')) await writePath(options, stack, ours, seeded);
    if (wanted.has('gateway-rss')) await gatewayRss(options, ours, dashboards);
    if (wanted.has('events')) await events(options, stack, seeded);
  } finally {
    await stopAll();
  }
  // Last and alone: `pnpm start` runs its own PostgreSQL and subgraphs.
  if (wanted.has('cold-start')) {
    const { firstMs, restartMs } = await coldStarts();
    report('cold-start', { first_start_ms: firstMs, restart_ms: restartMs });
  }
}

interface DashboardRequests {
  next(): { body: string; headers: Record<string, string> };
  callers: Map<string, Caller>;
}

/** One dashboard request per relationship manager, each with the manager's own token. */
async function dashboardRequests(seeded: SeededData): Promise<DashboardRequests> {
  const callers = new Map(
    seeded.managers.map((manager) => [manager, relationshipManager(manager)]),
  );
  const requests = await Promise.all(
    seeded.managers.map(async (manager) => ({
      body: JSON.stringify({
        operationName: 'RelationshipManagerDashboard',
        query: DASHBOARD,
        variables: { manager },
      }),
      headers: { authorization: `Bearer ${await tokenFor(callers.get(manager)!)}` },
    })),
  );
  return {
    next: () => requests[Math.floor(Math.random() * requests.length)]!,
    callers,
  };
}

/** Checks that a gateway answers the dashboard in full before it is measured. */
async function checkDashboard(gateway: ServiceProcess, dashboards: DashboardRequests) {
  const request = dashboards.next();
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: request.body,
  });
  const answer = (await response.json()) as {
    data?: { customers: { edges: { node: { agreements: unknown[] | null } }[] } };
    errors?: unknown[];
  };
  const customers = answer.data?.customers.edges ?? [];
  if (answer.errors || customers.length !== 20 || customers.some(({ node }) => !node.agreements)) {
    throw new Error(
      `${gateway.name} does not answer the dashboard: ${JSON.stringify(answer).slice(0, 2000)}`,
    );
  }
}

/** CPU time of the gateway and of each subgraph over a run, in ms; divided by the requests
 * served, it is the cost of a dashboard, which other work on a shared machine disturbs far
 * less than throughput. */
function cpuDuring(processes: ServiceProcess[]) {
  const before = processes.map((process) => process.cpuMs());
  return () =>
    Object.fromEntries(
      processes.map((process, index) => [
        `${process.name.replace(/-/g, '_')}_cpu_ms`,
        process.cpuMs() - before[index]!,
      ]),
    );
}

const QUIET_SHARE = 0.05;
const QUIET_TIMEOUT_MS = 120_000;

/** Waits until none of the processes uses more than 5% of a core over half a second: the
 * requests a gateway was still serving for clients that left the last run must not weigh
 * on the next. */
async function quiet(processes: ServiceProcess[]) {
  const deadline = performance.now() + QUIET_TIMEOUT_MS;
  for (;;) {
    const used = cpuDuring(processes);
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (Math.max(...Object.values(used())) <= 500 * QUIET_SHARE) return;
    if (performance.now() > deadline) {
      log(`still busy after ${QUIET_TIMEOUT_MS / 1000} s; measuring anyway`);
      return;
    }
  }
}

async function measure(
  gateway: ServiceProcess,
  stack: BenchStack,
  dashboards: DashboardRequests,
  clients: number,
  options: BenchOptions,
) {
  const run = (durationSeconds: number) =>
    drive({
      url: gateway.url,
      connections: clients,
      durationSeconds,
      nextRequest: dashboards.next,
    });
  const processes = [gateway, ...Object.values(stack.subgraphs)];
  await quiet(processes);
  await run(options.warmup);
  const cpu = cpuDuring(processes);
  const { result, samples } = await sampleRss(gateway.rssMb, () => run(options.duration));
  return { ...result, rssMb: Math.max(...samples), cpuMs: cpu() };
}

type Measured = Awaited<ReturnType<typeof measure>>;

/** Two runs of one gateway as one: the mean of their throughput and latencies, the sum of
 * their requests, errors and CPU, and the larger RSS. */
function meanOf(first: Measured, second: Measured): Measured {
  const mean = (a: number, b: number) => (a + b) / 2;
  return {
    rps: mean(first.rps, second.rps),
    p50Ms: mean(first.p50Ms, second.p50Ms),
    p99Ms: mean(first.p99Ms, second.p99Ms),
    requests: first.requests + second.requests,
    errors: first.errors + second.errors,
    rssMb: Math.max(first.rssMb, second.rssMb),
    cpuMs: Object.fromEntries(
      Object.entries(first.cpuMs).map(([name, ms]) => [name, ms + (second.cpuMs[name] ?? 0)]),
    ),
  };
}

/** CPU per request served; none served reports none, not the whole run's CPU. */
const perRequest = (cpuMs: Record<string, number>, requests: number) =>
  Object.fromEntries(
    Object.entries(cpuMs).map(([name, ms]) => [name, requests > 0 ? ms / requests : 'none']),
  );

const SYSTEM_WARMUP_SECONDS = 15;

/** Scenarios 1 and 2: the dashboard through our gateway and through Hive Gateway in the same
 * run, in the order ours, Hive, Hive, ours at each client count: the gateway measured second
 * finds the subgraphs warmer, and this order gives each the same share of that. */
async function federatedRead(
  options: BenchOptions,
  stack: BenchStack,
  ours: ServiceProcess,
  hive: ServiceProcess,
  dashboards: DashboardRequests,
) {
  await checkDashboard(ours, dashboards);
  await checkDashboard(hive, dashboards);
  // Fresh from seeding, the subgraphs' code is not yet optimised and PostgreSQL is still
  // analysing the new rows: the first measured run would pay for it alone.
  for (const gateway of [ours, hive]) {
    await drive({
      url: gateway.url,
      connections: options.clients[0]!,
      durationSeconds: SYSTEM_WARMUP_SECONDS,
      nextRequest: dashboards.next,
    });
  }
  const results = new Map<number, LoadResult>();
  for (const clients of options.clients) {
    const oursFirst = await measure(ours, stack, dashboards, clients, options);
    const hiveFirst = await measure(hive, stack, dashboards, clients, options);
    const hiveSecond = await measure(hive, stack, dashboards, clients, options);
    const oursSecond = await measure(ours, stack, dashboards, clients, options);
    const figures = {
      ours: meanOf(oursFirst, oursSecond),
      hive: meanOf(hiveFirst, hiveSecond),
    };
    for (const [gateway, result] of Object.entries(figures)) {
      report('federated-read', {
        gateway,
        clients,
        rps: result.rps,
        p50_ms: result.p50Ms,
        p99_ms: result.p99Ms,
        errors: result.errors,
        gateway_rss_mb: result.rssMb,
        ...perRequest(result.cpuMs, result.requests),
      });
    }
    report('federated-read-vs-hive', {
      clients,
      rps_ratio: figures.ours.rps / figures.hive.rps,
      p99_ratio: figures.ours.p99Ms / figures.hive.p99Ms,
    });
    results.set(clients, figures.ours);
  }
  return results;
}

/** Scenario 3: the same dashboards fetched from the subgraphs directly, and our gateway's
 * throughput as a fraction of it. */
async function subgraphDirect(
  options: BenchOptions,
  stack: BenchStack,
  dashboards: DashboardRequests,
  federated: Map<number, LoadResult>,
) {
  for (const clients of options.clients) {
    await quiet(Object.values(stack.subgraphs));
    await driveSubgraphsDirectly(stack, dashboards.callers, clients, options.warmup);
    const direct = await driveSubgraphsDirectly(
      stack,
      dashboards.callers,
      clients,
      options.duration,
    );
    const gateway = federated.get(clients);
    report('subgraph-direct', {
      clients,
      rps: direct.rps,
      p50_ms: direct.p50Ms,
      p99_ms: direct.p99Ms,
      errors: direct.errors,
      ...(gateway && { gateway_fraction: gateway.rps / direct.rps }),
    });
  }
}

/** Scenario 4: mutations per second through our gateway, a mixed workload. */
/** Each run's events are relayed and consumed before the next run, and the time that took
 * is reported as `settled_s`. */
async function writePath(
  options: BenchOptions,
  stack: BenchStack,
  ours: ServiceProcess,
  seeded: SeededData,
) {
  const nextRequest = mixedWrites(seeded, `Bearer ${await tokenFor(ADMIN)}`);
  for (const clients of options.clients) {
    const result = await drive({
      url: ours.url,
      connections: clients,
      durationSeconds: options.duration,
      nextRequest,
    });
    const settledSeconds = await settle(stack);
    report('write-path', {
      clients,
      mutations_per_s: result.rps,
      p50_ms: result.p50Ms,
      p99_ms: result.p99Ms,
      errors: result.errors,
      settled_s: settledSeconds,
    });
  }
}

/** The gateway's memory and open files over a long run of dashboards at the first client
 * count, after a warm-up counted in dashboards, so that a slower machine warms up as far as
 * a faster one: RSS should stay within 10%. */
async function gatewayRss(
  options: BenchOptions,
  ours: ServiceProcess,
  dashboards: DashboardRequests,
) {
  const seconds = options['rss-seconds'];
  const clients = options.clients[0]!;
  const run = (length: RunLength) =>
    drive({ url: ours.url, connections: clients, ...length, nextRequest: dashboards.next });
  await run({ requests: options['rss-warmup'] });
  const filesBefore = openFilesOf(ours.child.pid!);
  const { result, samples } = await sampleRss(ours.rssMb, () => run({ durationSeconds: seconds }));
  // RSS rises between the collections of V8's old space and falls at each, a sawtooth of
  // about a fifth of its height: a single sample depends on where in the tooth it falls. So
  // the run's first and last fifths are compared by their low (what stays after a
  // collection) and their high, and the growth is the larger change.
  const fifth = Math.max(1, Math.floor(samples.length / 5));
  const range = (part: number[]) => ({ low: Math.min(...part), high: Math.max(...part) });
  const [start, end] = [range(samples.slice(0, fifth)), range(samples.slice(-fifth))];
  const growth = (before: number, after: number) => ((after - before) / before) * 100;
  report('gateway-rss', {
    clients,
    warmup_requests: options['rss-warmup'],
    seconds,
    requests: result.requests,
    errors: result.errors,
    rss_after_warmup_mb: samples[0]!,
    rss_end_mb: samples.at(-1)!,
    rss_max_mb: Math.max(...samples),
    rss_first_fifth_low_mb: start.low,
    rss_first_fifth_high_mb: start.high,
    rss_last_fifth_low_mb: end.low,
    rss_last_fifth_high_mb: end.high,
    rss_growth_pct: Math.max(growth(start.low, end.low), growth(start.high, end.high)),
    open_files_before: filesBefore,
    open_files_after: openFilesOf(ours.child.pid!),
  });
}

/** Scenario 5: the outbox relay's throughput, then commit-to-projection latency at the
 * given rate, on the real broker. */
async function events(options: BenchOptions, stack: BenchStack, seeded: SeededData) {
  const serviceId = seeded.serviceIds[0]!;
  await settle(stack);
  const relay = await relayThroughput(stack, serviceId, 20_000);
  const consumedSeconds = await settle(stack);
  report('events-relay', {
    events: 20_000,
    events_per_s: relay.eventsPerSecond,
    consumed_within_s: consumedSeconds,
  });
  const latency = await commitToProjection(
    stack,
    serviceId,
    options['events-rate'],
    options['events-seconds'],
  );
  report('events-commit-to-projection', {
    target_rate: options['events-rate'],
    achieved_rate: latency.achievedRate,
    events: latency.events,
    timed: latency.timed,
    p50_ms: latency.p50Ms,
    p99_ms: latency.p99Ms,
  });
}

main(readOptions(process.argv.slice(2))).catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
