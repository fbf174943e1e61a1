import { SignJWT } from 'jose';
import { secretKey } from '@itsm/platform';
import { authenticate, issueToken } from './authentication';

const settings = {
  secret: 'a-jwt-secret-of-at-least-32-characters',
  issuer: 'https://idp.example',
};
const sign = (claims: Record<string, unknown>, issuer = settings.issuer) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('sari')
    .setIssuer(issuer)
    .setExpirationTime('5m')
    .sign(secretKey(settings.secret));

async function refusal(authorization: string | undefined) {
  try {
    await authenticate(authorization, settings);
  } catch (error) {
    return error as Error & { extensions: Record<string, unknown> };
  }
  throw new Error('authenticated');
}

describe('bearer token authentication', () => {
  it('maps sub, roles and customer_ids to the caller', async () => {
    const customerId = '8b3c8a4e-0d4c-4a51-9f0b-6f1d2b8f3e11';
    const token = await sign({ roles: ['CUSTOMER'], customer_ids: [customerId.toUpperCase()] });
    await expect(authenticate(`Bearer ${token}`, settings)).resolves.toEqual({
      subject: 'sari',
      roles: ['CUSTOMER'],
      customerIds: [customerId],
    });
  });

  it('accepts the tokens it issues', async () => {
    const caller = { subject: 'dev', roles: ['ADMIN' as const], customerIds: [] };
    await expect(
      authenticate(`Bearer ${await issueToken(caller, settings)}`, settings),
    ).resolves.toEqual(caller);
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

  it('refuses another issuer, an unknown role, no roles and a customer scope that is not an id', async () => {
    expect(
      (await refusal(`Bearer ${await sign({ roles: ['ADMIN'] }, 'https://evil')}`)).message,
    ).toMatch(/"iss" claim/);
    expect((await refusal(`Bearer ${await sign({ roles: ['ROOT'] })}`)).message).toMatch(/claims/);
    expect((await refusal(`Bearer ${await sign({})}`)).message).toMatch(/claims/);
    const notAnId = await sign({ roles: ['CUSTOMER'], customer_ids: ["x' OR 1=1"] });
    expect((await refusal(`Bearer ${notAnId}`)).message).toMatch(/must be a valid id/);
  });
});
