import { formatUnexpectedErrors, NotFoundError } from './errors';

describe('formatUnexpectedErrors', () => {
  const logged: object[] = [];
  const logger = { error: (object: object) => logged.push(object) };
  const unexpected = {
    message: 'duplicate key value violates unique constraint "customer_pkey"',
    path: ['registerCustomer'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at ...'] },
  };

  beforeEach(() => logged.splice(0));

  it('hides an unexpected error in production, and logs its cause', () => {
    const cause = new Error('boom');
    expect(formatUnexpectedErrors(logger, true)(unexpected, cause)).toEqual({
      message: 'Internal server error',
      path: ['registerCustomer'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual([{ err: cause, path: ['registerCustomer'] }]);
  });

  it('shows it in development', () => {
    expect(formatUnexpectedErrors(logger, false)(unexpected, new Error('boom'))).toBe(unexpected);
  });

  it('gives a request Apollo refused with an HTTP 4xx status the code BAD_REQUEST', () => {
    const refused = {
      message: 'provided sha does not match query',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    const cause = { extensions: { http: { status: 400 } } };
    expect(formatUnexpectedErrors(logger, true)(refused, cause)).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(logged).toEqual([]);
  });

  it('gives a lost database connection the code SERVICE_UNAVAILABLE', () => {
    const lost = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const shutdown = Object.assign(new Error('terminating connection'), { code: '57P01' });
    const released = Object.assign(new Error('Query runner already released'), {
      name: 'QueryRunnerAlreadyReleasedError',
    });
    const providerReleased = Object.assign(
      new Error('Database connection provided by a query runner was already released'),
      { name: 'QueryRunnerProviderAlreadyReleasedError' },
    );
    for (const cause of [lost, shutdown, released, providerReleased, { thrownValue: lost }]) {
      expect(formatUnexpectedErrors(logger, true)(unexpected, cause)).toEqual({
        message: 'A service this request needs is unavailable; try again shortly',
        path: ['registerCustomer'],
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
  });

  it('passes expected failures untouched', () => {
    const error = new NotFoundError('Customer', 'c-1', 'id');
    const formatted = error.toJSON();
    expect(formatUnexpectedErrors(logger, true)(formatted, error)).toBe(formatted);
    expect(formatted.extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    expect(logged).toEqual([]);
  });
});
