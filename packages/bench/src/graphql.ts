import { issueToken } from '@itsm/gateway';
import type { Caller } from '@itsm/platform';
import { BENCH_SECRETS } from './stack';

export interface GraphQLClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** A bearer token as the identity provider would issue it for this stack. */
export function tokenFor(caller: Caller): Promise<string> {
  return issueToken(caller, { secret: BENCH_SECRETS.jwt });
}

/** Sends operations to a GraphQL endpoint as one caller; any GraphQL error throws. */
export async function graphQLClient(url: string, caller: Caller): Promise<GraphQLClient> {
  const authorization = `Bearer ${await tokenFor(caller)}`;
  return {
    request: async <T>(query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors?.length || !body.data) {
        throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body.errors)}`);
      }
      return body.data;
    },
  };
}

export const ADMIN: Caller = { subject: 'bench-admin', roles: ['ADMIN'], customerIds: [] };

/** A relationship manager, as the dashboard's user. */
export const relationshipManager = (name: string): Caller => ({
  subject: name,
  roles: ['ACCOUNT_MANAGER'],
  customerIds: [],
});
