import { createHash } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { type Caller, callerSchema } from './caller';
import { UnauthenticatedError } from './errors';

/** The header in which the gateway passes the verified caller to a subgraph. */
export const CALLER_HEADER = 'x-itsm-caller';
const ISSUER = 'itsm-gateway';
const LIFETIME_SECONDS = 30;

export interface SignedRequest {
  /** The subgraph the request is for: a header captured for one cannot be used on another. */
  audience: string;
  query: string;
  variables?: Record<string, unknown> | null;
}

/** Binds the assertion to one GraphQL request, so a captured header cannot carry another. */
function requestDigest({ query, variables }: SignedRequest): string {
  return createHash('sha256')
    .update(query)
    .update('\n')
    .update(JSON.stringify(variables ?? {}))
    .digest('base64url');
}

export async function signCallerAssertion(
  caller: Caller,
  request: SignedRequest,
  secret: Uint8Array,
): Promise<string> {
  return new SignJWT({ roles: caller.roles, cid: caller.customerIds, req: requestDigest(request) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.subject)
    .setIssuer(ISSUER)
    .setAudience(request.audience)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(secret);
}

export async function verifyCallerAssertion(
  assertion: string | undefined,
  request: SignedRequest,
  secret: Uint8Array,
): Promise<Caller> {
  if (!assertion) throw new UnauthenticatedError('Requests must come through the gateway');
  let payload;
  try {
    ({ payload } = await jwtVerify(assertion, secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: request.audience,
      clockTolerance: 5,
    }));
  } catch (error) {
    throw new UnauthenticatedError(`Invalid gateway signature: ${(error as Error).message}`);
  }
  if (payload.req !== requestDigest(request)) {
    throw new UnauthenticatedError('Gateway signature does not match this request');
  }
  const parsed = callerSchema.safeParse({
    subject: payload.sub,
    roles: payload.roles,
    customerIds: payload.cid,
  });
  if (!parsed.success) throw new UnauthenticatedError('Gateway signature carries no valid caller');
  return parsed.data;
}
