/**
 * The playground page: GraphiQL, bundled from npm by src/playground/bundle.ts, so it needs
 * nothing from the internet. The gateway writes its settings into the page.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

interface PlaygroundConfig {
  endpoint: string;
  /** Where the editor workers are served, beside this script. */
  assets: string;
  headers: Record<string, string>;
  /** The operations the tabs open with. */
  tabs: string[];
  /** Whether the gateway serves subscriptions over WebSocket at the endpoint. */
  subscriptions: boolean;
}

const config = JSON.parse(
  document.getElementById('playground-config')!.textContent!,
) as PlaygroundConfig;

// Monaco runs its language services in workers; they are bundled beside this script.
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) =>
    new Worker(
      `${config.assets}/${label === 'json' || label === 'graphql' ? label : 'editor'}.worker.js`,
    ),
};

// Subscriptions go over WebSocket to the same URL; GraphiQL sends the headers of the tab
// as the connection's parameters, so the token authenticates them too.
const subscriptionUrl = new URL(config.endpoint, location.href);
subscriptionUrl.protocol = subscriptionUrl.protocol === 'https:' ? 'wss:' : 'ws:';
const headers = JSON.stringify(config.headers, null, 2);

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher: createGraphiQLFetcher({
      url: config.endpoint,
      ...(config.subscriptions && { subscriptionUrl: subscriptionUrl.href }),
    }),
    defaultTabs: config.tabs.map((query) => ({ query, headers })),
    // The editor opens with these, and tabs opened later get them too.
    initialHeaders: headers,
    defaultHeaders: headers,
    defaultEditorToolsVisibility: 'headers',
  }),
);
