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
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
  print,
  type StringValueNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { asVariables } from './operations';
import { recordFigures } from './reliability/figures';
import { registerService } from './seed';
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
  /** Strings that root fields find this customer's records by, such as a ticket's reference. */
  keys: string[];
}

/** Where a seed makes its records: a customer, ACTIVE with the decision maker it was
 * registered with, and a service that both customers share. */
interface SeedContext {
  stack: TestStack;
  code: string;
  customerId: string;
  decisionMakerId: string;
  serviceId: string;
}

/** What a seed made for the customer. */
interface Seeded {
  /** The record of the seed's type. */
  id: string;
  /** Records of other types it made for the same customer on the way, checked like the rest. */
  others?: Record<string, string[]>;
  /** Strings a root field finds the record by; the walk passes them to String arguments. */
  keys?: string[];
}

interface SeedEntry {
  /** Creates one record of the type for the customer, through the subgraphs' own mutations. */
  seed: (context: SeedContext) => Promise<Seeded>;
  /**
   * Set, with the reason, for a type that a CUSTOMER caller must not see at all, not even
   * its own customer's records: no answer may then show the id of either customer's record.
   * Unset, the caller must reach every record of its own customer through some path, and
   * never one of the other's.
   */
  hiddenFromCustomers?: string;
}

/** The seeds run as ADMIN, who may write everything. */
const ADMIN: TestCaller = { roles: ['ADMIN'], subject: 'tenancy.admin' };

/** Runs the supergraph's mutation `name` as ADMIN with `args`, declaring each as a variable of
 * the argument's type, and returns `selection` of its result. */
async function run(
  stack: TestStack,
  name: string,
  args: Record<string, unknown>,
  selection = 'id',
): Promise<Record<string, any>> {
  const field = schema.getMutationType()!.getFields()[name]!;
  const { declaration, call } = asVariables(
    name,
    field.args.filter((argument) => argument.name in args),
  );
  const response = await stack.query(
    ADMIN,
    `mutation ${declaration} { ${call} { ${selection} } }`,
    args,
  );
  if (response.errors) throw new Error(`${name}: ${JSON.stringify(response.errors)}`);
  return response.data![name];
}

/** A seed that runs one mutation and returns the id of what it created. */
const created =
  (name: string, input: (context: SeedContext) => object) =>
  async (context: SeedContext): Promise<Seeded> => ({
    id: (await run(context.stack, name, { input: input(context) })).id,
  });

/** The instants the seeds and the walk share: records lie around NOW, and the walk's
 * DateTime arguments take NOW and A_WEEK_ON, so that a range between them holds the
 * scheduled changes. */
const HOUR = 3_600_000;
const NOW = Date.now();
const A_WEEK_ON = NOW + 7 * 24 * HOUR;
const at = (offset: number) => new Date(NOW + offset).toISOString();

const INTERNAL_VIEW =
  "customer-portfolio's internal view of the relationship (README, business relationship management)";

const SEEDS: Record<string, SeedEntry> = {
  ServiceLevelAgreement: {
    seed: created('draftAgreement', ({ customerId, serviceId }) => ({
      name: `SLA of ${customerId}`,
      type: 'CUSTOMER_BASED',
      customerId,
      serviceIds: [serviceId],
    })),
  },
  ChangeRequest: {
    seed: created('raiseChangeRequest', ({ customerId, serviceId }) => ({
      title: `Change for ${customerId}`,
      type: 'NORMAL',
      customerId,
      serviceIds: [serviceId],
    })),
  },
  ImprovementInitiative: {
    seed: created('identifyImprovement', ({ customerId, serviceId }) => ({
      title: `Improvement for ${customerId}`,
      problemStatement: 'Settlement takes two days.',
      priority: 'LOW',
      customerId,
      serviceId,
    })),
  },
  Contact: {
    seed: created('addContact', ({ customerId, code }) => ({
      customerId,
      name: `Key user of ${code}`,
      email: `key.user@${code.toLowerCase()}.example`,
      roles: ['KEY_USER', 'BILLING'],
    })),
  },
  BusinessObjective: {
    hiddenFromCustomers: INTERNAL_VIEW,
    seed: async ({ stack, customerId, decisionMakerId }) => {
      const { id } = await run(stack, 'defineObjective', {
        input: {
          customerId,
          title: 'Online checkout',
          measure: 'checkout payment success rate',
          target: '99.5 %',
          dueDate: at(180 * 24 * HOUR).slice(0, 10),
        },
      });
      await run(stack, 'agreeObjective', { input: { id, contactId: decisionMakerId } });
      return { id };
    },
  },
  ServiceDependency: {
    hiddenFromCustomers: INTERNAL_VIEW,
    // On a service of its own: a dependency on the shared service would, by design, show
    // each customer the other's authorised changes there (without their customer), and make
    // each release wait for the other's sign-off.
    seed: async ({ stack, customerId }) => {
      const service = await registerService(stack, `Reporting of ${customerId}`);
      const { id } = await run(stack, 'addServiceDependency', {
        input: {
          customerId,
          serviceId: service.id,
          criticality: 'CRITICAL',
          userCount: 40,
          businessProcess: 'checkout',
        },
      });
      return { id };
    },
  },
  Opportunity: {
    hiddenFromCustomers: INTERNAL_VIEW,
    seed: async ({ stack, customerId, decisionMakerId, serviceId }) => {
      const { id } = await run(stack, 'identifyOpportunity', {
        input: {
          customerId,
          title: 'E-wallet payments',
          requirement: 'Accept e-wallets at checkout.',
          expectedBenefit: 'Fewer abandoned checkouts.',
          estimatedCost: { amount: 150_000_000, currency: 'IDR' },
          desiredOutcome: 'A third of payments by e-wallet within a year.',
          serviceId,
        },
      });
      await run(stack, 'signOffOpportunity', { input: { id, contactId: decisionMakerId } });
      return { id };
    },
  },
  ServiceLevelRequirement: {
    seed: async ({ stack, customerId, code, serviceId }) => {
      const { id } = await run(stack, 'captureRequirement', {
        input: {
          customerId,
          title: `Payment availability for ${code}`,
          serviceIds: [serviceId],
          targets: [{ metric: 'AVAILABILITY', targetValue: 99.5 }],
        },
      });
      const agreement = await run(stack, 'draftAgreementFromRequirement', {
        input: { requirementId: id, name: `SLA drafted for ${code}` },
      });
      return { id, others: { ServiceLevelAgreement: [agreement.id] } };
    },
  },
  Feedback: {
    // MEDIUM: below the severity at which a complaint opens an improvement initiative, whose
    // id this test would not know.
    seed: created('logFeedback', ({ customerId, decisionMakerId, serviceId }) => ({
      customerId,
      type: 'COMPLAINT',
      severity: 'MEDIUM',
      serviceId,
      contactId: decisionMakerId,
      summary: 'Payments settle a day late.',
    })),
  },
  SatisfactionSurvey: {
    seed: created('recordSurvey', ({ customerId, decisionMakerId, serviceId }) => ({
      customerId,
      serviceId,
      respondentContactId: decisionMakerId,
      conductedAt: at(-24 * HOUR),
      scores: ['TANGIBLES', 'RELIABILITY', 'RESPONSIVENESS', 'ASSURANCE', 'EMPATHY'].map(
        (dimension) => ({ dimension, expectation: 4.5, perception: 4 }),
      ),
      netPromoterScore: 20,
    })),
  },
  MetricSample: {
    hiddenFromCustomers:
      'no field of the graph reads a sample back: only recordMetricSample returns one, to the ' +
      'SERVICE_LEVEL_MANAGER who records it, and CUSTOMER callers see samples only as the ' +
      'figures of target standings',
    seed: created('recordMetricSample', ({ customerId, serviceId }) => ({
      serviceId,
      customerId,
      metric: 'PERFORMANCE',
      value: 420,
      observedAt: at(-HOUR),
    })),
  },
  TicketTiming: {
    seed: async ({ stack, customerId, code, serviceId }) => {
      const reference = `INC-${code}`;
      const { id } = await run(stack, 'recordTicketTiming', {
        input: {
          reference,
          serviceId,
          customerId,
          priority: 'P2',
          openedAt: at(-2 * HOUR),
          respondedAt: at(-HOUR),
        },
      });
      return { id, keys: [reference] };
    },
  },
  Release: {
    // A STANDARD change of the customer, scheduled, released and deployed once the decision
    // maker signed off: both customers' changes share the service and the window, so each
    // conflicts with the other's.
    seed: async ({ stack, customerId, code, decisionMakerId, serviceId }) => {
      const model = await run(stack, 'defineStandardChangeModel', {
        input: {
          name: `Certificate renewal for ${code}`,
          impact: 'LOW',
          likelihood: 'LOW',
          implementationPlan: 'Install the renewed certificate.',
          backoutPlan: 'Reinstall the previous certificate.',
          testPlan: 'One test payment.',
        },
      });
      const change = await run(stack, 'raiseChangeRequest', {
        input: {
          title: `Renew the payment certificate of ${code}`,
          type: 'STANDARD',
          standardChangeModelId: model.id,
          urgency: 'MEDIUM',
          customerId,
          serviceIds: [serviceId],
        },
      });
      await run(stack, 'submitChangeRequest', { id: change.id });
      await run(stack, 'scheduleChangeRequest', {
        id: change.id,
        input: { plannedStart: at(24 * HOUR), plannedEnd: at(26 * HOUR) },
      });
      const release = await run(stack, 'createRelease', {
        input: { name: `Certificates of ${code}`, changeRequestIds: [change.id] },
      });
      const acceptance = { releaseId: release.id, customerId };
      await run(stack, 'defineAcceptanceCriteria', {
        input: { ...acceptance, criteria: 'One test payment settles.' },
      });
      await run(stack, 'signOffAcceptance', {
        input: {
          ...acceptance,
          contactId: decisionMakerId,
          contactName: `Decision maker of ${code}`,
        },
      });
      await run(stack, 'deployRelease', { id: release.id });
      return { id: release.id, others: { ChangeRequest: [change.id] } };
    },
  },
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

/**
 * Fields that refused the CUSTOMER caller as FORBIDDEN, as `Type.field`. The walks select
 * them no more once refused: a refused non-null field blanks the answer up to its nearest
 * nullable ancestor, and would hide from the walk everything beside it.
 */
const refused = new Set<string>();

/** The fields that `response` refused as FORBIDDEN, as `Type.field`: each error's path is
 * followed from `root`, after the first `skip` segments, past list indices. */
function refusalsIn(response: GraphQLResponse, root: GraphQLObjectType, skip = 0): string[] {
  return (response.errors ?? [])
    .filter((error) => error.extensions?.code === 'FORBIDDEN' && error.path)
    .flatMap((error) => {
      let type: GraphQLNamedType | undefined = root;
      let field: string | undefined;
      for (const segment of error.path!.slice(skip)) {
        if (typeof segment === 'number') continue;
        if (!type || !isObjectType(type)) return [];
        field = `${type.name}.${segment}`;
        const definition: GraphQLField<unknown, unknown> | undefined = type.getFields()[segment];
        type = definition && getNamedType(definition.type);
      }
      return field ? [field] : [];
    });
}

/** A selection of every object field of `type` down to `depth` levels, with `id` wherever
 * there is one: an object that appears in an answer always shows its id. A type appears at
 * most twice on one path; refused fields are left out. `fieldsOf` gives the fields a
 * subgraph resolves, for `_entities`. */
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
      refused.has(`${type.name}.${field.name}`) ||
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

/** The fields of `type` that `subgraph` resolves: those it names in @join__field (but not as
 * @external, which another subgraph resolves), and those without @join__field on a type it
 * defines. */
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
      return joins.some(
        (join) =>
          graphNames.get(argumentOf(join, 'graph')!) === subgraph &&
          !join.arguments?.some(
            (argument) =>
              argument.name.value === 'external' &&
              argument.value.kind === Kind.BOOLEAN &&
              argument.value.value,
          ),
      );
    });
  };
}

/** The types whose fields a selection of `type` shows, `type` included. */
function typesShownBy(type: GraphQLObjectType, selection: string): string[] {
  const typeInfo = new TypeInfo(schema);
  const shown = new Set([type.name]);
  visit(
    parse(`fragment Shown on ${type.name} { ${selection} }`),
    visitWithTypeInfo(typeInfo, {
      Field: () => {
        shown.add(getNamedType(typeInfo.getType())!.name);
      },
    }),
  );
  return [...shown];
}

/** Values for a required argument, or undefined when the test cannot make one. */
function sampleValue(type: unknown, ids: string[], keys: string[]): unknown[] | undefined {
  const inner = unwrapNonNull(type);
  if (isScalarType(inner) && inner.name === 'ID') return ids;
  if (isScalarType(inner) && inner.name === 'Int') return [1];
  if (isScalarType(inner) && inner.name === 'String') return ['x', ...keys];
  if (isScalarType(inner) && inner.name === 'Boolean') return [true];
  if (isScalarType(inner) && inner.name === 'DateTime') {
    return [NOW, A_WEEK_ON].map((instant) => new Date(instant).toISOString());
  }
  if (isEnumType(inner)) return [inner.getValues()[0]!.value];
  if (isInputObjectType(inner)) {
    // Every combination of the samples of its required fields.
    let objects: Record<string, unknown>[] = [{}];
    for (const field of Object.values(inner.getFields())) {
      if (!isNonNullType(field.type) || field.defaultValue !== undefined) continue;
      const values = sampleValue(field.type, ids, keys);
      if (!values) return undefined;
      objects = objects.flatMap((object) =>
        values.map((value) => ({ ...object, [field.name]: value })),
      );
    }
    return objects;
  }
  return undefined;
}

/** The seeding makes dozens of records through the gateway, and the walk runs hundreds of
 * wide operations: minutes on this machine, not the default minute. */
const SLOW = 10 * 60_000;

/**
 * How many levels beneath a root field the walk selects, as deep as the `_entities` walk.
 * Every record is reachable within two, and deeper paths come back through the other
 * subgraphs' fields. One level more makes operations of up to 130 kB that cost this machine
 * 5 to 11 s each, and twice that depth the plans alone block the test process for seconds.
 */
const DEPTH = 4;

/** The fields whose description says they are not for CUSTOMER callers, as `Type.field`. */
function documentedAsInternal(): string[] {
  return apiObjectTypes().flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => /not for CUSTOMER callers/i.test(field.description ?? ''))
      .map((field) => `${type.name}.${field.name}`),
  );
}

describe('tenancy: a CUSTOMER caller sees only its own customers, through any path', () => {
  let stack: TestStack;
  let gateway: RunningGateway;
  let mine: Tenant;
  let theirs: Tenant;
  let serviceId: string;
  const ownedTypes = customerDataTypes();
  const hiddenTypes = new Set(
    Object.keys(SEEDS).filter((type) => SEEDS[type]!.hiddenFromCustomers !== undefined),
  );

  async function seedTenant(code: string): Promise<Tenant> {
    const customer = await run(
      stack,
      'registerCustomer',
      {
        input: {
          code,
          name: `Toko ${code}`,
          tier: 'KEY',
          status: 'ACTIVE',
          accountManager: 'rina.brm',
          contacts: [{ name: `Decision maker of ${code}`, roles: ['DECISION_MAKER'] }],
        },
      },
      'id contacts { id }',
    );
    const context: SeedContext = {
      stack,
      code,
      customerId: customer.id,
      decisionMakerId: customer.contacts[0].id,
      serviceId,
    };
    const tenant: Tenant = {
      customerId: customer.id,
      records: new Map([
        [CUSTOMER, [customer.id]],
        ['Contact', [context.decisionMakerId]],
      ]),
      keys: [],
    };
    const add = (type: string, ids: string[]) =>
      tenant.records.set(type, [...(tenant.records.get(type) ?? []), ...ids]);
    for (const type of ownedTypes.filter((owned) => owned.name !== CUSTOMER)) {
      const seeded = await SEEDS[type.name]!.seed(context);
      add(type.name, [seeded.id]);
      for (const [other, ids] of Object.entries(seeded.others ?? {})) add(other, ids);
      tenant.keys.push(...(seeded.keys ?? []));
    }
    return tenant;
  }

  /** The ids of the tenant's records of the types that `include` accepts. */
  const idsOf = (tenant: Tenant, include: (type: string) => boolean = () => true) =>
    [...tenant.records].filter(([type]) => include(type)).flatMap(([, ids]) => ids);
  const visibleIdsOf = (tenant: Tenant, include: (type: string) => boolean = () => true) =>
    idsOf(tenant, (type) => !hiddenTypes.has(type) && include(type));
  /** Ids no answer to me may show: all of theirs, and mine of the hidden types. */
  const forbiddenIds = () => [...idsOf(theirs), ...idsOf(mine, (type) => hiddenTypes.has(type))];

  function describeRecord(id: string): string {
    for (const [owner, tenant] of [
      ['the other customer', theirs],
      ['my own customer', mine],
    ] as const) {
      for (const [type, ids] of tenant.records) {
        if (!ids.includes(id)) continue;
        const hidden = SEEDS[type]?.hiddenFromCustomers;
        return `${owner}'s ${type} ${id}${hidden ? ` (hidden from CUSTOMER callers: ${hidden})` : ''}`;
      }
    }
    return id;
  }

  const me: TestCaller = { roles: ['CUSTOMER'], subject: 'customer-a' };
  /** Ids of my records that some path returned; each must be reachable. */
  const seen = new Set<string>();
  /** What the walks sent, for RELIABILITY.md. */
  const tally = { operations: 0, entityCalls: 0, leaks: 0, serverErrors: 0 };

  /** Fails when the answer shows any record of the other customer or of a hidden type, or
   * breaks. */
  function expectNothingOfTheirs(response: GraphQLResponse, operation: string) {
    const data = JSON.stringify(response.data ?? null);
    const leaked = forbiddenIds().find((id) => data.includes(id));
    if (leaked) {
      tally.leaks += 1;
      throw new Error(`${operation}\nshowed ${describeRecord(leaked)}:\n${data}`);
    }
    for (const id of idsOf(mine)) if (data.includes(id)) seen.add(id);
    const broken = response.errors?.filter(
      (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
    );
    if (response.status >= 500 || broken?.length) {
      tally.serverErrors += 1;
      throw new Error(`${operation}\nbroke: ${JSON.stringify(broken)}`);
    }
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
  }, SLOW);
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
    // A flag on a type that carries no customer data would hide nothing.
    expect(names).toEqual(expect.arrayContaining([...hiddenTypes]));
  });

  it(
    'shows nothing of theirs through any root field and any nested path',
    async () => {
      const token = await stack.tokenFor(me);
      const send = (text: string, variables: Record<string, unknown>) =>
        postGraphQL(gateway.url, { query: text, variables }, { authorization: `Bearer ${token}` });
      // When this one process blocks for a second or more (planning a wide operation), a
      // subgraph may close an idle keep-alive connection just as the gateway reuses it, and
      // the gateway does not retry (apollographql/federation#2313): send such an operation
      // once more.
      const query = async (text: string, variables: Record<string, unknown>) => {
        const response = await send(text, variables);
        const dropped = response.errors?.some(
          (error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR' &&
            /socket hang up|ECONNRESET/.test(error.message),
        );
        return dropped ? send(text, variables) : response;
      };
      const candidateIds = [...idsOf(mine), ...idsOf(theirs), serviceId];
      const candidateKeys = [...mine.keys, ...theirs.keys];
      const queryType = schema.getQueryType()!;
      let operations = 0;
      for (const field of Object.values(queryType.getFields())) {
        const named = getNamedType(field.type);
        const required = field.args.filter(
          (argument) => isNonNullType(argument.type) && argument.defaultValue === undefined,
        );
        const samples = required.map(
          (argument) =>
            [argument.name, sampleValue(argument.type, candidateIds, candidateKeys)] as const,
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
        // The arguments are variables, so that the gateway plans the wide operation once.
        const { declaration, call } = asVariables(field.name, required);
        const head = declaration ? `query ${declaration} { ${call}` : `{ ${call}`;
        let walked = false;
        while (!walked) {
          const selection = isObjectType(named)
            ? ` { ${selectionOf(named, DEPTH, [named.name])} }`
            : '';
          const operation = `${head}${selection} }`;
          walked = true;
          for (const variables of combinations) {
            const response = await query(operation, variables);
            operations += 1;
            expectNothingOfTheirs(response, `${operation}\nwith ${JSON.stringify(variables)}`);
            const newly = refusalsIn(response, queryType).filter((name) => !refused.has(name));
            newly.forEach((name) => refused.add(name));
            // A field refused beneath the root blanked what lay beside it: walk again without.
            if (newly.some((name) => name !== `Query.${field.name}`)) {
              walked = false;
              break;
            }
          }
        }
      }
      console.info(`tenancy walk: ${operations} operations through the gateway`);
      tally.operations = operations;
      expect(operations).toBeGreaterThan(ownedTypes.length);
      // The walk reached every record of mine that I may see, so it did walk through every
      // type; the hidden ones it never showed.
      expect([...seen].sort()).toEqual(visibleIdsOf(mine).sort());
      // And each field the schema keeps from CUSTOMER callers refused me.
      expect([...refused]).toEqual(expect.arrayContaining(documentedAsInternal()));
    },
    SLOW,
  );

  it(
    'shows nothing of theirs through _entities of any subgraph, called as the gateway would',
    async () => {
      seen.clear();
      const entityTypes = apiObjectTypes().filter((type) => entityResolvers(type).length > 0);
      /** The types whose fields some _entities selection shows. */
      const shown = new Set<string>();
      let calls = 0;
      for (const type of entityTypes) {
        const owned = ownedTypes.includes(type);
        const ids = owned
          ? [...(mine.records.get(type.name) ?? []), ...(theirs.records.get(type.name) ?? [])]
          : [serviceId];
        for (const subgraph of entityResolvers(type)) {
          const fields = fieldsIn(subgraph);
          // Data of the type itself, beyond its key, is the owner's: then the entity of the
          // other customer must not resolve at all.
          const holdsData = fields(type).some(
            (field) => field.name !== 'id' && !isObjectType(getNamedType(field.type)),
          );
          let walked = false;
          while (!walked) {
            const selection = selectionOf(type, 4, [type.name], fields);
            typesShownBy(type, selection).forEach((name) => shown.add(name));
            const query = `query ($representations: [_Any!]!) {
              _entities(representations: $representations) { ... on ${type.name} { ${selection} } }
            }`;
            const response = await querySubgraph(
              stack.subgraphs[subgraph].url,
              subgraph,
              me,
              query,
              { representations: ids.map((id) => ({ __typename: type.name, id })) },
            );
            calls += 1;
            const operation = `${subgraph} _entities(${type.name}) ${print(parse(query))}`;
            const entities = (response.data?._entities ?? []) as (Record<string, unknown> | null)[];
            entities.forEach((entity, index) => {
              const theirsToo =
                owned && (theirs.records.get(type.name) ?? []).includes(ids[index]!);
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
            // Paths run _entities, index, then fields of the type.
            const newly = refusalsIn(response, type, 2).filter((name) => !refused.has(name));
            newly.forEach((name) => refused.add(name));
            walked = newly.length === 0;
          }
        }
      }
      console.info(`tenancy walk: ${calls} _entities calls to the subgraphs`);
      tally.entityCalls = calls;
      // At least one call for each entity type that carries customer data.
      expect(calls).toBeGreaterThanOrEqual(
        ownedTypes.filter((type) => entityTypes.includes(type)).length,
      );
      // Every record of mine that I may see, of a type the selections show, came back.
      expect([...seen]).toEqual(
        expect.arrayContaining(visibleIdsOf(mine, (type) => shown.has(type))),
      );
    },
    SLOW,
  );
  it(
    'shows nothing of theirs to injections in any filter, search or cursor argument',
    async () => {
      const token = await stack.tokenFor(me);
      const theirCode = 'TEN-THEIRS';
      const injections = [
        "' OR '1'='1",
        "' OR 1=1 --",
        "%' OR customer_id IS NOT NULL OR name LIKE '%",
        '%',
        '_',
        '*',
        '.*',
        "\\' OR true --",
        theirs.customerId,
        theirCode,
        `Toko ${theirCode}`,
        'TEN-%',
        Buffer.from(JSON.stringify({ id: theirs.customerId })).toString('base64'),
        Buffer.from("' OR '1'='1").toString('base64url'),
      ];
      const queryType = schema.getQueryType()!;
      let requests = 0;
      for (const field of Object.values(queryType.getFields())) {
        if (field.name.startsWith('_')) continue;
        // Each String or ID an argument takes, itself or as a field of its filter object.
        const slots = field.args.flatMap((argument) => {
          const inner = getNamedType(argument.type);
          if (isInputObjectType(inner)) {
            return Object.values(inner.getFields())
              .filter((input) => ['String', 'ID'].includes(getNamedType(input.type).name))
              .map((input) => ({
                argument,
                path: [argument.name, input.name],
                list: isListType(unwrapNonNull(input.type)),
              }));
          }
          if (!['String', 'ID'].includes(inner.name)) return [];
          return [
            { argument, path: [argument.name], list: isListType(unwrapNonNull(argument.type)) },
          ];
        });
        if (slots.length === 0) continue;
        const named = getNamedType(field.type);
        const selection = isObjectType(named) ? ` { ${selectionOf(named, 2, [named.name])} }` : '';
        const { declaration, call } = asVariables(field.name, field.args);
        const operation = `query ${declaration} { ${call}${selection} }`;
        // The other required arguments take my own records, so that the injected one decides.
        const required = Object.fromEntries(
          field.args
            .filter((argument) => isNonNullType(argument.type))
            .map((argument) => [
              argument.name,
              sampleValue(argument.type, idsOf(mine), mine.keys)![0],
            ]),
        );
        for (const { path, list } of slots) {
          for (const injection of injections) {
            const variables: Record<string, any> = structuredClone(required);
            const value = list ? [injection] : injection;
            if (path.length === 1) variables[path[0]!] = value;
            else variables[path[0]!] = { ...variables[path[0]!], [path[1]!]: value };
            const response = await postGraphQL(
              gateway.url,
              { query: operation, variables },
              { authorization: `Bearer ${token}` },
            );
            requests += 1;
            expectNothingOfTheirs(response, `${operation}\nwith ${JSON.stringify(variables)}`);
          }
        }
      }
      console.info(`tenancy injections: ${requests} requests through the gateway`);
      expect(requests).toBeGreaterThan(injections.length * 5);
      recordFigures({
        id: 'tenancy',
        title: "A CUSTOMER caller's reads of another customer, through every federated path",
        file: 'packages/e2e/src/tenancy.e2e.spec.ts',
        mutationsRun: null,
        eventsExpected: null,
        eventsSeen: null,
        duplicates: null,
        leaks: tally.leaks,
        serverErrors: tally.serverErrors,
        details: {
          'root-field operations, nested 4 levels deep': tally.operations,
          '_entities calls to the subgraphs, signed as the gateway': tally.entityCalls,
          'injections in filter, search and cursor arguments': requests,
          'types carrying customer data': ownedTypes.length,
        },
      });
    },
    SLOW,
  );
});
