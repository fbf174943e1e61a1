import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isConnectionError } from '@itsm/platform';
import { subgraphFetcher } from './subgraph-fetcher';

/** A subgraph stand-in that answers every POST with its body echoed after a short wait,
 * and counts the connections it was opened. */
async function echoServer() {
  let connections = 0;
  let concurrent = 0;
  let mostConcurrent = 0;
  const server: Server = createServer((request, response) => {
    concurrent += 1;
    mostConcurrent = Math.max(mostConcurrent, concurrent);
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () =>
      setTimeout(() => {
        concurrent -= 1;
        response.writeHead(request.headers['x-fail'] ? 400 : 200, {
          'content-type': 'application/json',
          'cache-control': 'private, max-age=0',
        });
        response.end(
          JSON.stringify({ data: { echo: JSON.parse(body), caller: request.headers['x-caller'] } }),
        );
      }, 20),
    );
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    connections: () => connections,
    mostConcurrent: () => mostConcurrent,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the subgraph fetcher', () => {
  const subgraphs = subgraphFetcher(2);
  let server: Awaited<ReturnType<typeof echoServer>>;

  beforeAll(async () => {
    server = await echoServer();
  });
  afterAll(async () => {
    await subgraphs.close();
    await server.stop();
  });

  const post = (body: object, headers: Record<string, string> = {}) =>
    subgraphs.fetcher(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('sends the method, headers and body, and gives back the status, headers and body as Apollo reads them', async () => {
    const response = await post({ query: '{ a }' }, { 'x-caller': 'signed' });
    expect(response).toMatchObject({ ok: true, status: 200, statusText: 'OK', url: server.url });
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('private, max-age=0');
    expect(await response.json()).toEqual({ data: { echo: { query: '{ a }' }, caller: 'signed' } });

    const refused = await post({ query: '{ b }' }, { 'x-fail': '1' });
    expect(refused).toMatchObject({ ok: false, status: 400, statusText: 'Bad Request' });
    expect(JSON.parse(await refused.text()).data.echo).toEqual({ query: '{ b }' });
  });

  it('keeps at most its connections open to a subgraph, and reuses them', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        post({ query: `{ n${index} }` }).then((r) => r.json()),
      ),
    );
    expect(answers.map((answer) => answer.data.echo.query)).toEqual(
      Array.from({ length: 12 }, (_, index) => `{ n${index} }`),
    );
    for (let index = 0; index < 5; index += 1) await post({ query: '{ again }' });
    expect(server.connections()).toBe(2);
    expect(server.mostConcurrent()).toBe(2);
  });

  it('fails with an error that says the subgraph is unavailable when nothing listens', async () => {
    const gone = await echoServer();
    await gone.stop();
    const failure = await subgraphs.fetcher(gone.url, { method: 'POST', body: '{}' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'ECONNREFUSED' });
    expect(isConnectionError(failure)).toBe(true);
  });
});
