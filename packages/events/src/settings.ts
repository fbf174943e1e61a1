import { z } from 'zod';
import type { Logger } from '@itsm/platform';
import type { RetrySettings } from './consumer';
import { InProcessEventBus } from './in-process-bus';
import { type KafkaSettings, KafkaTransport } from './kafka-transport';
import type { RelaySettings } from './relay';
import type { EventTransport } from './transport';

/** The variables that say where Kafka is; the gateway reads these alone. */
export const kafkaEnvironmentShape = {
  KAFKA_BROKERS: z
    .string()
    .transform((list) => list.split(',').map((broker) => broker.trim()))
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'must be host:port')).min(1))
    .optional(),
  KAFKA_CLIENT_ID: z.string().min(1).optional(),
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/)
    .default(''),
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().positive().default(3),
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().positive().default(1),
};

/** The event variables every subgraph reads, with their defaults. */
export const eventEnvironmentShape = {
  ...kafkaEnvironmentShape,
  OUTBOX_BATCH_SIZE: z.coerce.number().int().positive().max(10_000).default(1_000),
  // Below Kafka's default message.max.bytes (1,048,588), which limits each record batch.
  OUTBOX_BATCH_MAX_BYTES: z.coerce.number().int().min(1_024).default(1_000_000),
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(1_000),
  OUTBOX_RETENTION_HOURS: z.coerce.number().positive().default(168),
  CONSUMER_RETRY_ATTEMPTS: z.coerce.number().int().positive().default(3),
  CONSUMER_RETRY_DELAY_MS: z.coerce.number().int().nonnegative().default(200),
};

export interface EventSettings {
  /** Absent: the in-process bus of the embedded default. */
  kafka?: KafkaSettings;
  relay: Omit<RelaySettings, 'databaseUrl'>;
  retry: RetrySettings;
}

/** Kafka's settings when brokers are configured; `clientId` names the service by default. */
export function kafkaSettingsOf(
  parsed: z.infer<z.ZodObject<typeof kafkaEnvironmentShape>>,
  clientId: string,
): KafkaSettings | undefined {
  return parsed.KAFKA_BROKERS
    ? {
        brokers: parsed.KAFKA_BROKERS,
        clientId: parsed.KAFKA_CLIENT_ID ?? clientId,
        topicPrefix: parsed.KAFKA_TOPIC_PREFIX,
        partitions: parsed.KAFKA_TOPIC_PARTITIONS,
        replicationFactor: parsed.KAFKA_REPLICATION_FACTOR,
      }
    : undefined;
}

export function eventSettingsOf(
  parsed: z.infer<z.ZodObject<typeof eventEnvironmentShape>>,
  clientId: string,
): EventSettings {
  const kafka = kafkaSettingsOf(parsed, clientId);
  return {
    ...(kafka && { kafka }),
    relay: {
      batchSize: parsed.OUTBOX_BATCH_SIZE,
      batchMaxBytes: parsed.OUTBOX_BATCH_MAX_BYTES,
      pollIntervalMs: parsed.OUTBOX_POLL_INTERVAL_MS,
      retentionHours: parsed.OUTBOX_RETENTION_HOURS,
    },
    retry: {
      attempts: parsed.CONSUMER_RETRY_ATTEMPTS,
      initialDelayMs: parsed.CONSUMER_RETRY_DELAY_MS,
    },
  };
}

/** Kafka when brokers are configured, otherwise a bus private to this process. */
export function createEventTransport(
  settings: EventSettings,
  logger: Logger,
): KafkaTransport | InProcessEventBus {
  return settings.kafka
    ? new KafkaTransport(settings.kafka, logger)
    : new InProcessEventBus(logger);
}

export type { EventTransport };
