import type { Clock, DomainError } from '@itsm/platform';
import {
  type GraphQLResponse,
  onlyError,
  startTestSubgraph,
  type TestCaller,
  type TestSubgraph,
  type TestSubgraphOptions,
} from '@itsm/testkit';
import { readPortfolioSettings, type PortfolioSettings } from './environment';
import { createCustomerPortfolio } from './subgraph';

/** Helpers shared by this subgraph's integration tests. */

export const ADMIN: TestCaller = { roles: ['ADMIN'], subject: 'ada.admin' };
export const MANAGER: TestCaller = { roles: ['ACCOUNT_MANAGER'], subject: 'rina.brm' };
export const OTHER_MANAGER: TestCaller = { roles: ['ACCOUNT_MANAGER'], subject: 'budi.brm' };
export const ANALYST: TestCaller = { roles: ['ANALYST'], subject: 'ana.analyst' };

export function customerCaller(...customerIds: string[]): TestCaller {
  return { roles: ['CUSTOMER'], subject: 'portal.user', customerIds };
}

/** The roles that read but may not write. */
export const READ_ONLY_ROLES = ['ANALYST', 'CUSTOMER', 'SERVICE_LEVEL_MANAGER'] as const;

/** A clock the test moves by hand, so that measured durations are exact. */
export class TestClock {
  constructor(public current = new Date('2026-03-02T09:00:00Z')) {}

  readonly now: Clock = () => new Date(this.current);

  advance(minutes: number): Date {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
    return this.now();
  }
}

export interface PortfolioTestOptions extends TestSubgraphOptions {
  settings?: Partial<PortfolioSettings>;
  clock?: Clock;
}

export function startPortfolio(options: PortfolioTestOptions = {}): Promise<TestSubgraph> {
  const { settings, clock, ...testOptions } = options;
  const definition = createCustomerPortfolio({
    settings: { ...readPortfolioSettings({}), ...settings },
    ...(clock && { clock }),
  });
  return startTestSubgraph(definition, testOptions);
}

let sequence = 0;
/** A code no other test of the file uses: a file's tests share one database. */
export function uniqueCode(prefix = 'CP'): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

/** Every node of a connection, read `pageSize` at a time by following the cursors. */
export async function walkPages(
  subgraph: TestSubgraph,
  caller: TestCaller,
  document: string,
  variables: Record<string, unknown>,
  pageSize: number,
) {
  const nodes = [];
  let after: string | null = null;
  do {
    const page = await succeed(subgraph, caller, document, {
      ...variables,
      first: pageSize,
      after,
    });
    nodes.push(...page.edges.map((edge: { node: unknown }) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** A mutation of one input that returns the given fragment. */
export function mutationOf(field: string, inputType: string, fragment: string) {
  const fragmentName = /fragment (\w+)/.exec(fragment)![1];
  return /* GraphQL */ `
    mutation ($input: ${inputType}!) {
      ${field}(input: $input) {
        ...${fragmentName}
      }
    }
    ${fragment}
  `;
}

/** The error a refused domain rule throws, or undefined when the step is allowed. */
export function refusalOf(step: () => void): DomainError | undefined {
  try {
    step();
    return undefined;
  } catch (error) {
    return error as DomainError;
  }
}

/** Runs a mutation or query that must succeed and returns its single root field. */
export async function succeed(
  subgraph: TestSubgraph,
  caller: TestCaller,
  document: string,
  variables: Record<string, unknown>,
) {
  const response = await subgraph.query(caller, document, variables);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0];
}

/** The refusal of an operation: one error, with the given code, and no data. */
export function refused(response: GraphQLResponse, code: string) {
  const error = onlyError(response);
  expect(error.extensions?.code).toBe(code);
  expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
  return error;
}

export function expectBadInput(response: GraphQLResponse, field: string) {
  const error = refused(response, 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe(field);
  return error;
}

export function expectConflict(
  response: GraphQLResponse,
  currentState: string,
  allowedStates: string[],
) {
  const error = refused(response, 'CONFLICT');
  expect(error.extensions).toMatchObject({ currentState, allowedStates });
  return error;
}

export const REGISTER_CUSTOMER = /* GraphQL */ `
  mutation RegisterCustomer($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      id
      code
      name
      status
      accountManager
      contacts {
        id
        name
        roles
      }
    }
  }
`;

export interface RegisteredCustomer {
  id: string;
  code: string;
  name: string;
  contacts: { id: string; name: string; roles: string[] }[];
}

export function newCustomerInput(overrides: Record<string, unknown> = {}) {
  return {
    code: uniqueCode(),
    name: 'Toko Daring',
    tier: 'KEY',
    accountManager: 'rina.brm',
    ...overrides,
  };
}

/** A customer registered as ADMIN; ACTIVE ones get a decision maker, Sari. */
export async function registerCustomer(
  subgraph: TestSubgraph,
  overrides: Record<string, unknown> = {},
): Promise<RegisteredCustomer> {
  const active = overrides.status === 'ACTIVE';
  return succeed(subgraph, ADMIN, REGISTER_CUSTOMER, {
    input: newCustomerInput({
      ...(active && {
        contacts: [{ name: 'Sari Wijaya', roles: ['DECISION_MAKER', 'SPONSOR'] }],
      }),
      ...overrides,
    }),
  });
}

/** The events written to the outbox for an aggregate, oldest first: their types and data. */
export async function eventsOf(
  subgraph: TestSubgraph,
  key: string,
): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const rows: { event_type: string; message_value: string }[] =
    await subgraph.running.dataSource.query(
      `SELECT event_type, message_value FROM event_outbox WHERE message_key = $1 ORDER BY position`,
      [key],
    );
  return rows.map((row) => ({
    type: row.event_type,
    data: JSON.parse(row.message_value).data,
  }));
}

/** The short names of an aggregate's event types, such as `customer.registered`. */
export async function eventNamesOf(subgraph: TestSubgraph, key: string): Promise<string[]> {
  return (await eventsOf(subgraph, key)).map(({ type }) =>
    type.replace(/^itsm\.customer-portfolio\./, '').replace(/\.v\d+$/, ''),
  );
}
