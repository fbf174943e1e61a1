import { AsyncLocalStorage } from 'node:async_hooks';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Agent, request } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * Subgraph requests over undici's pool of kept-alive connections, at most `connections`
 * to each subgraph, instead of Apollo's default make-fetch-happen, whose HTTP cache, retry
 * and agent layers cost the gateway CPU on every fetch (its agent builds a stack trace per
 * request to tell HTTP from HTTPS). Requests beyond the cap wait in the gateway, so a
 * subgraph under load works on a few at a time rather than all at once (see
 * BENCHMARKS.md). A subgraph that cannot be reached throws undici's error, whose `code`
 * (such as ECONNREFUSED) marks it as unavailable.
 *
 * Fetches made within `forClient` stop when that client goes away: one still waiting for a
 * connection leaves the queue, and one under way closes its connection. Without this, the
 * requests of clients that gave up kept the subgraphs busy and starved the new ones.
 */
export function subgraphFetcher(connections: number): {
  fetcher: Fetcher;
  close(): Promise<void>;
} {
  const dispatcher = new Agent({ connections });
  const fetcher: Fetcher = async (url, init = {}) => {
    const abandoned = clientSignal.getStore();
    try {
      const response = await request(url, {
        dispatcher,
        method: (init.method ?? 'GET') as 'GET' | 'POST',
        headers: init.headers,
        body: init.body,
        signal: abandoned,
      });
      const text = await response.body.text();
      return textResponse(url, response.statusCode, response.statusText, response.headers, text);
    } catch (error) {
      // undici rejects with the signal's reason or its own RequestAbortedError.
      throw abandoned?.aborted ? clientClosedRequest() : error;
    }
  };
  return { fetcher, close: () => dispatcher.close() };
}

const clientSignal = new AsyncLocalStorage<AbortSignal | undefined>();

/** Runs `fetching` with its subgraph fetches tied to a client's `abandoned` signal; the
 * gateway's own fetches, such as health checks, have none. */
export function forClient<T>(abandoned: AbortSignal | undefined, fetching: () => T): T {
  return clientSignal.run(abandoned, fetching);
}

/** What a fetch for a client that went away ends with: nobody reads it, but it names the
 * cause in logs and metrics (nginx's 499). */
export function clientClosedRequest(): GraphQLError {
  return new GraphQLError('The client closed the request before it was answered', {
    extensions: { code: 'CLIENT_CLOSED_REQUEST' },
  });
}

/** The fetch response Apollo reads: status, headers and the body, already read. */
function textResponse(
  url: string,
  status: number,
  statusText: string,
  received: Record<string, string | string[] | undefined>,
  text: string,
): FetcherResponse {
  const headers = new Headers();
  for (const [name, value] of Object.entries(received)) {
    for (const each of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      headers.append(name, each);
    }
  }
  const response: FetcherResponse = {
    url,
    status,
    statusText,
    ok: status >= 200 && status < 300,
    redirected: false,
    bodyUsed: false,
    headers,
    text: async () => text,
    json: async () => JSON.parse(text),
    arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    clone: () => response,
  };
  return response;
}
