import type { Logger } from '@itsm/platform';
import { Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { ConsumerDefinition } from './consumer';
import { outboxBacklog } from './outbox';
import type { EventTransport } from './transport';

export interface EventMetricsSources {
  /** The database whose outbox is measured. */
  dataSource: DataSource;
  transport: EventTransport;
  /** The subgraph's consumer, whose lag is measured. */
  consumer?: Pick<ConsumerDefinition, 'group' | 'topics'>;
  logger: Logger;
}

/**
 * The outbox backlog and the consumer lag, read when Prometheus scrapes: events waiting to
 * be published and for how long, and messages on each consumed partition not yet processed.
 * A broker that does not answer leaves the lag out of that scrape rather than failing it.
 */
export function registerEventMetrics(registry: Registry, sources: EventMetricsSources): void {
  new Gauge({
    name: 'itsm_outbox_unsent_events',
    help: 'Events in the outbox not yet published',
    registers: [registry],
    async collect() {
      this.set((await outboxBacklog(sources.dataSource)).unsent);
    },
  });
  new Gauge({
    name: 'itsm_outbox_oldest_unsent_age_seconds',
    help: 'How long the oldest unpublished event has waited in the outbox',
    registers: [registry],
    async collect() {
      this.set((await outboxBacklog(sources.dataSource)).oldestAgeSeconds);
    },
  });
  const { consumer, transport } = sources;
  if (!consumer || !transport.consumerLag) return;
  new Gauge({
    name: 'itsm_consumer_lag_messages',
    help: 'Messages on a consumed partition that the consumer group has not processed',
    labelNames: ['group', 'topic', 'partition'],
    registers: [registry],
    async collect() {
      this.reset();
      try {
        for (const { topic, partition, lag } of await transport.consumerLag!(
          consumer.group,
          consumer.topics,
        )) {
          this.set({ group: consumer.group, topic, partition: String(partition) }, lag);
        }
      } catch (error) {
        sources.logger.warn({ err: error }, 'consumer lag unavailable');
      }
    },
  });
}
