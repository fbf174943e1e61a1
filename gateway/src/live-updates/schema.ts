import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { extendSchema, GraphQLError, type GraphQLSchema, parse } from 'graphql';
import { withFilter } from 'graphql-subscriptions';
import type { Caller } from '@itsm/platform';
import type { LiveFeed } from './feed';
import { type LiveUpdate, STREAM_NAMES, subscriberFilter } from './streams';

/** The gateway's own part of the graph: the `Subscription` type and its payloads. */
export const LIVE_UPDATES_SDL = readFileSync(join(__dirname, 'schema.graphql'), 'utf8');

/** What a subscription resolves with. */
export interface LiveContext {
  caller: Caller;
}

/**
 * The API schema of the supergraph with `Subscription` added. Its payloads use the
 * supergraph's enums (`TargetMetric`, `ChangeState`, …), so an update reads like the rest of
 * the graph. Each field subscribes to its stream of the feed, filtered for the caller.
 */
export function withLiveUpdates(apiSchema: GraphQLSchema, feed: LiveFeed): GraphQLSchema {
  const schema = extendSchema(apiSchema, parse(LIVE_UPDATES_SDL));
  const fields = schema.getSubscriptionType()!.getFields();
  for (const stream of STREAM_NAMES) {
    const field = fields[stream]!;
    field.subscribe = (_root: unknown, args: Record<string, unknown>, context: LiveContext) => {
      const visible = subscriberFilter(stream, context.caller, args);
      return withFilter<LiveUpdate>(
        () => feed.updates(stream),
        (update) => visible(update!),
      )();
    };
    field.resolve = (update: LiveUpdate) => update.payload;
  }
  return schema;
}

/** Apollo's gateway interface, as `ApolloServer` takes it. */
type GatewayInterface = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;

/**
 * The Apollo gateway with `extend` applied to the API schema it hands to Apollo Server, so
 * that introspection over HTTP (and so the playground) shows `Subscription`; its executor
 * still plans queries and mutations over the supergraph alone. `onSchema` sees each schema
 * served, for the WebSocket side.
 */
export function extendedGateway(
  gateway: ApolloGateway,
  extend: (apiSchema: GraphQLSchema) => GraphQLSchema,
  onSchema: (schema: GraphQLSchema) => void,
): GatewayInterface {
  return {
    load: (options) => gateway.load(options),
    stop: () => gateway.stop(),
    onSchemaLoadOrUpdate: (callback) =>
      gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
        const schema = extend(apiSchema);
        onSchema(schema);
        callback({ apiSchema: schema, coreSupergraphSdl });
      }),
  };
}

/** @apollo/gateway cannot execute subscriptions; they are served over WebSocket. */
export function subscriptionsOverWebSocketOnly<
  TContext extends BaseContext,
>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            'Subscriptions are served over WebSocket (the graphql-ws protocol) at this URL',
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
