import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCallerAssertion } from '@itsm/platform';
import type { GatewayContext } from './gateway';

/** Sends each subgraph request with the caller, signed for that subgraph and that request. */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly signingKey: Uint8Array,
  ) {
    super({ url });
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
    request.http?.headers.set(CALLER_HEADER, assertion);
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}
