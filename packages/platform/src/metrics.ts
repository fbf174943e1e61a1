import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Logger } from './logger';

/** Seconds, from a fast resolver to a slow federated plan. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The metrics every server exposes at /metrics; `service` labels each series, so the
 * processes of `pnpm start` and the pods of a deployment stay apart. */
export interface ServiceMetrics {
  registry: Registry;
  /** GraphQL operations by operation name and outcome (ok or error); its count is the rate. */
  operations: Histogram<'operation' | 'outcome'>;
  /** GraphQL errors by operation name and `extensions.code`. */
  errors: Counter<'operation' | 'code'>;
  /** HTTP responses of /graphql by status, including refusals before GraphQL runs. */
  responses: Counter<'status'>;
}

export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    operations: new Histogram({
      name: 'itsm_graphql_operation_duration_seconds',
      help: 'GraphQL operations served, by operation name and outcome',
      labelNames: ['operation', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'itsm_graphql_errors_total',
      help: 'GraphQL errors returned, by operation name and extensions.code',
      labelNames: ['operation', 'code'],
      registers: [registry],
    }),
    responses: new Counter({
      name: 'itsm_http_responses_total',
      help: 'HTTP responses of the GraphQL endpoint, by status',
      labelNames: ['status'],
      registers: [registry],
    }),
  };
}

/** An operation name as a label: bounded in length, and named when anonymous. */
export function operationLabel(name: string | null | undefined): string {
  return name ? name.slice(0, 100) : '(anonymous)';
}

/**
 * Measures every GraphQL operation and logs one line for it, with the request id the
 * gateway passes on, so that one request can be followed through the gateway and every
 * subgraph it reached.
 */
export function operationObserver<TContext extends BaseContext & { requestId: string }>(
  metrics: ServiceMetrics,
  logger: Logger,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          const seconds = (performance.now() - started) / 1000;
          const operation = operationLabel(operationName);
          const codes = (errors ?? []).map((error) =>
            String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          );
          metrics.operations.observe(
            { operation, outcome: codes.length ? 'error' : 'ok' },
            seconds,
          );
          for (const code of codes) metrics.errors.inc({ operation, code });
          logger.info(
            {
              requestId: contextValue.requestId,
              operation,
              durationMs: Math.round(seconds * 1000),
              ...(codes.length > 0 && { errors: codes }),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
