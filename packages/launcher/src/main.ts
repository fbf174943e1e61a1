import { changeTransition } from '@itsm/change-transition';
import { continualImprovement } from '@itsm/continual-improvement';
import { customerPortfolio } from '@itsm/customer-portfolio';
import { InProcessEventBus } from '@itsm/events';
import { playgroundNotice, readGatewaySettings, startGateway } from '@itsm/gateway';
import { createLogger, runProcess, SUBGRAPHS } from '@itsm/platform';
import { serviceLevel } from '@itsm/service-level';
import { ensureDatabase, externalPostgres, startEmbeddedPostgres } from '@itsm/stack';
import {
  readSubgraphSettings,
  type RequestContext,
  type RunningSubgraph,
  startSubgraph,
  type SubgraphDefinition,
} from '@itsm/subgraph-kit';
import { serviceEnvironment, settings } from './environment';

const definitions: Record<string, SubgraphDefinition<RequestContext>> = {
  'customer-portfolio': customerPortfolio,
  'service-level': serviceLevel,
  'change-transition': changeTransition,
  'continual-improvement': continualImprovement,
};

const logger = createLogger('launcher', settings.LOG_LEVEL);

/**
 * `pnpm start`: PostgreSQL (embedded unless POSTGRES_URL is set), the four subgraphs and
 * the gateway, in this one process. Without KAFKA_BROKERS the subgraphs share an
 * in-process event bus; with it, each talks to Kafka as it would in its own process.
 */
async function start() {
  const postgres = settings.POSTGRES_URL
    ? externalPostgres(settings.POSTGRES_URL)
    : await startEmbeddedPostgres({
        dataDir: settings.POSTGRES_DATA_DIR,
        port: settings.POSTGRES_PORT,
        persistent: true,
      });
  logger.info(
    settings.POSTGRES_URL
      ? 'PostgreSQL: external server'
      : `PostgreSQL: embedded on port ${settings.POSTGRES_PORT}, data in ${settings.POSTGRES_DATA_DIR}`,
  );

  const bus = serviceEnvironment.KAFKA_BROKERS
    ? undefined
    : new InProcessEventBus(logger.child({ component: 'event-bus' }));
  const subgraphs: RunningSubgraph[] = [];
  for (const { name, defaultPort, database } of SUBGRAPHS) {
    const subgraphSettings = readSubgraphSettings(
      {
        ...serviceEnvironment,
        PORT: String(defaultPort),
        DATABASE_URL: await ensureDatabase(postgres.adminUrl, database),
      },
      name,
    );
    subgraphs.push(
      await startSubgraph(definitions[name]!, subgraphSettings, {
        logger: createLogger(name, subgraphSettings.logLevel),
        ...(bus && { transport: bus }),
      }),
    );
  }
  bus?.start();
  logger.info(
    bus ? 'Events: in-process bus' : `Events: Kafka at ${serviceEnvironment.KAFKA_BROKERS}`,
  );

  const gateway = await startGateway(
    readGatewaySettings(serviceEnvironment),
    createLogger('gateway', settings.LOG_LEVEL),
    { ...(bus && { events: bus }) },
  );
  process.stdout.write(playgroundNotice(gateway));
  process.stdout.write('The ITSM supergraph is ready. Stop it with Ctrl+C.\n');
  return {
    stop: async () => {
      await gateway.stop();
      await bus?.stop();
      await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
      await postgres.stop();
    },
  };
}

runProcess(logger, start);
