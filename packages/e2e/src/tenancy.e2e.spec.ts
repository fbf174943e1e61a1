import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningGateway, startGateway } from '@itsm/gateway';
import type { SubgraphName } from '@itsm/platform';
import { type GraphQLResponse, postGraphQL, querySubgraph, type TestCaller } from '@itsm/testkit';
import {
  buildSchema,
  type ConstDirectiveNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  GraphQLObjectType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
  print,
  type StringValueNode,
} from 'graphql';
import { DRAFT_AGREEMENT, IDENTIFY_IMPROVEMENT, RAISE_CHANGE_REQUEST } from './documents';
import { mutate, registerCustomer, registerService } from './seed';
import { startTestStack, testGatewaySettings, type TestStack } from './stack';

/**
 * A CUSTOMER caller never sees another customer's data, through any path of the federated
 * graph. The test reads the supergraph, finds every type that carries customer data, and
 * queries each through every path: every root field, every nested field down to a few
 * levels, and `_entities` of every subgraph that resolves the type, called directly as the
 * gateway would. New types that the subgraphs add are covered as soon as they are composed,
 * once this file knows how to create one (see SEEDS).
 */

const SUPERGRAPH = readFileSync(join(__dirname, '../../../schema/supergraph.graphql'), 'utf8');
const schema = buildSchema(SUPERGRAPH);
const document = parse(SUPERGRAPH);

/** Two customers seeded alike: the caller's own (mine) and another (theirs). */
interface Tenant {
  customerId: string;
  /** Ids of the records this customer owns, by type, its own Customer included. */
  records: Map<string, string[]>;
}

/**
 * How to create one record of a type that carries customer data, for a customer, on a
 * service both customers share. A type the supergraph gains without an entry here fails
 * the test, naming it: add a seed for it.
 */
type Seed = (stack: TestStack, customerId: string, serviceId: string) => Promise<string>;

/** A seed that runs one mutation as ADMIN and returns the id of what it created. */
const created =
  (document: string, input: (customerId: string, serviceId: string) => object): Seed =>
  async (stack, customerId, serviceId) =>
    (await mutate(stack, document, { ...input(customerId, serviceId) })).id!;

const SEEDS: Record<string, Seed> = {
  ServiceLevelAgreement: created(DRAFT_AGREEMENT, (customerId, serviceId) => ({
    name: `SLA of ${customerId}`,
    type: 'CUSTOMER_BASED',
    customerId,
    serviceIds: [serviceId],
  })),
  ChangeRequest: created(RAISE_CHANGE_REQUEST, (customerId, serviceId) => ({
    title: `Change for ${customerId}`,
    type: 'NORMAL',
    customerId,
    serviceIds: [serviceId],
  })),
  ImprovementInitiative: created(IDENTIFY_IMPROVEMENT, (customerId, serviceId) => ({
    title: `Improvement for ${customerId}`,
    problemStatement: 'Settlement takes two days.',
    priority: 'LOW',
    customerId,
    serviceId,
  })),
};

const CUSTOMER = 'Customer';

/** Customer, and every record type (one with an id) that has a field of type Customer or
 * that Customer lists: the types that carry one customer's data. */
function customerDataTypes(): GraphQLObjectType[] {
  const found = new Set<string>([CUSTOMER]);
  const customer = schema.getType(CUSTOMER) as GraphQLObjectType;
  for (const field of Object.values(customer.getFields())) {
    const named = getNamedType(field.type);
    if (isListType(unwrapNonNull(field.type)) && isObjectType(named) && !isFederationType(named)) {
      found.add(named.name);
    }
  }
  for (const type of apiObjectTypes()) {
    const fields = Object.values(type.getFields());
    if (fields.some((field) => getNamedType(field.type).name === CUSTOMER)) found.add(type.name);
  }
  return [...found]
    .map((name) => schema.getType(name) as GraphQLObjectType)
    .filter((type) => type.getFields().id !== undefined);
}

function apiObjectTypes(): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType =>
      isObjectType(type) && !type.name.startsWith('__') && !isFederationType(type),
  );
}

function isFederationType(type: GraphQLNamedType): boolean {
  return /^(join|link)__/.test(type.name);
}

function unwrapNonNull<T>(type: T) {
  return isNonNullType(type) ? (type.ofType as T) : type;
}

/** A selection of every object field of `type` down to `depth` levels, with `id` wherever
 * there is one: an object that appears in an answer always shows its id. A type appears at
 * most twice on one path. `fieldsOf` gives the fields a subgraph resolves, for `_entities`. */
function selectionOf(
  type: GraphQLObjectType,
  depth: number,
  path: string[] = [],
  fieldsOf: (type: GraphQLObjectType) => GraphQLField<unknown, unknown>[] = (object) =>
    Object.values(object.getFields()),
): string {
  const parts = ['__typename'];
  for (const field of fieldsOf(type)) {
    if (
      field.args.some(
        (argument) => isNonNullType(argument.type) && argument.defaultValue === undefined,
      )
    ) {
      continue;
    }
    const named = getNamedType(field.type);
    if (field.name === 'id') parts.push('id');
    if (!isObjectType(named) || depth === 0) continue;
    if (path.filter((name) => name === named.name).length >= 2) continue;
    parts.push(
      `${field.name} { ${selectionOf(named, depth - 1, [...path, named.name], fieldsOf)} }`,
    );
  }
  return parts.join(' ');
}

/** The federation metadata of the supergraph: which subgraph resolves which entity type,
 * and which fields each subgraph has. */
const graphNames = new Map<string, SubgraphName>();
for (const definition of document.definitions) {
  if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') {
    continue;
  }
  for (const value of definition.values ?? []) {
    const name = argumentOf(
      value.directives?.find((d) => d.name.value === 'join__graph'),
      'name',
    );
    graphNames.set(value.name.value, name as SubgraphName);
  }
}

function argumentOf(directive: ConstDirectiveNode | undefined, name: string): string | undefined {
  const argument = directive?.arguments?.find((candidate) => candidate.name.value === name);
  if (!argument) return undefined;
  return argument.value.kind === Kind.ENUM
    ? argument.value.value
    : (argument.value as StringValueNode).value;
}

function objectDefinition(name: string): ObjectTypeDefinitionNode {
  return document.definitions.find(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === name,
  )!;
}

/** The subgraphs that resolve `type` as an entity by its id. */
function entityResolvers(type: GraphQLObjectType): SubgraphName[] {
  return (objectDefinition(type.name).directives ?? [])
    .filter((directive) => directive.name.value === 'join__type')
    .filter((directive) => argumentOf(directive, 'key') === 'id')
    .filter((directive) => argumentOf(directive, 'resolvable') !== 'false')
    .map((directive) => graphNames.get(argumentOf(directive, 'graph')!)!);
}

/** The fields of `type` that `subgraph` resolves: those it names in @join__field, and those
 * without @join__field on a type it defines. */
function fieldsIn(subgraph: SubgraphName) {
  return (type: GraphQLObjectType) => {
    const definition = objectDefinition(type.name);
    const typeGraphs = (definition.directives ?? [])
      .filter((directive) => directive.name.value === 'join__type')
      .map((directive) => graphNames.get(argumentOf(directive, 'graph')!));
    return Object.values(type.getFields()).filter((field) => {
      const node = definition.fields!.find((candidate) => candidate.name.value === field.name)!;
      const joins = (node.directives ?? []).filter((d) => d.name.value === 'join__field');
      if (joins.length === 0) return typeGraphs.includes(subgraph);
      return joins.some((join) => graphNames.get(argumentOf(join, 'graph')!) === subgraph);
    });
  };
}

/** A value for a required argument, or undefined when the test cannot make one. */
function sampleValue(type: unknown, ids: string[]): unknown[] | undefined {
  const inner = unwrapNonNull(type);
  if (isScalarType(inner) && inner.name === 'ID') return ids;
  if (isScalarType(inner) && inner.name === 'Int') return [1];
  if (isScalarType(inner) && inner.name === 'String') return ['x'];
  if (isScalarType(inner) && inner.name === 'Boolean') return [true];
  if (isScalarType(inner) && inner.name === 'DateTime') return [new Date().toISOString()];
  if (isEnumType(inner)) return [inner.getValues()[0]!.value];
  return undefined;
}

describe('tenancy: a CUSTOMER caller sees only its own customers, through any path', () => {
  let stack: TestStack;
  let gateway: RunningGateway;
  let mine: Tenant;
  let theirs: Tenant;
  let serviceId: string;
  const ownedTypes = customerDataTypes();

  async function seedTenant(code: string): Promise<Tenant> {
    const customer = await registerCustomer(stack, code);
    const records = new Map([[CUSTOMER, [customer.id!]]]);
    for (const type of ownedTypes.filter((owned) => owned.name !== CUSTOMER)) {
      records.set(type.name, [await SEEDS[type.name]!(stack, customer.id!, serviceId)]);
    }
    return { customerId: customer.id!, records };
  }

  const idsOf = (tenant: Tenant) => [...tenant.records.values()].flat();
  const me: TestCaller = { roles: ['CUSTOMER'], subject: 'customer-a' };
  /** Ids of my records that some path returned; each must be reachable. */
  const seen = new Set<string>();

  /** Fails when the answer shows any record of the other customer, or breaks. */
  function expectNothingOfTheirs(response: GraphQLResponse, operation: string) {
    const data = JSON.stringify(response.data ?? null);
    for (const id of idsOf(theirs)) {
      if (data.includes(id))
        throw new Error(`${operation}\nshowed the other customer's ${id}:\n${data}`);
    }
    for (const id of idsOf(mine)) if (data.includes(id)) seen.add(id);
    const broken = response.errors?.filter(
      (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
    );
    expect(broken ?? []).toEqual([]);
  }

  beforeAll(async () => {
    const missing = ownedTypes.filter((type) => type.name !== CUSTOMER && !SEEDS[type.name]);
    if (missing.length > 0) {
      throw new Error(`Add a seed to SEEDS for ${missing.map((type) => type.name).join(', ')}`);
    }
    stack = await startTestStack();
    // The walk's queries are wide; the limits are not what this test is about.
    gateway = await startGateway(
      testGatewaySettings(stack.subgraphs, {
        environment: {
          MAX_QUERY_DEPTH: '30',
          MAX_QUERY_COST: '10000000',
          MAX_QUERY_TOKENS: '100000',
          REQUEST_BODY_LIMIT: '1mb',
        },
      }),
    );
    serviceId = (await registerService(stack, 'Shared payment gateway')).id!;
    mine = await seedTenant('TEN-MINE');
    theirs = await seedTenant('TEN-THEIRS');
    me.customerIds = [mine.customerId];
  });
  afterAll(async () => {
    await gateway?.stop();
    await stack?.stop();
  });

  it('finds the types that carry customer data in the supergraph', () => {
    const names = ownedTypes.map((type) => type.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Customer',
        'ServiceLevelAgreement',
        'ChangeRequest',
        'ImprovementInitiative',
      ]),
    );
  });

  it('shows nothing of theirs through any root field and any nested path', async () => {
    const token = await stack.tokenFor(me);
    const query = (text: string) =>
      postGraphQL(gateway.url, { query: text }, { authorization: `Bearer ${token}` });
    const candidateIds = [...idsOf(mine), ...idsOf(theirs), serviceId];
    const queryType = schema.getQueryType()!;
    let operations = 0;
    for (const field of Object.values(queryType.getFields())) {
      const named = getNamedType(field.type);
      const selection = isObjectType(named) ? ` { ${selectionOf(named, 6, [named.name])} }` : '';
      const required = field.args.filter(
        (argument) => isNonNullType(argument.type) && argument.defaultValue === undefined,
      );
      const samples = required.map(
        (argument) => [argument.name, sampleValue(argument.type, candidateIds)] as const,
      );
      if (samples.some(([, values]) => values === undefined)) {
        throw new Error(
          `Query.${field.name}: the walk cannot make its arguments; teach sampleValue`,
        );
      }
      // Every combination of the sample values, one operation each.
      let combinations: Record<string, unknown>[] = [{}];
      for (const [name, values] of samples) {
        combinations = combinations.flatMap((combination) =>
          values!.map((value) => ({ ...combination, [name]: value })),
        );
      }
      for (const combination of combinations) {
        const args = Object.entries(combination).map(
          ([name, value]) => `${name}: ${JSON.stringify(value)}`,
        );
        const operation = `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
        expectNothingOfTheirs(await query(operation), operation);
        operations += 1;
      }
    }
    expect(operations).toBeGreaterThan(ownedTypes.length);
    // The walk reached every record of mine, so it did walk through every type.
    expect([...seen].sort()).toEqual(idsOf(mine).sort());
  });

  it('shows nothing of theirs through _entities of any subgraph, called as the gateway would', async () => {
    seen.clear();
    const entityTypes = apiObjectTypes().filter((type) => entityResolvers(type).length > 0);
    let calls = 0;
    for (const type of entityTypes) {
      for (const subgraph of entityResolvers(type)) {
        const fields = fieldsIn(subgraph);
        const selection = selectionOf(type, 4, [type.name], fields);
        // Data of the type itself, beyond its key, is the owner's: then the entity of the
        // other customer must not resolve at all.
        const holdsData = fields(type).some(
          (field) => field.name !== 'id' && !isObjectType(getNamedType(field.type)),
        );
        const owned = ownedTypes.includes(type);
        const ids = owned
          ? [...(mine.records.get(type.name) ?? []), ...(theirs.records.get(type.name) ?? [])]
          : [serviceId];
        const query = `query ($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on ${type.name} { ${selection} } }
        }`;
        const response = await querySubgraph(stack.subgraphs[subgraph].url, subgraph, me, query, {
          representations: ids.map((id) => ({ __typename: type.name, id })),
        });
        calls += 1;
        const operation = `${subgraph} _entities(${type.name}) ${print(parse(query))}`;
        const entities = (response.data?._entities ?? []) as (Record<string, unknown> | null)[];
        entities.forEach((entity, index) => {
          const theirsToo = owned && (theirs.records.get(type.name) ?? []).includes(ids[index]!);
          if (theirsToo && holdsData && entity !== null) {
            throw new Error(`${operation}\nresolved the other customer's ${ids[index]}`);
          }
          // The key is only echoed back; what hangs beneath it must be mine alone.
          const beneath = { ...entity, id: undefined };
          expectNothingOfTheirs(
            {
              status: response.status,
              data: beneath,
              ...(response.errors && { errors: response.errors }),
            },
            operation,
          );
          if (!theirsToo && entity) seen.add(ids[index]!);
        });
      }
    }
    expect(calls).toBeGreaterThanOrEqual(ownedTypes.length);
    expect([...seen]).toEqual(expect.arrayContaining(idsOf(mine)));
  });
});
