import { createHash } from 'node:crypto';
import { type JWTPayload, SignJWT, jwtVerify } from 'jose';
import { type Caller, callerSchema } from './caller';
import { hmacKey } from './configuration';
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
    .sign(await hmacKey(secret));
}

/** Verifies with the current secret or, during a rotation, the previous one: the
 * subgraphs learn the new secret first, then the gateway signs with it. */
export async function verifyCallerAssertion(
  assertion: string | undefined,
  request: SignedRequest,
  ...secrets: [Uint8Array, ...Uint8Array[]]
): Promise<Caller> {
  if (!assertion) throw new UnauthenticatedError('Requests must come through the gateway');
  let payload: JWTPayload | undefined;
  let failure: unknown;
  for (const secret of secrets) {
    try {
      ({ payload } = await jwtVerify(assertion, await hmacKey(secret), {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: request.audience,
        clockTolerance: 5,
      }));
      break;
    } catch (error) {
      failure ??= error;
    }
  }
  if (!payload) {
    throw new UnauthenticatedError(`Invalid gateway signature: ${(failure as Error).message}`);
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
