import { z } from 'zod';
import { ValidationError } from './errors';

/** The path of the first string holding a NUL character, which no PostgreSQL text column
 * can store, or null when there is none. */
export function pathOfNulCharacter(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNulCharacter(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Validates GraphQL input with zod; the first failing field is named in the error, and
 * every issue is listed. Field names start with `argumentName`; pass null when `input`
 * holds several top-level arguments, which are then named by themselves. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  argumentName: string | null = 'input',
): z.infer<Schema> {
  const prefix = argumentName === null ? [] : [argumentName];
  const nulPath = pathOfNulCharacter(input, prefix);
  if (nulPath) {
    const field = nulPath.join('.');
    throw new ValidationError(field, `${field}: must not contain the NUL character`);
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: [...prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = issues[0]!;
  throw new ValidationError(first.field, `${first.field}: ${first.message}`, { issues });
}

/** An id is a uuid. PostgreSQL ignores its letter case and prints it in lower case, so ids
 * are lower-cased on the way in and compare equal in JavaScript as they do in SQL. */
export const idSchema = z.guid('must be a valid id').transform((id) => id.toLowerCase());

/** The canonical form of an id, or null when the value is not one. */
export function normalizeId(value: unknown): string | null {
  const result = idSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** Checks the shape of an id before it reaches SQL, naming the argument at fault. */
export function parseId(id: string, field = 'id'): string {
  const normalized = normalizeId(id);
  if (!normalized) throw new ValidationError(field, `${field} is not a valid id`);
  return normalized;
}
