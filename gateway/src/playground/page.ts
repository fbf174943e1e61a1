import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** Where the gateway serves the bundle's files. */
export const PLAYGROUND_ASSETS_PATH = '/playground';

const DEFAULT_QUERY = `# The customers with what the other three subgraphs know about them.
query CustomerPortfolio {
  customers(first: 5) {
    edges {
      node {
        code
        name
        agreements { name status }
        changeRequests { reference title state }
        improvements { title state }
      }
    }
  }
}
`;

const LIVE_UPDATES_EXAMPLE = `# Live updates over WebSocket: run this, then raise or move a change request
# (in the first tab, or anywhere else), and each step appears below as it happens.
# The other streams: serviceLevelAlerts and improvementsIdentified.
subscription ChangeRequestTransitions {
  changeRequestTransitions {
    reference
    type
    fromState
    state
    actor
    reason
    occurredAt
  }
}
`;

/** The playground's page; in development the token is filled into its headers. With live
 * updates, a second tab holds a subscription, which runs over WebSocket. */
export function playgroundPage(
  endpoint: string,
  developmentToken: string | null,
  liveUpdates: boolean,
): string {
  const config = {
    endpoint,
    assets: PLAYGROUND_ASSETS_PATH,
    headers: developmentToken ? { Authorization: `Bearer ${developmentToken}` } : {},
    tabs: liveUpdates ? [DEFAULT_QUERY, LIVE_UPDATES_EXAMPLE] : [DEFAULT_QUERY],
    subscriptions: liveUpdates,
  };
  // `<` is escaped so that nothing in the settings can close the script element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>ITSM supergraph playground</title>
    <link rel="stylesheet" href="${PLAYGROUND_ASSETS_PATH}/app.css" />
  </head>
  <body style="margin: 0">
    <div id="graphiql" style="height: 100vh"></div>
    <script id="playground-config" type="application/json">${json}</script>
    <script src="${PLAYGROUND_ASSETS_PATH}/app.js"></script>
  </body>
</html>
`;
}

/** Serves the playground where Apollo serves its landing page: a browser's GET of the
 * GraphQL endpoint. */
export function playgroundLandingPage<TContext extends BaseContext>(
  endpoint: string,
  developmentToken: string | null,
  liveUpdates: boolean,
): ApolloServerPlugin<TContext> {
  const html = playgroundPage(endpoint, developmentToken, liveUpdates);
  return {
    async serverWillStart() {
      return { renderLandingPage: async () => ({ html }) };
    },
  };
}
