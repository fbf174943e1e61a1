import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

/** Refuses, as the client's mistake it is, a document in which the operation to run cannot
 * be found: the gateway's executor would fail on it with a code-less HTTP 500. */
export function operationMustResolve<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (operation) return;
          const names = document.definitions.flatMap((definition) =>
            definition.kind === Kind.OPERATION_DEFINITION && definition.name
              ? [`"${definition.name.value}"`]
              : [],
          );
          const known = names.length ? names.join(', ') : 'none';
          throw new GraphQLError(
            request.operationName
              ? `operationName: no operation named "${request.operationName}" in the document (named: ${known})`
              : `operationName: the document holds several operations; name the one to run (named: ${known})`,
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
