import { z } from 'zod';
import { ValidationError } from './errors';

/** Validates GraphQL input with zod; the first failing field is named in the error, and
 * every issue is listed. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  argumentName = 'input',
): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: [argumentName, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = issues[0]!;
  throw new ValidationError(first.field, `${first.field}: ${first.message}`, { issues });
}

const idSchema = z.guid();

export function isId(value: unknown): value is string {
  return idSchema.safeParse(value).success;
}

/** Checks the shape of an id before it reaches SQL, naming the argument at fault. */
export function parseId(id: string, field = 'id'): string {
  if (!isId(id)) throw new ValidationError(field, `${field} is not a valid id`);
  return id;
}
