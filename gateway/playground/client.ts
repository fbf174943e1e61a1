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
  defaultQuery: string;
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

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher: createGraphiQLFetcher({ url: config.endpoint }),
    defaultQuery: config.defaultQuery,
    initialHeaders: JSON.stringify(config.headers, null, 2),
    defaultEditorToolsVisibility: 'headers',
  }),
);
