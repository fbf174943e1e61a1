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

/** The playground's page; in development the token is filled into its headers. */
export function playgroundPage(endpoint: string, developmentToken: string | null): string {
  const config = {
    endpoint,
    assets: PLAYGROUND_ASSETS_PATH,
    headers: developmentToken ? { Authorization: `Bearer ${developmentToken}` } : {},
    defaultQuery: DEFAULT_QUERY,
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
): ApolloServerPlugin<TContext> {
  const html = playgroundPage(endpoint, developmentToken);
  return {
    async serverWillStart() {
      return { renderLandingPage: async () => ({ html }) };
    },
  };
}
