import { KafkaTransport } from '@itsm/events';
import { createLogger } from '@itsm/platform';
import { openDataSource } from '@itsm/subgraph-kit';
import { readSettings } from '../environment';
import { rebuildKpiProjections } from '../services/kpi-rebuild';
import { continualImprovement } from '../subgraph';

/**
 * `pnpm --filter @itsm/continual-improvement rebuild-kpis`: rebuilds the KPI projections
 * from the Kafka topics, with the subgraph's own DATABASE_URL and KAFKA_* settings, while
 * the subgraph keeps running. Prints what it read as one JSON line.
 */
async function main() {
  const settings = readSettings();
  const logger = createLogger('continual-improvement rebuild', settings.logLevel);
  if (!settings.events.kafka) {
    throw new Error('KAFKA_BROKERS is unset: the in-process bus keeps no log to rebuild from');
  }
  const dataSource = await openDataSource(continualImprovement, settings, logger, {
    migrate: true,
    purpose: 'rebuild',
  });
  const transport = new KafkaTransport(settings.events.kafka, logger);
  try {
    const report = await rebuildKpiProjections(dataSource, transport, logger);
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await transport.stop();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
