import { join } from 'node:path';
import { z } from 'zod';
import { kafkaEnvironmentShape, kafkaSettingsOf } from '@itsm/events';
import {
  DEVELOPMENT_SECRETS,
  logLevelSchema,
  nodeEnvironmentSchema,
  parseEnvironment,
  portSchema,
  flagSchema,
  secretSchema,
  SUBGRAPHS,
} from '@itsm/platform';
import { DEFAULT_CLAIMS } from './authentication';
import { DEFAULT_LIMITS } from './limits';
import type { GatewaySettings } from './gateway';

const count = z.coerce.number().int().positive();

export const urlVariable = (name: string) => `${name.toUpperCase().replace(/-/g, '_')}_URL`;

/** The gateway's settings from the given variables. */
export function readGatewaySettings(
  environment: Record<string, string | undefined>,
): GatewaySettings {
  const parsed = parseEnvironment(
    {
      NODE_ENV: nodeEnvironmentSchema,
      PORT: portSchema.default(4000),
      LOG_LEVEL: logLevelSchema,
      JWT_SECRET: secretSchema.optional(),
      JWT_JWKS_URL: z.url().optional(),
      JWT_ISSUER: z.string().optional(),
      JWT_AUDIENCE: z.string().optional(),
      JWT_ROLES_CLAIM: z.string().min(1).default(DEFAULT_CLAIMS.roles),
      JWT_CUSTOMER_IDS_CLAIM: z.string().min(1).default(DEFAULT_CLAIMS.customerIds),
      JWT_ROLE_PREFIX: z.string().default(DEFAULT_CLAIMS.rolePrefix),
      CALLER_SIGNING_SECRET: secretSchema,
      SUPERGRAPH_PATH: z.string().default(join(__dirname, '../../schema/supergraph.graphql')),
      MAX_QUERY_DEPTH: count.default(DEFAULT_LIMITS.maxDepth),
      MAX_QUERY_ALIASES: count.default(DEFAULT_LIMITS.maxAliases),
      MAX_QUERY_COST: count.default(DEFAULT_LIMITS.maxCost),
      MAX_QUERY_TOKENS: count.default(DEFAULT_LIMITS.maxTokens),
      MAX_QUERY_DIRECTIVES: count.default(DEFAULT_LIMITS.maxDirectives),
      REQUEST_BODY_LIMIT: z
        .string()
        .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 100kb')
        .default('100kb'),
      INTROSPECTION: flagSchema,
      BATCHED_REQUESTS: flagSchema,
      PERSISTED_QUERIES: flagSchema,
      PLAYGROUND: flagSchema,
      RESPONSE_COMPRESSION: flagSchema,
      ...kafkaEnvironmentShape,
      MAX_SUBSCRIPTIONS_PER_CONNECTION: count.default(20),
      SUBGRAPH_CONNECTIONS: count.default(8),
    },
    environment,
    DEVELOPMENT_SECRETS,
  );

  if (!parsed.JWT_JWKS_URL && !parsed.JWT_SECRET) {
    throw new Error('Invalid configuration: set JWT_JWKS_URL or JWT_SECRET');
  }

  /** CUSTOMER_PORTFOLIO_URL and its siblings, defaulting to the ports `pnpm start` uses. */
  const subgraphUrls = parseEnvironment(
    Object.fromEntries(
      SUBGRAPHS.map(({ name, defaultPort }) => [
        urlVariable(name),
        z.url().default(`http://localhost:${defaultPort}/graphql`),
      ]),
    ),
    environment,
  );

  const production = parsed.NODE_ENV === 'production';
  const introspection = parsed.INTROSPECTION ?? !production;
  return {
    port: parsed.PORT,
    production,
    logLevel: parsed.LOG_LEVEL,
    jwt: {
      // Keys published by the identity provider win over the (development) shared secret.
      ...(parsed.JWT_JWKS_URL ? { jwksUrl: parsed.JWT_JWKS_URL } : { secret: parsed.JWT_SECRET }),
      issuer: parsed.JWT_ISSUER,
      audience: parsed.JWT_AUDIENCE,
      claims: {
        roles: parsed.JWT_ROLES_CLAIM,
        customerIds: parsed.JWT_CUSTOMER_IDS_CLAIM,
        rolePrefix: parsed.JWT_ROLE_PREFIX,
      },
    },
    callerSigningSecret: parsed.CALLER_SIGNING_SECRET,
    limits: {
      maxDepth: parsed.MAX_QUERY_DEPTH,
      maxAliases: parsed.MAX_QUERY_ALIASES,
      maxCost: parsed.MAX_QUERY_COST,
      maxTokens: parsed.MAX_QUERY_TOKENS,
      maxDirectives: parsed.MAX_QUERY_DIRECTIVES,
      blockFieldSuggestions: !introspection,
    },
    bodyLimit: parsed.REQUEST_BODY_LIMIT,
    introspection,
    batchedRequests: parsed.BATCHED_REQUESTS ?? false,
    persistedQueries: parsed.PERSISTED_QUERIES ?? true,
    playground: parsed.PLAYGROUND ?? !production,
    responseCompression: parsed.RESPONSE_COMPRESSION ?? true,
    supergraphPath: parsed.SUPERGRAPH_PATH,
    subgraphUrls: Object.fromEntries(
      SUBGRAPHS.map(({ name }) => [name, subgraphUrls[urlVariable(name)]!]),
    ),
    subgraphConnections: parsed.SUBGRAPH_CONNECTIONS,
    liveUpdates: {
      kafka: kafkaSettingsOf(parsed, 'gateway'),
      maxSubscriptionsPerConnection: parsed.MAX_SUBSCRIPTIONS_PER_CONNECTION,
    },
  };
}

export const settings = readGatewaySettings(process.env);
