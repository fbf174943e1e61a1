import type { Server } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  getOperationAST,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { type Caller, formatUnexpectedErrors, type Logger } from '@itsm/platform';
import type { Authenticate } from '../authentication';
import type { LiveMetrics } from './feed';
import type { LiveContext } from './schema';

export interface LiveUpdatesServerOptions {
  httpServer: Server;
  /** Where the GraphQL endpoint is; WebSocket upgrades there speak graphql-ws. */
  path: string;
  /** The schema served, once the gateway has loaded it. */
  schema(): GraphQLSchema | undefined;
  authenticate: Authenticate;
  /** The same query limits as over HTTP. */
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  /** Field suggestions ("Did you mean …?") go with introspection, as over HTTP. */
  blockFieldSuggestions: boolean;
  /** The largest message accepted, as the HTTP body limit. */
  maxPayloadBytes: number;
  maxSubscriptionsPerConnection: number;
  metrics: LiveMetrics;
  logger: Logger;
  production: boolean;
}

/** What a connection carries once its token is verified. */
interface Session {
  caller: Caller;
  /** Each subscription the client asked for, by its id: the stream, and whether it runs
   * (a refused one completes without having run). */
  subscriptions: Map<string, { stream: string; running: boolean }>;
  expiry: NodeJS.Timeout | undefined;
}

/** The longest delay a Node timer takes; a later expiry is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** WebSocket close reasons are at most 123 bytes. */
const MAX_CLOSE_REASON_BYTES = 123;

/**
 * Serves the `Subscription` type over WebSocket at the GraphQL URL with graphql-ws. The
 * client sends its bearer token as the `Authorization` connection parameter; a missing,
 * invalid or expired token closes the socket with 4401 and the reason, and a connection
 * whose token expires is closed the same way when it does. Only subscriptions go this way:
 * queries and mutations stay on HTTP. Each subscription passes the same parse and
 * validation limits as an HTTP request.
 */
export function serveLiveUpdates<TContext extends BaseContext>(
  options: LiveUpdatesServerOptions,
): ApolloServerPlugin<TContext> {
  const { metrics, logger } = options;
  const sockets = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: options.maxPayloadBytes,
  });
  const formatError = formatUnexpectedErrors(logger, options.production);
  const refuse = (message: string, code: string, extensions: Record<string, unknown> = {}) => [
    new GraphQLError(message, { extensions: { code, ...extensions } }),
  ];

  const server = useServer<Record<string, unknown>, { session: Session }>(
    {
      isProd: options.production,
      onConnect: async (context) => {
        const { socket } = context.extra;
        let caller: Caller;
        let expiresAt: Date | null;
        try {
          ({ caller, expiresAt } = await options.authenticate(
            authorizationOf(context.connectionParams),
          ));
        } catch (error) {
          socket.close(CloseCode.Unauthorized, closeReason((error as Error).message));
          return false;
        }
        const session: Session = { caller, subscriptions: new Map(), expiry: undefined };
        context.extra.session = session;
        const closeWhenExpired = (at: Date) => {
          const left = at.getTime() - Date.now();
          if (left <= 0) {
            socket.close(CloseCode.Unauthorized, closeReason('the bearer token expired'));
          } else {
            session.expiry = setTimeout(() => closeWhenExpired(at), Math.min(left, MAX_TIMER_MS));
          }
        };
        if (expiresAt) closeWhenExpired(expiresAt);
        metrics.connections.inc();
        return true;
      },
      onClose: (context) => {
        const { session } = context.extra;
        if (!session) return;
        clearTimeout(session.expiry);
        metrics.connections.dec();
      },
      onSubscribe: (context, id, payload) => {
        const session = context.extra.session!;
        const schema = options.schema();
        if (!schema) return refuse('The gateway is still starting', 'SERVICE_UNAVAILABLE');
        if (session.subscriptions.size >= options.maxSubscriptionsPerConnection) {
          return refuse(
            `A connection holds at most ${options.maxSubscriptionsPerConnection} subscriptions`,
            'BAD_REQUEST',
            { limit: 'MAX_SUBSCRIPTIONS_PER_CONNECTION' },
          );
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, options.parseOptions);
        } catch (error) {
          return refuse((error as GraphQLError).message, 'GRAPHQL_PARSE_FAILED');
        }
        const invalid = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (invalid.length > 0) {
          return invalid.map(
            (error) =>
              new GraphQLError(withoutSuggestions(error.message, options.blockFieldSuggestions), {
                nodes: error.nodes ?? null,
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...error.extensions },
              }),
          );
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return refuse(
            'Only subscriptions are served over WebSocket; send queries and mutations over HTTP',
            'BAD_REQUEST',
          );
        }
        session.subscriptions.set(id, { stream: rootFieldOf(operation), running: false });
        return {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue: { caller: session.caller } satisfies LiveContext,
        };
      },
      onOperation: (context, id, _payload, _args, result) => {
        const session = context.extra.session!;
        const subscription = session.subscriptions.get(id)!;
        if (!isAsyncIterable(result)) return;
        subscription.running = true;
        metrics.subscriptions.inc({ stream: subscription.stream });
        logger.info(
          { stream: subscription.stream, subject: session.caller.subject },
          'live subscription',
        );
      },
      onNext: (context, id, _payload, _args, result) => {
        if (!result.errors) {
          const subscription = context.extra.session!.subscriptions.get(id)!;
          metrics.pushed.inc({ stream: subscription.stream });
          return;
        }
        return {
          ...result,
          errors: result.errors.map((error) => formatError(error.toJSON(), error)),
        };
      },
      onComplete: (context, id) => {
        const session = context.extra.session!;
        const subscription = session.subscriptions.get(id);
        session.subscriptions.delete(id);
        if (subscription?.running) metrics.subscriptions.dec({ stream: subscription.stream });
      },
    },
    sockets,
  );

  return {
    async serverWillStart() {
      return {
        async drainServer() {
          await server.dispose();
        },
      };
    },
  };
}

/** The bearer token of a connection: its `Authorization` parameter, in any letter case, as
 * GraphiQL sends the headers it shows. */
function authorizationOf(parameters: Readonly<Record<string, unknown>> | undefined) {
  const entry = Object.entries(parameters ?? {}).find(
    ([name]) => name.toLowerCase() === 'authorization',
  );
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

function rootFieldOf(operation: OperationDefinitionNode): string {
  const [selection] = operation.selectionSet.selections;
  return selection?.kind === 'Field' ? selection.name.value : 'unknown';
}

function closeReason(message: string): string {
  let reason = `Unauthenticated: ${message}`;
  while (Buffer.byteLength(reason) > MAX_CLOSE_REASON_BYTES) reason = reason.slice(0, -1);
  return reason;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** graphql-armor's mask for field suggestions, for errors that do not pass through Apollo. */
function withoutSuggestions(message: string, block: boolean): string {
  return block ? message.replace(/Did you mean ".+"/g, '[Suggestion hidden]') : message;
}
