import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { type Caller, callerSchema, secretKey, UnauthenticatedError } from '@itsm/platform';

export interface JwtSettings {
  secret: string;
  issuer?: string | undefined;
  audience?: string | undefined;
}

/** The claims a bearer token must carry, and how they become a caller. */
const claimsSchema = z.object({
  sub: callerSchema.shape.subject,
  roles: callerSchema.shape.roles,
  customer_ids: callerSchema.shape.customerIds,
});

export async function authenticate(
  authorization: string | undefined,
  settings: JwtSettings,
): Promise<Caller> {
  const token = authorization?.match(/^Bearer (\S+)$/i)?.[1];
  if (!token) throw new UnauthenticatedError('A bearer token is required');
  let payload;
  try {
    ({ payload } = await jwtVerify(token, secretKey(settings.secret), {
      algorithms: ['HS256'],
      ...(settings.issuer && { issuer: settings.issuer }),
      ...(settings.audience && { audience: settings.audience }),
    }));
  } catch (error) {
    throw new UnauthenticatedError(`Invalid bearer token: ${(error as Error).message}`);
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) {
    throw new UnauthenticatedError(
      `Invalid bearer token claims: ${claims.error.issues[0]?.message}`,
    );
  }
  return {
    subject: claims.data.sub,
    roles: claims.data.roles,
    customerIds: claims.data.customer_ids,
  };
}

/** Issues a token for a caller; used for the development token and by tests. */
export function issueToken(caller: Caller, settings: JwtSettings, lifetime = '12h') {
  const jwt = new SignJWT({ roles: caller.roles, customer_ids: caller.customerIds })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.subject)
    .setIssuedAt()
    .setExpirationTime(lifetime);
  if (settings.issuer) jwt.setIssuer(settings.issuer);
  if (settings.audience) jwt.setAudience(settings.audience);
  return jwt.sign(secretKey(settings.secret));
}
