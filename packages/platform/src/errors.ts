import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** An expected failure that is part of the API contract: it reaches the client with a
 * stable `extensions.code` and, where one input field is at fault, `extensions.field`. */
export class DomainError extends GraphQLError {
  constructor(
    code: ErrorCode,
    message: string,
    options: { field?: string; details?: Record<string, unknown>; httpStatus?: number } = {},
  ) {
    super(message, {
      extensions: {
        code,
        ...(options.field !== undefined && { field: options.field }),
        ...options.details,
        ...(options.httpStatus !== undefined && { http: { status: options.httpStatus } }),
      },
    });
  }
}

export class ValidationError extends DomainError {
  constructor(field: string, message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, { field, ...(details && { details }) });
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string, field?: string) {
    super('NOT_FOUND', `${entity} ${id} does not exist`, { ...(field && { field }) });
  }
}

export class ConflictError extends DomainError {
  constructor(
    message: string,
    options: { field?: string; details?: Record<string, unknown> } = {},
  ) {
    super('CONFLICT', message, options);
  }
}

/** A field-level refusal: the response stays HTTP 200 so that the rest of a federated
 * query still arrives. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** Refuses the whole request, so it carries HTTP 401. */
export class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message, { httpStatus: 401 });
  }
}

/** Apollo's `formatError`: expected failures pass as they are; an unexpected one is logged
 * with its cause and, in production, reaches the client without internal details. */
export function formatUnexpectedErrors(
  logger: { error(object: object, message: string): void },
  production: boolean,
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    // Apollo refuses some malformed requests with an HTTP 4xx status and no code.
    if (isRequestError(error)) return { ...formatted, extensions: { code: 'BAD_REQUEST' } };
    // Not a fault of the request nor a bug: a database or a subgraph did not answer, and
    // the caller may try again once it is back.
    if (isConnectionError(error)) {
      logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unavailable');
      return {
        ...formatted,
        ...(production && {
          message: 'A service this request needs is unavailable; try again shortly',
        }),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error');
    if (!production) return formatted;
    return {
      ...formatted,
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function isRequestError(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: number } } } | null)?.extensions?.http
    ?.status;
  return status !== undefined && status >= 400 && status < 500;
}

// Class 08 is connection exceptions; 57P01 to 57P03 mean the server is shutting down or
// starting; the Node and undici codes mean no server answered at all, or it hung up.
const CONNECTION_FAILURE = /^(08|57P0[123])/;
const NODE_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const RELEASED_QUERY_RUNNER = new Set<unknown>([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/** Whether the error, or one it wraps, says the database connection was lost or could not
 * be made, rather than that the statement failed. */
export function isConnectionError(error: unknown): boolean {
  return wrappedErrors(error).some(isOwnConnectionError);
}

/** The error and those it wraps: graphql-js keeps a thrown value that is not an Error
 * instance (one from another realm, say) as `thrownValue`. */
function wrappedErrors(error: unknown): object[] {
  const chain: object[] = [];
  for (let current = error; typeof current === 'object' && current !== null;) {
    if (chain.includes(current)) break;
    chain.push(current);
    const wrapper = current as { originalError?: unknown; thrownValue?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.thrownValue ?? wrapper.cause;
  }
  return chain;
}

function isOwnConnectionError(error: object): boolean {
  // TypeORM's answers when the connection under a transaction dropped and it cannot roll back.
  if (RELEASED_QUERY_RUNNER.has((error as { name?: unknown }).name)) return true;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (CONNECTION_FAILURE.test(code) || NODE_CONNECTION_CODES.has(code))
  ) {
    return true;
  }
  const message = (error as { message?: unknown }).message;
  return (
    typeof message === 'string' &&
    /Connection terminated|connection.*(closed|timeout)/i.test(message)
  );
}
