import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { urlVariable } from '@itsm/gateway';
import { SUBGRAPHS, type SubgraphName } from '@itsm/platform';
import {
  ensureDatabase,
  freePort,
  type KafkaBroker,
  type PostgresServer,
  startEmbeddedPostgres,
  startKafkaBroker,
} from '@itsm/stack';
import { repositoryRoot } from './environment';
import { launch, type ServiceProcess } from './processes';

/** Secrets of this throwaway system only. */
export const BENCH_SECRETS = {
  jwt: 'bench-jwt-secret-0000000000000000000000000',
  callerSigning: 'bench-caller-signing-secret-0000000000000',
};

export interface BenchStack {
  postgres: PostgresServer;
  kafka: KafkaBroker;
  databaseUrls: Record<SubgraphName, string>;
  subgraphs: Record<SubgraphName, ServiceProcess>;
  /** The environment every service of the stack shares. */
  environment: Record<string, string>;
  stop(): Promise<void>;
}

const SUBGRAPH_ENTRIES: Record<SubgraphName, string> = {
  'customer-portfolio': 'services/customer-portfolio/src/main.ts',
  'service-level': 'services/service-level/src/main.ts',
  'change-transition': 'services/change-transition/src/main.ts',
  'continual-improvement': 'services/continual-improvement/src/main.ts',
};

/** PostgreSQL and Kafka in a throwaway folder, and the four subgraphs, each in its own
 * process as in production, their migrations run. */
export async function startBenchStack(options: {
  outboxPollMs: number;
  /** Absent: the relay's own default. */
  outboxBatchSize?: number;
  /** Node.js options of every subgraph, such as `--cpu-prof`. */
  nodeOptions?: string[];
}): Promise<BenchStack> {
  const folder = mkdtempSync(join(tmpdir(), 'itsm-bench-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter it.
  chmodSync(folder, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(folder, 'postgres'),
    port: await freePort(),
    persistent: false,
  });
  const kafka = await startKafkaBroker({ dataDir: join(folder, 'kafka') });
  const environment = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    CALLER_SIGNING_SECRET: BENCH_SECRETS.callerSigning,
    JWT_SECRET: BENCH_SECRETS.jwt,
    KAFKA_BROKERS: kafka.brokers.join(','),
    KAFKA_TOPIC_PARTITIONS: '3',
    OUTBOX_POLL_INTERVAL_MS: String(options.outboxPollMs),
    ...(options.outboxBatchSize && { OUTBOX_BATCH_SIZE: String(options.outboxBatchSize) }),
  };
  const databaseUrls = {} as Record<SubgraphName, string>;
  for (const { name, database } of SUBGRAPHS) {
    databaseUrls[name] = await ensureDatabase(postgres.adminUrl, database);
  }
  const subgraphs = {} as Record<SubgraphName, ServiceProcess>;
  await Promise.all(
    SUBGRAPHS.map(async ({ name }) => {
      const port = await freePort();
      subgraphs[name] = await launch({
        name,
        entry: SUBGRAPH_ENTRIES[name],
        origin: `http://127.0.0.1:${port}`,
        environment: { ...environment, PORT: String(port), DATABASE_URL: databaseUrls[name] },
        ...(options.nodeOptions && { nodeOptions: options.nodeOptions }),
      });
    }),
  );
  return {
    postgres,
    kafka,
    databaseUrls,
    subgraphs,
    environment,
    stop: async () => {
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
      await kafka.stop();
      await postgres.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The subgraph URL variables of a gateway over this stack. */
export function subgraphUrlVariables(stack: BenchStack): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.map(({ name }) => [urlVariable(name), stack.subgraphs[name].url]),
  );
}

/** Our gateway over the committed supergraph, in its own process as in production. */
export async function startOurGateway(stack: BenchStack, nodeOptions: string[] = []) {
  const port = await freePort();
  return launch({
    name: 'gateway',
    entry: 'gateway/src/main.ts',
    origin: `http://127.0.0.1:${port}`,
    nodeOptions,
    environment: { ...stack.environment, PORT: String(port), ...subgraphUrlVariables(stack) },
  });
}

/** Hive Gateway's runtime over the committed supergraph (hive/server.ts), authenticating
 * and signing as ours does. One process, as ours. */
export async function startHiveGateway(stack: BenchStack) {
  const port = await freePort();
  return launch(
    {
      name: 'hive-gateway',
      entry: 'packages/bench/src/hive/server.ts',
      origin: `http://127.0.0.1:${port}`,
      environment: {
        ...stack.environment,
        PORT: String(port),
        SUPERGRAPH_PATH: join(repositoryRoot, 'schema/supergraph.graphql'),
        ...subgraphUrlVariables(stack),
      },
    },
    '/readiness',
  );
}
