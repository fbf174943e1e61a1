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
