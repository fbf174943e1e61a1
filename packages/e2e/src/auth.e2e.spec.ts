import { startGateway, type RunningGateway } from '@itsm/gateway';
import { CALLER_HEADER, secretKey, signCallerAssertion, type Caller } from '@itsm/platform';
import { postGraphQL, TEST_SECRETS } from '@itsm/testkit';
import { SignJWT } from 'jose';
import { REGISTER_CUSTOMER, REGISTER_SERVICE } from './documents';
import { startTestStack, testGatewaySettings, type TestStack } from './stack';

const CUSTOMERS = '{ customers(first: 5) { edges { node { id code } } } }';
const newCustomer = (code: string) => ({
  input: { code, name: 'Toko Daring', tier: 'STANDARD', accountManager: 'rina.brm' },
});

/** Jest fakes these too unless told not to; only the clock should move. */
const TIMERS_BUT_DATE: FakeTimersConfig['doNotFake'] = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
];

describe('authentication and authorisation', () => {
  let stack: TestStack;
  let production: RunningGateway;

  beforeAll(async () => {
    stack = await startTestStack();
    production = await startGateway(testGatewaySettings(stack.subgraphs, { production: true }));
  });
  afterAll(async () => {
    await production.stop();
    await stack.stop();
  });

  describe('in production mode, the gateway', () => {
    it('rejects a request without a token', async () => {
      const response = await postGraphQL(production.url, { query: CUSTOMERS });
      expect(response.status).toBe(401);
      expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      expect(response.data ?? null).toBeNull();
    });

    it('rejects a malformed token, a wrongly signed one and an expired one', async () => {
      const claims = { roles: ['ADMIN'] };
      const wronglySigned = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('mallory')
        .setExpirationTime('1h')
        .sign(secretKey('another-secret-of-at-least-32-characters!!'));
      const expired = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('alice')
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
        .sign(secretKey(TEST_SECRETS.jwt));

      for (const token of ['not-a-jwt', wronglySigned, expired]) {
        const response = await postGraphQL(
          production.url,
          { query: CUSTOMERS },
          { authorization: `Bearer ${token}` },
        );
        expect(response.status).toBe(401);
        expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      }
    });

    it('serves a caller with a valid token', async () => {
      const token = await stack.tokenFor({ roles: ['ANALYST'] });
      const response = await postGraphQL(
        production.url,
        { query: CUSTOMERS },
        { authorization: `Bearer ${token}` },
      );
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
    });

    it('has no playground and no introspection', async () => {
      const page = await fetch(production.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('<html');
      const token = await stack.tokenFor({ roles: ['ADMIN'] });
      const response = await postGraphQL(
        production.url,
        { query: '{ __schema { types { name } } }' },
        { authorization: `Bearer ${token}` },
      );
      expect(response.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('in development mode, the gateway', () => {
    it('serves the playground with an ADMIN development token filled in', async () => {
      const token = stack.gateway.developmentToken!;
      const page = await fetch(stack.gateway.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain(`Bearer ${token}`);

      const response = await postGraphQL(
        stack.gateway.url,
        { query: CUSTOMERS },
        { authorization: `Bearer ${token}` },
      );
      expect(response.errors).toBeUndefined();
    });

    it('still refuses a request without a token', async () => {
      const response = await postGraphQL(stack.gateway.url, { query: CUSTOMERS });
      expect(response.status).toBe(401);
    });
  });

  describe('roles, checked in the service layer', () => {
    it('refuses a write to a role that may not make it, and writes nothing', async () => {
      for (const roles of [['ANALYST'], ['CUSTOMER'], ['CHANGE_MANAGER']] as const) {
        const response = await stack.query(
          { roles: [...roles] },
          REGISTER_CUSTOMER,
          newCustomer('DENIED-1'),
        );
        expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
        expect(response.errors![0]!.path).toEqual(['registerCustomer']);
      }
      const denied = await stack.query({ roles: ['ANALYST'] }, REGISTER_SERVICE, {
        input: { name: 'Shadow service', owner: 'nobody' },
      });
      expect(denied.errors![0]!.extensions!.code).toBe('FORBIDDEN');

      const list = await stack.query({ roles: ['ADMIN'] }, CUSTOMERS);
      expect(JSON.stringify(list.data)).not.toContain('DENIED-1');
    });

    it('lets the role that owns the write make it', async () => {
      const response = await stack.query(
        { roles: ['ACCOUNT_MANAGER'] },
        REGISTER_CUSTOMER,
        newCustomer('ALLOWED-1'),
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.registerCustomer.code).toBe('ALLOWED-1');
    });

    it('shows a CUSTOMER caller only its own customers', async () => {
      const mine = await stack.query(
        { roles: ['ADMIN'] },
        REGISTER_CUSTOMER,
        newCustomer('MINE-1'),
      );
      await stack.query({ roles: ['ADMIN'] }, REGISTER_CUSTOMER, newCustomer('THEIRS-1'));
      const myId = mine.data!.registerCustomer.id as string;

      const response = await stack.query({ roles: ['CUSTOMER'], customerIds: [myId] }, CUSTOMERS);
      expect(response.data!.customers.edges).toEqual([{ node: { id: myId, code: 'MINE-1' } }]);
    });
  });

  describe('a subgraph called directly, bypassing the gateway,', () => {
    const admin: Caller = { subject: 'mallory', roles: ['ADMIN'], customerIds: [] };
    const subgraphUrl = () => stack.subgraphs['customer-portfolio'].url;
    const sign = (
      query: string,
      audience = 'customer-portfolio',
      secret = TEST_SECRETS.callerSigning,
    ) => signCallerAssertion(admin, { audience, query, variables: null }, secretKey(secret));

    it('rejects a request without the gateway signature', async () => {
      const response = await postGraphQL(subgraphUrl(), { query: CUSTOMERS });
      expect(response.status).toBe(401);
      expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    });

    it('rejects a signature made with another secret', async () => {
      const assertion = await sign(CUSTOMERS, 'customer-portfolio', 'x'.repeat(40));
      const response = await postGraphQL(
        subgraphUrl(),
        { query: CUSTOMERS },
        { [CALLER_HEADER]: assertion },
      );
      expect(response.status).toBe(401);
    });

    it('rejects a captured signature replayed with another query', async () => {
      const assertion = await sign(CUSTOMERS);
      const mutation = `mutation { registerCustomer(input: { code: "REPLAY-1", name: "x", tier: KEY, accountManager: "m" }) { id } }`;
      const response = await postGraphQL(
        subgraphUrl(),
        { query: mutation },
        { [CALLER_HEADER]: assertion },
      );
      expect(response.status).toBe(401);
      expect(response.errors![0]!.message).toMatch(/does not match this request/);
    });

    it('rejects a captured signature replayed after its 30 seconds', async () => {
      // Signed a minute ago, for this very request: only the clock has moved on.
      jest.useFakeTimers({ now: Date.now() - 60_000, doNotFake: TIMERS_BUT_DATE });
      const assertion = await sign(CUSTOMERS).finally(() => jest.useRealTimers());
      const response = await postGraphQL(
        subgraphUrl(),
        { query: CUSTOMERS },
        { [CALLER_HEADER]: assertion },
      );
      expect(response.status).toBe(401);
      expect(response.errors![0]!.message).toMatch(/"exp" claim timestamp check failed/);
    });

    it('rejects a signature made for another subgraph', async () => {
      const assertion = await sign(CUSTOMERS, 'service-level');
      const response = await postGraphQL(
        subgraphUrl(),
        { query: CUSTOMERS },
        { [CALLER_HEADER]: assertion },
      );
      expect(response.status).toBe(401);
    });
  });
});
