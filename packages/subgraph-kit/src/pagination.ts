import { z } from 'zod';
import { pathOfNulCharacter, ValidationError } from '@itsm/platform';

export interface PageArguments {
  first?: number | null;
  after?: string | null;
}

/** A validated page request; `after` is the decoded sort key of the last row seen. */
export interface PageRequest {
  limit: number;
  after: string[] | null;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const MAX_PAGE_SIZE = 100;

function encodeCursor(sortKey: string[]): string {
  return Buffer.from(JSON.stringify(sortKey)).toString('base64url');
}

function decodeCursor(cursor: string, sortKeySchema: z.ZodType<string[]>): string[] {
  const sortKey = sortKeySchema.safeParse(parseJson(Buffer.from(cursor, 'base64url').toString()));
  if (!sortKey.success || pathOfNulCharacter(sortKey.data)) {
    throw new ValidationError('after', 'after is not a cursor returned by this list');
  }
  return sortKey.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Validates the page arguments; `sortKeySchema` checks a cursor's decoded sort key, so a
 * forged cursor is a user error rather than a database one. */
export function pageRequest(
  { first, after }: PageArguments,
  sortKeySchema: z.ZodType<string[]>,
): PageRequest {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new ValidationError('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { limit, after: after ? decodeCursor(after, sortKeySchema) : null };
}

/** Builds a Relay connection from up to `limit + 1` rows fetched in keyset order: the
 * extra row only says that there is a next page. */
export function connectionOf<Node>(
  rows: Node[],
  { limit }: PageRequest,
  sortKeyOf: (node: Node) => string[],
): Connection<Node> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortKeyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
