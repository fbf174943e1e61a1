import { performance } from 'node:perf_hooks';
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import {
  CALLER_HEADER,
  injectTraceContext,
  operationLabel,
  REQUEST_ID_HEADER,
  signCallerAssertion,
} from '@itsm/platform';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Histogram } from 'prom-client';
import type { GatewayContext } from './gateway';
import { clientClosedRequest, forClient } from './subgraph-fetcher';

/** Sends each subgraph request with the caller, signed for that subgraph and that request,
 * the request id and the trace context; measures each fetch; sends nothing more for a
 * client that went away. */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly signingKey: Uint8Array,
    private readonly fetches: Histogram<'subgraph' | 'operation' | 'outcome'>,
    fetcher: RemoteGraphQLDataSource['fetcher'],
  ) {
    super({ url, fetcher });
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const assertion = await signCallerAssertion(
      context.caller,
      { audience: this.subgraph, query: request.query ?? '', variables: request.variables ?? null },
      this.signingKey,
    );
    const headers = request.http!.headers;
    headers.set(CALLER_HEADER, assertion);
    headers.set(REQUEST_ID_HEADER, context.requestId);
    for (const [name, value] of Object.entries(injectTraceContext({}))) headers.set(name, value);
  }

  /** A subgraph refuses an operation it cannot run, such as variables its scalars cannot
   * parse, with HTTP 400 and GraphQL errors: pass the first on as it is. Apollo's own error
   * for it has no code, which the gateway would report as an INTERNAL_SERVER_ERROR. */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ) {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: unknown } | undefined)?.body;
    const refusal = (body as { errors?: GraphQLFormattedError[] } | undefined)?.errors?.[0];
    if (response.status >= 400 && response.status < 500 && refusal?.extensions?.code) {
      return new GraphQLError(refusal.message, { extensions: refusal.extensions });
    }
    return error;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const started = performance.now();
    const operation = operationLabel(
      'incomingRequestContext' in options ? options.incomingRequestContext.operationName : null,
    );
    const observe = (outcome: string) =>
      this.fetches.observe(
        { subgraph: this.subgraph, operation, outcome },
        (performance.now() - started) / 1000,
      );
    const abandoned = (options.context as Partial<GatewayContext>).abandoned;
    try {
      if (abandoned?.aborted) throw clientClosedRequest();
      const response = await forClient(abandoned, () => super.process(options));
      observe(response.errors?.length ? 'error' : 'ok');
      return response;
    } catch (error) {
      observe(abandoned?.aborted ? 'abandoned' : 'unreachable');
      throw error;
    }
  }
}
