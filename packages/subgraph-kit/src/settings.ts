import { z } from 'zod';
import {
  DEVELOPMENT_SECRETS,
  logLevelSchema,
  nodeEnvironmentSchema,
  parseEnvironment,
  portSchema,
  secretSchema,
  type SubgraphName,
  subgraphNamed,
} from '@itsm/platform';
import { eventEnvironmentShape, eventSettingsOf } from '@itsm/events';
import type { SubgraphSettings } from './subgraph';

/** The variables every subgraph reads; a service's environment.ts may add its own. */
export function subgraphEnvironmentShape(defaultPort: number) {
  return {
    NODE_ENV: nodeEnvironmentSchema,
    PORT: portSchema.default(defaultPort),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
    DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
    CALLER_SIGNING_SECRET: secretSchema,
    /** Still accepted while CALLER_SIGNING_SECRET is being rotated. */
    CALLER_SIGNING_SECRET_PREVIOUS: secretSchema.optional(),
    LOG_LEVEL: logLevelSchema,
    ...eventEnvironmentShape,
  };
}

export function readSubgraphSettings(
  environment: Record<string, string | undefined>,
  subgraph: SubgraphName,
): SubgraphSettings {
  const parsed = parseEnvironment(
    subgraphEnvironmentShape(subgraphNamed(subgraph).defaultPort),
    environment,
    DEVELOPMENT_SECRETS,
  );
  const production = parsed.NODE_ENV === 'production';
  // Alone in its process, an in-process bus would deliver the events to no other subgraph.
  if (production && !parsed.KAFKA_BROKERS) {
    throw new Error('Invalid configuration: KAFKA_BROKERS is required in production');
  }
  return {
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL,
    databasePoolSize: parsed.DATABASE_POOL_SIZE,
    callerSigningSecret: parsed.CALLER_SIGNING_SECRET,
    ...(parsed.CALLER_SIGNING_SECRET_PREVIOUS && {
      previousCallerSigningSecret: parsed.CALLER_SIGNING_SECRET_PREVIOUS,
    }),
    logLevel: parsed.LOG_LEVEL,
    production,
    events: eventSettingsOf(parsed, subgraph),
  };
}
