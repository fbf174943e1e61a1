import { z } from 'zod';
import { connectionOf, pageRequest } from './pagination';

const sortKey = z.tuple([z.string(), z.string()]);
const rows = ['a', 'b', 'c'].map((name) => ({ name, id: `id-${name}` }));
const keyOf = (row: { name: string; id: string }) => [row.name, row.id];

describe('keyset pagination', () => {
  it('defaults to 20 and bounds the page size', () => {
    expect(pageRequest({}, sortKey)).toEqual({ limit: 20, after: null });
    for (const first of [0, -1, 101]) {
      expect(() => pageRequest({ first }, sortKey)).toThrow('first must be between 1 and 100');
    }
  });

  it('round-trips the cursor of the last edge into the next request', () => {
    const page = pageRequest({ first: 2 }, sortKey);
    const connection = connectionOf(rows, page, keyOf);
    expect(connection.edges.map((edge) => edge.node.name)).toEqual(['a', 'b']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    const next = pageRequest({ first: 2, after: connection.pageInfo.endCursor }, sortKey);
    expect(next.after).toEqual(['b', 'id-b']);
  });

  it('reports the end of the list', () => {
    const connection = connectionOf(rows, pageRequest({ first: 3 }, sortKey), keyOf);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect(connectionOf([], pageRequest({}, sortKey), keyOf).pageInfo.endCursor).toBeNull();
  });

  it.each([
    'garbage',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1]').toString('base64url'),
  ])('refuses a forged cursor %s as a user error on `after`', (after) => {
    expect(() => pageRequest({ after }, sortKey)).toThrow(
      'after is not a cursor returned by this list',
    );
  });
});
