import { createHash } from 'node:crypto';
import { type RunningGateway, startGateway } from '@itsm/gateway';
import { onlyError, postGraphQL } from '@itsm/testkit';
import { REGISTER_CUSTOMER } from './documents';
import { startTestStack, testGatewaySettings, type TestStack } from './stack';

const CUSTOMERS = '{ customers(first: 1) { edges { node { code } } } }';

/** A customer's change requests' customer's change requests…, `levels` times over. */
function nestedQuery(levels: number): string {
  let selection = 'code';
  for (let level = 0; level < levels; level++) {
    selection = `code changeRequests { customer { ${selection} } }`;
  }
  return `{ customers(first: 1) { edges { node { ${selection} } } } }`;
}

describe('the limits of the gateway', () => {
  let stack: TestStack;
  let strict: RunningGateway;
  let token: string;

  const post = (gateway: RunningGateway, body: unknown, headers: Record<string, string> = {}) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  /** The JSON answer to a POST. */
  const answer = async (gateway: RunningGateway, body: unknown): Promise<any> =>
    (await post(gateway, body)).json();

  beforeAll(async () => {
    stack = await startTestStack();
    // A production gateway with tight limits, and every optional feature left at its default.
    strict = await startGateway(
      testGatewaySettings(stack.subgraphs, {
        production: true,
        environment: { MAX_QUERY_COST: '100', MAX_QUERY_TOKENS: '300', REQUEST_BODY_LIMIT: '2kb' },
      }),
    );
    token = await stack.tokenFor({ roles: ['ANALYST'] });
    await stack.query({ roles: ['ADMIN'] }, REGISTER_CUSTOMER, {
      input: { code: 'LIMIT-1', name: 'Toko Batas', tier: 'KEY', accountManager: 'rina' },
    });
  });
  afterAll(async () => {
    await strict.stop();
    await stack.stop();
  });

  it('serves a query within every limit', async () => {
    const response = await postGraphQL(
      stack.gateway.url,
      { query: nestedQuery(3) },
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(response.errors).toBeUndefined();
  });

  it('refuses a query deeper than the maximum depth, naming the limit', async () => {
    const response = await postGraphQL(
      stack.gateway.url,
      { query: nestedQuery(4) },
      { authorization: `Bearer ${token}` },
    );
    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.message).toBe('Query depth limit of 10 exceeded, found 12.');
    expect(error.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'MAX_DEPTH',
    });
  });

  it('refuses more aliases than allowed', async () => {
    const aliases = Array.from(
      { length: 16 },
      (_, index) => `c${index}: customers { pageInfo { hasNextPage } }`,
    );
    const response = await postGraphQL(
      stack.gateway.url,
      { query: `{ ${aliases.join(' ')} }` },
      { authorization: `Bearer ${token}` },
    );
    expect(onlyError(response)).toMatchObject({
      message: 'Aliases limit of 15 exceeded, found 16.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_ALIASES' },
    });
  });

  it('refuses a query that costs more than the maximum cost', async () => {
    const response = await answer(strict, { query: nestedQuery(3) });
    expect(onlyError({ status: 400, ...response })).toMatchObject({
      message: expect.stringMatching(/^Query Cost limit of 100 exceeded, found [\d.]+\.$/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_COST' },
    });
  });

  it('refuses a document with more tokens than allowed before validating it', async () => {
    const fields = Array.from({ length: 400 }, () => 'code').join(' ');
    const response = await post(strict, {
      query: `{ customers { edges { node { ${fields} } } } }`,
    });
    const { errors } = (await response.json()) as { errors: unknown[] };
    expect(response.status).toBe(400);
    expect(errors[0]).toMatchObject({
      message: 'Syntax Error: Document contains more that 300 tokens. Parsing aborted.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('refuses a body larger than the request size limit with a JSON error', async () => {
    const response = await post(strict, {
      query: CUSTOMERS,
      variables: { padding: 'x'.repeat(4096) },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than the limit of 2kb',
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit: '2kb' },
        },
      ],
    });
  });

  it('refuses a body that is not JSON with a JSON error', async () => {
    const response = await post(strict, '{"query": ');
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses batched requests unless they are enabled', async () => {
    const batch = [{ query: CUSTOMERS }, { query: '{ services(first: 1) { edges { cursor } } }' }];
    const refused = await post(strict, batch);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as any).errors[0]).toMatchObject({
      message: 'Operation batching disabled.',
      extensions: { code: 'BAD_REQUEST' },
    });

    const batching = await startGateway(
      testGatewaySettings(stack.subgraphs, { environment: { BATCHED_REQUESTS: 'true' } }),
    );
    try {
      const answers = await answer(batching, batch);
      expect(answers).toHaveLength(2);
      expect(answers[0].data.customers.edges).toHaveLength(1);
    } finally {
      await batching.stop();
    }
  });

  describe('introspection', () => {
    it('is off in production, and so are the field suggestions development gives', async () => {
      const introspection = await answer(strict, { query: '{ __schema { queryType { name } } }' });
      expect(introspection.errors[0]).toMatchObject({
        message: expect.stringMatching(/introspection is not allowed/i),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      const typo = await answer(strict, { query: '{ customerz { edges { cursor } } }' });
      expect(typo.errors[0].message).toMatch(/Cannot query field "customerz"/);
      expect(typo.errors[0].message).not.toMatch(/Did you mean/);
      const development = await answer(stack.gateway, {
        query: '{ customerz { edges { cursor } } }',
      });
      expect(development.errors[0].message).toMatch(/Did you mean/);
    });

    it('can be enabled in production', async () => {
      const open = await startGateway(
        testGatewaySettings(stack.subgraphs, {
          production: true,
          environment: { INTROSPECTION: 'true' },
        }),
      );
      try {
        const response = await answer(open, { query: '{ __schema { queryType { name } } }' });
        expect(response.data.__schema.queryType.name).toBe('Query');
      } finally {
        await open.stop();
      }
    });
  });

  describe('automatic persisted queries', () => {
    const query = '{ customers(first: 5) { edges { node { code } } } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const persisted = { persistedQuery: { version: 1, sha256Hash: hash } };

    it('serve a frontend by hash once the query was sent, also over GET', async () => {
      const unknown = await answer(strict, { extensions: persisted });
      expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

      const registered = await answer(strict, { query, extensions: persisted });
      expect(registered.errors).toBeUndefined();

      const byHash = await answer(strict, { extensions: persisted });
      expect(byHash).toEqual(registered);

      const url = new URL(strict.url);
      url.searchParams.set('extensions', JSON.stringify(persisted));
      const viaGet = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      });
      expect(await viaGet.json()).toEqual(registered);
    });

    it('refuse a hash that does not match the query', async () => {
      const wrong = { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } };
      const response = await answer(strict, { query, extensions: wrong });
      expect(response.errors[0]).toMatchObject({
        message: 'provided sha does not match query',
        extensions: { code: 'BAD_REQUEST' },
      });
    });

    it('can be turned off', async () => {
      const off = await startGateway(
        testGatewaySettings(stack.subgraphs, { environment: { PERSISTED_QUERIES: 'false' } }),
      );
      try {
        const response = await answer(off, { extensions: persisted });
        expect(response.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      } finally {
        await off.stop();
      }
    });
  });

  describe('response compression', () => {
    // Every type's name: an answer of several kB.
    const large = { query: '{ __schema { types { name description } } }' };

    const fetchWith = (gateway: RunningGateway, body: unknown, acceptEncoding: string) =>
      post(gateway, body, { 'accept-encoding': acceptEncoding });
    const typesIn = async (response: Response) =>
      ((await response.json()) as { data: { __schema: { types: unknown[] } } }).data.__schema.types;

    it('compresses an answer of 1 kB or more for a client that accepts it', async () => {
      for (const encoding of ['br', 'gzip']) {
        const response = await fetchWith(stack.gateway, large, encoding);
        expect(response.headers.get('content-encoding')).toBe(encoding);
        expect((await typesIn(response)).length).toBeGreaterThan(50);
      }
      const plain = await fetchWith(stack.gateway, large, 'identity');
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(Number(plain.headers.get('content-length'))).toBeGreaterThan(1024);
    });

    it('leaves a small answer as it is', async () => {
      const response = await fetchWith(stack.gateway, { query: CUSTOMERS }, 'gzip');
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(await response.json()).toEqual({
        data: { customers: { edges: [{ node: { code: 'LIMIT-1' } }] } },
      });
    });

    it('can be turned off, for a proxy in front that compresses', async () => {
      const off = await startGateway(
        testGatewaySettings(stack.subgraphs, { environment: { RESPONSE_COMPRESSION: 'false' } }),
      );
      try {
        const response = await fetchWith(off, large, 'gzip');
        expect(response.headers.get('content-encoding')).toBeNull();
        expect((await typesIn(response)).length).toBeGreaterThan(50);
      } finally {
        await off.stop();
      }
    });
  });
});
