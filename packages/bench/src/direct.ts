import { createHistogram, performance } from 'node:perf_hooks';
import {
  CALLER_HEADER,
  type Caller,
  secretKey,
  signCallerAssertion,
  type SubgraphName,
} from '@itsm/platform';
import type { LoadResult } from './load';
import { BENCH_SECRETS, type BenchStack } from './stack';

/** The fetches of the dashboard's query plan, sent straight to the subgraphs: the
 * customers first, then what the other three subgraphs know of them, in parallel. */
const CUSTOMERS = /* GraphQL */ `
  query ($manager: String!) {
    customers(filter: { accountManager: $manager }, first: 20) {
      edges {
        node {
          __typename
          id
          code
          name
          tier
          relationshipLevel
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const ENTITY_FIELDS: Record<Exclude<SubgraphName, 'customer-portfolio'>, string> = {
  'service-level': `agreements { id name status validTo }
    serviceLevelCompliance { activeAgreements targets met atRisk breached compliancePercent }`,
  'change-transition': 'changeRequests { reference title state plannedStart }',
  'continual-improvement': 'improvements { title state priority }',
};

const entitiesQuery = (fields: string) => /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        ${fields}
      }
    }
  }
`;

interface SignedFetch {
  url: string;
  body: string;
  assertion: string;
}

/** A caller assertion lives 30 s; the bench signs every manager's fetches anew every 10 s,
 * outside the measured requests, as the gateway's own signing is what this bound leaves out. */
const RESIGN_MS = 10_000;

/** Dashboards per second and their latency, fetched from the subgraphs without a gateway. */
export async function driveSubgraphsDirectly(
  stack: BenchStack,
  callers: Map<string, Caller>,
  connections: number,
  durationSeconds: number,
): Promise<LoadResult> {
  const key = secretKey(BENCH_SECRETS.callerSigning);
  const managers = [...callers.keys()];
  const sign = async (caller: Caller, audience: SubgraphName, query: string, variables: object) => {
    const body = JSON.stringify({ query, variables });
    const assertion = await signCallerAssertion(
      caller,
      { audience, query, variables: variables as Record<string, unknown> },
      key,
    );
    return { url: stack.subgraphs[audience].url, body, assertion };
  };
  const send = async ({ url, body, assertion }: SignedFetch) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CALLER_HEADER]: assertion },
      body,
    });
    const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (!response.ok || answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };

  const customersOf = async (fetch: SignedFetch) => {
    const data = (await send(fetch)) as {
      customers: { edges: { node: { __typename: string; id: string } }[] };
    };
    return data.customers.edges.map(({ node }) => ({ __typename: node.__typename, id: node.id }));
  };
  // Each manager's customers, from which the gateway would build the entity fetches.
  const representations = new Map<string, object[]>();
  for (const [manager, caller] of callers) {
    const first = await sign(caller, 'customer-portfolio', CUSTOMERS, { manager });
    representations.set(manager, await customersOf(first));
  }
  const plans = new Map<string, SignedFetch[]>();
  const signAll = async () => {
    for (const [manager, caller] of callers) {
      const variables = { representations: representations.get(manager) };
      plans.set(manager, [
        await sign(caller, 'customer-portfolio', CUSTOMERS, { manager }),
        ...(await Promise.all(
          (Object.keys(ENTITY_FIELDS) as (keyof typeof ENTITY_FIELDS)[]).map((subgraph) =>
            sign(caller, subgraph, entitiesQuery(ENTITY_FIELDS[subgraph]), variables),
          ),
        )),
      ]);
    }
  };
  await signAll();
  const resign = setInterval(() => void signAll(), RESIGN_MS);

  const latency = createHistogram();
  let completed = 0;
  let errors = 0;
  const deadline = performance.now() + durationSeconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const [first, ...rest] = plans.get(managers[Math.floor(Math.random() * managers.length)]!)!;
      const started = performance.now();
      try {
        await send(first!);
        await Promise.all(rest.map(send));
        latency.record(Math.max(1, Math.round((performance.now() - started) * 1000)));
        completed += 1;
      } catch {
        errors += 1;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, client));
  clearInterval(resign);
  const seconds = (performance.now() - started) / 1000;
  return {
    rps: completed / seconds,
    p50Ms: latency.percentile(50) / 1000,
    p99Ms: latency.percentile(99) / 1000,
    requests: completed,
    errors,
  };
}
