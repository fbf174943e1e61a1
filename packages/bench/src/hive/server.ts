import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { createAuthenticator } from '@itsm/gateway';
import { type Caller, CALLER_HEADER, secretKey, signCallerAssertion } from '@itsm/platform';
import { settings, subgraphUrls } from './environment';

/**
 * Hive Gateway as our peer, its runtime served by Node's HTTP server as its CLI does: the
 * same committed supergraph, the same subgraphs, and the same
 * work our gateway must do for them: it verifies the bearer token and signs, for every
 * subgraph request, the caller assertion the subgraphs demand.
 */
const authenticate = createAuthenticator({ secret: settings.JWT_SECRET });
const signingKey = secretKey(settings.CALLER_SIGNING_SECRET);
const subgraphOfUrl = new Map(Object.entries(subgraphUrls).map(([name, url]) => [url, name]));

interface CallerContext {
  caller?: Caller;
}

const signedCallers: GatewayPlugin<CallerContext> = {
  onContextBuilding: async ({ context, extendContext }) => {
    const { caller } = await authenticate(
      context.request.headers.get('authorization') ?? undefined,
    );
    extendContext({ caller });
  },
  onFetch: async ({ url, options, setOptions, context }) => {
    const audience = subgraphOfUrl.get(url);
    const caller = 'caller' in context ? context.caller : undefined;
    if (!audience || !caller) return;
    const { query, variables } = JSON.parse(String(options.body)) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const assertion = await signCallerAssertion(
      caller,
      { audience, query, variables: variables ?? null },
      signingKey,
    );
    setOptions({ ...options, headers: { ...options.headers, [CALLER_HEADER]: assertion } });
  },
};

const runtime = createGatewayRuntime<CallerContext>({
  supergraph: settings.SUPERGRAPH_PATH,
  transportEntries: Object.fromEntries(
    Object.entries(subgraphUrls).map(([name, location]) => [name, { location }]),
  ),
  plugins: () => [signedCallers],
  graphiql: false,
  landingPage: false,
  logging: 'warn',
});

createServer(runtime).listen(settings.PORT, '127.0.0.1');
