import { SignJWT } from 'jose';
import { secretKey } from '@itsm/platform';
import {
  type Authenticate,
  createAuthenticator,
  issueToken,
  type JwtSettings,
} from './authentication';

const settings: JwtSettings = {
  secret: 'a-jwt-secret-of-at-least-32-characters',
  issuer: 'https://idp.example',
};
/** The caller alone, for the tests of who is calling. */
const callerOnly = (check: Authenticate) => async (authorization: string | undefined) =>
  (await check(authorization)).caller;
const authenticate = callerOnly(createAuthenticator(settings));
const customerId = '8b3c8a4e-0d4c-4a51-9f0b-6f1d2b8f3e11';
const sign = (claims: Record<string, unknown>, issuer = settings.issuer!) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('sari')
    .setIssuer(issuer)
    .setExpirationTime('5m')
    .sign(secretKey(settings.secret!));

async function refusal(
  authorization: string | undefined,
  check: (authorization: string | undefined) => Promise<unknown> = authenticate,
) {
  try {
    await check(authorization);
  } catch (error) {
    return error as Error & { extensions: Record<string, unknown> };
  }
  throw new Error('authenticated');
}

describe('bearer token authentication', () => {
  it('maps sub, roles and customer_ids to the caller', async () => {
    const token = await sign({ roles: ['CUSTOMER'], customer_ids: [customerId.toUpperCase()] });
    await expect(authenticate(`Bearer ${token}`)).resolves.toEqual({
      subject: 'sari',
      roles: ['CUSTOMER'],
      customerIds: [customerId],
    });
  });

  it('says when the token expires', async () => {
    const token = await sign({ roles: ['ANALYST'] });
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    await expect(createAuthenticator(settings)(`Bearer ${token}`)).resolves.toMatchObject({
      expiresAt: new Date(exp * 1000),
    });
  });

  it('accepts the tokens it issues', async () => {
    const caller = { subject: 'dev', roles: ['ADMIN' as const], customerIds: [] };
    await expect(authenticate(`Bearer ${await issueToken(caller, settings)}`)).resolves.toEqual(
      caller,
    );
  });

  it.each([
    ['no header', undefined, /bearer token is required/],
    ['another scheme', 'Basic dXNlcjpwYXNz', /bearer token is required/],
    ['a malformed token', 'Bearer abc.def', /Invalid bearer token/],
  ])('refuses %s', async (_case, header, message) => {
    const error = await refusal(header);
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(message);
  });

  it('refuses another issuer, no known role and a customer scope that is not an id', async () => {
    expect(
      (await refusal(`Bearer ${await sign({ roles: ['ADMIN'] }, 'https://evil')}`)).message,
    ).toMatch(/"iss" claim/);
    expect((await refusal(`Bearer ${await sign({ roles: ['ROOT'] })}`)).message).toMatch(
      /claims: roles/,
    );
    expect((await refusal(`Bearer ${await sign({})}`)).message).toMatch(/claims: roles/);
    const notAnId = await sign({ roles: ['CUSTOMER'], customer_ids: ["x' OR 1=1"] });
    expect((await refusal(`Bearer ${notAnId}`)).message).toMatch(/must be a valid id/);
  });

  it('refuses a token without the audience the gateway expects', async () => {
    const strict = createAuthenticator({ ...settings, audience: 'itsm-api' });
    const token = await sign({ roles: ['ADMIN'] });
    expect((await refusal(`Bearer ${token}`, strict)).message).toMatch(/"aud" claim/);
  });
});

describe('the claim mapping', () => {
  it('reads roles from a nested claim, keeps only prefixed roles, and takes a string list', async () => {
    const mapped = callerOnly(
      createAuthenticator({
        ...settings,
        claims: {
          roles: 'realm_access.roles',
          customerIds: 'tenant.customers',
          rolePrefix: 'itsm:',
        },
      }),
    );
    const token = await sign({
      realm_access: { roles: ['offline_access', 'itsm:ANALYST', 'itsm:CUSTOMER', 'ADMIN'] },
      tenant: { customers: [customerId] },
    });
    await expect(mapped(`Bearer ${token}`)).resolves.toEqual({
      subject: 'sari',
      roles: ['ANALYST', 'CUSTOMER'],
      customerIds: [customerId],
    });
    const spaced = await sign({ realm_access: { roles: 'itsm:CAB_MEMBER itsm:ANALYST' } });
    await expect(mapped(`Bearer ${spaced}`)).resolves.toMatchObject({
      roles: ['CAB_MEMBER', 'ANALYST'],
    });
  });

  it('reads a namespaced URI claim as one name, and issues tokens the same way', async () => {
    const namespaced: JwtSettings = {
      ...settings,
      claims: {
        roles: 'https://itsm.example/roles',
        customerIds: 'https://itsm.example/customers',
        rolePrefix: '',
      },
    };
    const caller = { subject: 'ana', roles: ['CUSTOMER' as const], customerIds: [customerId] };
    const token = await issueToken(caller, namespaced);
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(payload['https://itsm.example/roles']).toEqual(['CUSTOMER']);
    await expect(callerOnly(createAuthenticator(namespaced))(`Bearer ${token}`)).resolves.toEqual(
      caller,
    );
  });
});
