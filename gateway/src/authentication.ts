import {
  createRemoteJWKSet,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from 'jose';
import { z } from 'zod';
import {
  type Caller,
  callerSchema,
  hmacKey,
  ROLES,
  type Role,
  secretKey,
  UnauthenticatedError,
} from '@itsm/platform';

/** Where roles and customer scope sit in a token. Each claim is a name, a dotted path into
 * nested claims such as Keycloak's `realm_access.roles`, or a namespaced URI claim. */
export interface ClaimMapping {
  roles: string;
  customerIds: string;
  /** Only roles with this prefix count, without it, so that an identity provider shared
   * with other applications can say `itsm:ADMIN`; other roles in the claim are ignored. */
  rolePrefix: string;
}

export const DEFAULT_CLAIMS: ClaimMapping = {
  roles: 'roles',
  customerIds: 'customer_ids',
  rolePrefix: '',
};

/** Bearer tokens are verified with an identity provider's published keys (`jwksUrl`) or,
 * failing that, with a shared HS256 secret. */
export interface JwtSettings {
  secret?: string | undefined;
  jwksUrl?: string | undefined;
  issuer?: string | undefined;
  audience?: string | undefined;
  claims?: ClaimMapping;
  /** How long an unknown key id waits before the key set is fetched again; jose's 30 s
   * by default, so a flood of forged key ids cannot hammer the identity provider. */
  jwksCooldownMs?: number;
}

/** Asymmetric algorithms only: a JWKS never verifies an HMAC. */
const JWKS_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'EdDSA',
];

/** A verified bearer token: who calls, and until when the token holds. */
export interface Authenticated {
  caller: Caller;
  /** Null for a token without `exp`. */
  expiresAt: Date | null;
}

export type Authenticate = (authorization: string | undefined) => Promise<Authenticated>;

/** Builds the bearer token check of the gateway; the key set is fetched once and again
 * when a token names a key it does not hold, which is how key rotation reaches it. */
export function createAuthenticator(settings: JwtSettings): Authenticate {
  const claims = settings.claims ?? DEFAULT_CLAIMS;
  const verification = {
    ...(settings.issuer && { issuer: settings.issuer }),
    ...(settings.audience && { audience: settings.audience }),
  };
  let verify: (token: string) => Promise<JWTPayload>;
  if (settings.jwksUrl) {
    const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl), {
      ...(settings.jwksCooldownMs !== undefined && { cooldownDuration: settings.jwksCooldownMs }),
    });
    verify = async (token) =>
      (await jwtVerify(token, keys, { algorithms: JWKS_ALGORITHMS, ...verification })).payload;
  } else if (settings.secret) {
    const key = secretKey(settings.secret);
    verify = async (token) =>
      (await jwtVerify(token, await hmacKey(key), { algorithms: ['HS256'], ...verification }))
        .payload;
  } else {
    throw new Error('Configure JWT_JWKS_URL or JWT_SECRET to verify bearer tokens');
  }

  return async (authorization) => {
    const token = authorization?.match(/^Bearer (\S+)$/i)?.[1];
    if (!token) throw new UnauthenticatedError('A bearer token is required');
    let payload: JWTPayload;
    try {
      payload = await verify(token);
    } catch (error) {
      throw new UnauthenticatedError(`Invalid bearer token: ${(error as Error).message}`);
    }
    return {
      caller: callerFromClaims(payload, claims),
      expiresAt: payload.exp === undefined ? null : new Date(payload.exp * 1000),
    };
  };
}

const roleListSchema = z
  .union([z.array(z.string()), z.string().transform((list) => list.split(/[\s,]+/))])
  .default([]);

/** The caller a verified token describes, by the claim mapping. */
export function callerFromClaims(payload: JWTPayload, claims: ClaimMapping): Caller {
  const roles = roleListSchema.safeParse(claimAt(payload, claims.roles));
  const caller = callerSchema.safeParse({
    subject: payload.sub,
    roles: roles.success ? ourRoles(roles.data, claims.rolePrefix) : [],
    customerIds: claimAt(payload, claims.customerIds) ?? [],
  });
  if (!caller.success) {
    const issue = caller.error.issues[0]!;
    throw new UnauthenticatedError(
      `Invalid bearer token claims: ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return caller.data;
}

function ourRoles(claimed: string[], prefix: string): Role[] {
  return claimed
    .filter((role) => role.startsWith(prefix))
    .map((role) => role.slice(prefix.length))
    .filter((role): role is Role => (ROLES as readonly string[]).includes(role));
}

/** The path to a claim: a dotted name is a path into nested claims, except a URI, which
 * namespaced claims such as `https://itsm.example/roles` are named with. */
function claimPath(name: string): string[] {
  return /^[a-z][a-z0-9+.-]*:/i.test(name) ? [name] : name.split('.');
}

function claimAt(payload: JWTPayload, name: string): unknown {
  let value: unknown = payload;
  for (const part of claimPath(name)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A token carrying the caller by the claim mapping, signed with the shared secret; for
 * the development token and for tests. */
export function issueToken(caller: Caller, settings: JwtSettings, lifetime = '12h') {
  if (!settings.secret) throw new Error('Only a shared JWT secret can issue tokens');
  const claims = settings.claims ?? DEFAULT_CLAIMS;
  const payload = {};
  setClaim(
    payload,
    claims.roles,
    caller.roles.map((role) => claims.rolePrefix + role),
  );
  setClaim(payload, claims.customerIds, caller.customerIds);
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.subject)
    .setIssuedAt()
    .setExpirationTime(lifetime);
  if (settings.issuer) jwt.setIssuer(settings.issuer);
  if (settings.audience) jwt.setAudience(settings.audience);
  return jwt.sign(secretKey(settings.secret));
}

function setClaim(payload: Record<string, unknown>, name: string, value: unknown) {
  const parts = claimPath(name);
  let target = payload;
  for (const part of parts.slice(0, -1)) {
    target = (target[part] ??= {}) as Record<string, unknown>;
  }
  target[parts.at(-1)!] = value;
}
