import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { registerService, seedCustomer } from './seed';
import type { TestStack } from './stack';

/** Operations made from the committed supergraph, for tests that try every root field. */

export const supergraph = buildSchema(
  readFileSync(join(__dirname, '../../../schema/supergraph.graphql'), 'utf8'),
);

export type OperationKind = 'query' | 'mutation';

export interface RootField {
  kind: OperationKind;
  field: GraphQLField<unknown, unknown>;
}

/** Every query and mutation of the API, without federation's own fields. */
export function rootFields(): RootField[] {
  return (['query', 'mutation'] as const).flatMap((kind) =>
    Object.values(
      (kind === 'query' ? supergraph.getQueryType() : supergraph.getMutationType())!.getFields(),
    )
      .filter((field) => !field.name.startsWith('_'))
      .map((field) => ({ kind, field })),
  );
}

/** A selection of the type's plain fields, going deeper only where it has none. */
export function selectionOf(type: GraphQLOutputType, depth = 3): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter(
    (field) => !field.args.some((argument) => isNonNullType(argument.type)),
  );
  const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
  if (leaves.length > 0) return leaves.map((field) => field.name).join(' ');
  if (depth === 0) return '__typename';
  return fields
    .filter((field) => isObjectType(getNamedType(field.type)))
    .map((field) => `${field.name} { ${selectionOf(field.type, depth - 1)} }`)
    .join(' ');
}

/** The arguments as variables: `declaration` declares them for the operation, `call` runs
 * the field `name` with them; both without parentheses when there are none. */
export function asVariables(name: string, args: readonly GraphQLArgument[]) {
  if (args.length === 0) return { declaration: '', call: name };
  const declared = args.map((argument) => `$${argument.name}: ${argument.type}`);
  const passed = args.map((argument) => `${argument.name}: $${argument.name}`);
  return { declaration: `(${declared.join(', ')})`, call: `${name}(${passed.join(', ')})` };
}

/** The operation running one root field, with every argument as a variable. */
export function operationFor({ kind, field }: RootField): string {
  const { declaration, call } = asVariables(field.name, field.args);
  const selection = selectionOf(field.type);
  return [
    `${kind} Try${declaration} {`,
    `  ${call}${selection ? ` { ${selection} }` : ''}`,
    '}',
  ].join('\n');
}

/** Ids the arguments may take: records of each kind that the test seeded. */
export type IdPool = Record<
  'customer' | 'service' | 'agreement' | 'change' | 'improvement',
  string[]
>;

/** Two customers, each with an agreement, a change request and an improvement on one
 * service, written through the gateway. */
export async function seedIdPool(stack: TestStack, prefix: string): Promise<IdPool> {
  const service = await registerService(stack, `${prefix} payments`);
  const pool: IdPool = {
    customer: [],
    service: [service.id!],
    agreement: [],
    change: [],
    improvement: [],
  };
  for (const code of [`${prefix}-1`, `${prefix}-2`]) {
    const customer = await seedCustomer(stack, code, service.id!);
    pool.customer.push(customer.id!);
    const response = await stack.query(
      { roles: ['ADMIN'] },
      `query ($id: ID!) { customer(id: $id) { agreements { id } changeRequests { id } improvements { id } } }`,
      { id: customer.id },
    );
    const seeded = response.data!.customer;
    const ids = (records: { id: string }[]) => records.map(({ id }) => id);
    pool.agreement.push(...ids(seeded.agreements));
    pool.change.push(...ids(seeded.changeRequests));
    pool.improvement.push(...ids(seeded.improvements));
  }
  return pool;
}

const DAY = 86_400_000;

/** Values for arguments from a seeded random generator, so that a run can be repeated. */
export class ArgumentMaker {
  private readonly rng;
  private serial = 0;

  constructor(
    readonly seed: number,
    private readonly pool: IdPool,
    private readonly now = Date.now(),
  ) {
    this.rng = xoroshiro128plus(seed);
  }

  /** An integer from 0 up to, not including, `bound`. */
  below(bound: number): number {
    return uniformInt(this.rng, 0, bound - 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  /** A seeded id of the kind the argument's name, or its root field's, suggests. */
  idFor(name: string, root: string): string {
    const of = (kind: keyof IdPool) => this.pick(this.pool[kind]);
    for (const kind of ['customer', 'service', 'agreement', 'change', 'improvement'] as const) {
      if (name.toLowerCase().includes(kind)) return of(kind);
    }
    for (const kind of ['change', 'improvement', 'agreement', 'customer', 'service'] as const) {
      if (root.toLowerCase().includes(kind)) return of(kind);
    }
    return of(this.pick(Object.keys(this.pool) as (keyof IdPool)[]));
  }

  /** A value of the type that the API could accept. */
  plausible(type: GraphQLInputType, name: string, root: string): unknown {
    if (isNonNullType(type)) return this.plausible(type.ofType, name, root);
    if (isListType(type)) return [this.plausible(type.ofType, name, root)];
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter(
        (field) =>
          (isNonNullType(field.type) && field.defaultValue === undefined) || this.below(2) === 0,
      );
      return Object.fromEntries(
        fields.map((field) => [field.name, this.plausible(field.type, field.name, root)]),
      );
    }
    switch (type.name) {
      case 'ID':
        return this.idFor(name, root);
      case 'String':
        return `${name} ${(this.serial += 1)}`;
      case 'Int':
        return 1 + this.below(10);
      case 'Float':
        return 1 + this.below(1000) / 10;
      case 'Boolean':
        return this.below(2) === 0;
      case 'DateTime':
        return new Date(this.now + (this.below(60) - 30) * DAY).toISOString();
      case 'LocalDate':
        return new Date(this.now + this.below(60) * DAY).toISOString().slice(0, 10);
      default:
        throw new Error(`No plausible ${type.name}: teach ArgumentMaker.plausible`);
    }
  }

  /** The required arguments, and about half of the optional ones. */
  plausibleArguments(args: readonly GraphQLArgument[], root: string): Record<string, unknown> {
    return Object.fromEntries(
      args
        .filter((argument) => isNonNullType(argument.type) || this.below(2) === 0)
        .map((argument) => [argument.name, this.plausible(argument.type, argument.name, root)]),
    );
  }
}
