import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { createAuthenticator } from './authentication';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/** An identity provider as the gateway sees it: a JWKS document over HTTP. */
class IdentityProvider {
  published: JWK[] = [];
  fetches = 0;
  private readonly server: Server = createServer((request, response) => {
    if (request.url !== '/.well-known/jwks.json') return void response.writeHead(404).end();
    this.fetches += 1;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: this.published }));
  });

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/.well-known/jwks.json`;
  }

  async publish(kid: string, keys: KeyPair) {
    this.published.push({ ...(await exportJWK(keys.publicKey)), kid, alg: 'RS256', use: 'sig' });
  }

  stop() {
    return new Promise((resolve) => this.server.close(resolve));
  }
}

const sign = (keys: KeyPair, kid: string, claims: Record<string, unknown> = {}) =>
  new SignJWT({ roles: ['ANALYST'], ...claims })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setSubject('nadia')
    .setIssuer('https://idp.example')
    .setAudience('itsm-api')
    .setExpirationTime('5m')
    .sign(keys.privateKey);

describe('bearer tokens verified against a JWKS endpoint', () => {
  const idp = new IdentityProvider();
  let authenticate: ReturnType<typeof createAuthenticator>;
  let first: KeyPair;

  beforeAll(async () => {
    first = await generateKeyPair('RS256');
    await idp.publish('key-1', first);
    authenticate = createAuthenticator({
      jwksUrl: await idp.start(),
      issuer: 'https://idp.example',
      audience: 'itsm-api',
      jwksCooldownMs: 0,
    });
  });
  afterAll(() => idp.stop());

  it('accepts a token signed with a published key, fetching the key set once', async () => {
    const token = await sign(first, 'key-1');
    await expect(authenticate(`Bearer ${token}`)).resolves.toMatchObject({
      caller: { subject: 'nadia', roles: ['ANALYST'], customerIds: [] },
    });
    const fetches = idp.fetches;
    await authenticate(`Bearer ${token}`);
    expect(idp.fetches).toBe(fetches);
  });

  it('refuses a token signed with a key the provider never published', async () => {
    const stranger = await generateKeyPair('RS256');
    await expect(authenticate(`Bearer ${await sign(stranger, 'key-1')}`)).rejects.toMatchObject({
      message: expect.stringMatching(/signature verification failed/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(authenticate(`Bearer ${await sign(stranger, 'key-x')}`)).rejects.toMatchObject({
      message: expect.stringMatching(/no applicable key found/),
    });
  });

  it('refuses an HMAC token even when it names a published key id', async () => {
    const forged = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256', kid: 'key-1' })
      .setSubject('mallory')
      .setIssuer('https://idp.example')
      .setAudience('itsm-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-secret-the-attacker-chose-32-chars!'));
    await expect(authenticate(`Bearer ${forged}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('follows a key rotation: a token signed with a newly published key is accepted', async () => {
    const second = await generateKeyPair('RS256');
    await idp.publish('key-2', second);
    await expect(authenticate(`Bearer ${await sign(second, 'key-2')}`)).resolves.toMatchObject({
      caller: { subject: 'nadia' },
    });
    // The old key stays valid while it is still published.
    await expect(authenticate(`Bearer ${await sign(first, 'key-1')}`)).resolves.toMatchObject({
      caller: { subject: 'nadia' },
    });
  });
});
