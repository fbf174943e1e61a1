import { performance } from 'node:perf_hooks';
import type { Caller } from '@itsm/platform';
import { driveSubgraphsDirectly } from './direct';
import { DASHBOARD } from './documents';
import { ADMIN, graphQLClient, relationshipManager, tokenFor } from './graphql';
import { drive, type LoadResult, sampleRss } from './load';
import { machineLine, report } from './machine';
import { type BenchOptions, readOptions } from './options';
import type { ServiceProcess } from './processes';
import { DEFAULT_SEED, seed, type SeededData } from './seed';
import { type BenchStack, startBenchStack, startHiveGateway, startOurGateway } from './stack';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function main(options: BenchOptions) {
  process.stdout.write(`${machineLine()}\n`);
  const wanted = new Set(options.scenarios);
  let started = performance.now();
  const stack = await startBenchStack({ outboxPollMs: 50 });
  const stopping: (() => Promise<void>)[] = [() => stack.stop()];
  try {
    const ours = await startOurGateway(
      stack,
      options.profile ? ['--cpu-prof', '--cpu-prof-dir=.cache/bench-profiles'] : [],
    );
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
      const federated = await federatedRead(options, ours, hive, dashboards);
      await hive.stop();
      if (wanted.has('subgraph-direct'))
        await subgraphDirect(options, stack, dashboards, federated);
    }
  } finally {
    for (const stop of stopping) await stop();
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

async function measure(
  gateway: ServiceProcess,
  dashboards: DashboardRequests,
  clients: number,
  options: BenchOptions,
) {
  await drive({
    url: gateway.url,
    connections: clients,
    durationSeconds: options.warmup,
    nextRequest: dashboards.next,
  });
  const { result, samples } = await sampleRss(gateway.rssMb, () =>
    drive({
      url: gateway.url,
      connections: clients,
      durationSeconds: options.duration,
      nextRequest: dashboards.next,
    }),
  );
  return { ...result, rssMb: Math.max(...samples) };
}

/** Scenarios 1 and 2: the dashboard through our gateway and through Hive Gateway, one after
 * the other at each client count, in the same run. */
async function federatedRead(
  options: BenchOptions,
  ours: ServiceProcess,
  hive: ServiceProcess,
  dashboards: DashboardRequests,
) {
  await checkDashboard(ours, dashboards);
  await checkDashboard(hive, dashboards);
  const results = new Map<number, LoadResult>();
  for (const clients of options.clients) {
    const figures = {
      ours: await measure(ours, dashboards, clients, options),
      hive: await measure(hive, dashboards, clients, options),
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

main(readOptions(process.argv.slice(2))).catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
