import type { EntitySchemaColumnOptions, ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric columns as strings, to keep their precision; the amounts and
 * scores here have two decimals at most, which a JavaScript number holds exactly enough. */
const numericAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export function numericColumn(
  name: string,
  precision: number,
  options: { nullable?: boolean } = {},
): EntitySchemaColumnOptions {
  return {
    type: 'numeric',
    precision,
    scale: 2,
    name,
    nullable: options.nullable ?? false,
    transformer: numericAsNumber,
  };
}

/** A timestamp the service sets from its clock, so a keyset cursor holds it exactly. */
export function instantColumn(
  name: string,
  options: { nullable?: boolean } = {},
): EntitySchemaColumnOptions {
  return { type: 'timestamptz', name, nullable: options.nullable ?? false };
}
