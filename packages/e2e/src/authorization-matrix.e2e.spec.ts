import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, type Role } from '@itsm/platform';
import { ArgumentMaker, operationFor, rootFields, seedIdPool } from './operations';
import { recordFigures } from './reliability/figures';
import { startTestStack, type TestStack } from './stack';

/**
 * Every query and mutation of the supergraph, tried under every role, against the table in
 * AUTHORIZATION.md. The test fails when the answer and the table disagree, and when the
 * supergraph has an operation the table does not list. With AUTHORIZATION_MATRIX_WRITE=1
 * it writes what it saw into the table instead, for review in the diff.
 */

const TABLE_PATH = join(__dirname, '../../../AUTHORIZATION.md');
const ALLOWED = 'yes';
const REFUSED = 'no';

/** The operation's name in the table, as `Query.customers`. */
const rowName = ({ kind, field }: ReturnType<typeof rootFields>[number]) =>
  `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`;

/** The table's rows: operation, then ALLOWED or REFUSED per role, in the order of ROLES. */
function readTable(): Map<string, Record<Role, string>> {
  const rows = new Map<string, Record<Role, string>>();
  for (const line of readFileSync(TABLE_PATH, 'utf8').split('\n')) {
    const match = /^\| `((?:Query|Mutation)\.\w+)`\s*\|(.*)\|$/.exec(line);
    if (!match) continue;
    const cells = match[2]!.split('|').map((cell) => cell.trim());
    rows.set(
      match[1]!,
      Object.fromEntries(ROLES.map((role, index) => [role, cells[index]])) as Record<Role, string>,
    );
  }
  return rows;
}

function writeTable(seen: Map<string, Record<Role, string>>) {
  const text = readFileSync(TABLE_PATH, 'utf8');
  const start = text.indexOf('| Operation |');
  const end = text.indexOf('\n\n', start);
  const table = [
    `| Operation | ${ROLES.join(' | ')} |`,
    `| --- | ${ROLES.map(() => ':-:').join(' | ')} |`,
    ...[...seen].map(
      ([name, cells]) => `| \`${name}\` | ${ROLES.map((role) => cells[role]).join(' | ')} |`,
    ),
  ].join('\n');
  writeFileSync(TABLE_PATH, `${text.slice(0, start)}${table}${text.slice(end)}`);
}

describe('the authorization matrix', () => {
  let stack: TestStack;
  let maker: ArgumentMaker;

  beforeAll(async () => {
    stack = await startTestStack();
    maker = new ArgumentMaker(20261125, await seedIdPool(stack, 'AUTHZ'));
  }, 120_000);
  afterAll(() => stack?.stop());

  it('matches AUTHORIZATION.md for every operation and every role', async () => {
    const seen = new Map<string, Record<Role, string>>();
    let serverErrors = 0;
    for (const root of rootFields()) {
      const query = operationFor(root);
      // The same arguments for every role, so that only the role differs.
      const variables = maker.plausibleArguments(root.field.args, root.field.name);
      const cells = {} as Record<Role, string>;
      for (const role of ROLES) {
        const response = await stack.query(
          { roles: [role], subject: `matrix.${role.toLowerCase()}`, customerIds: [] },
          query,
          variables,
        );
        const broken = response.errors?.find(
          (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
        );
        if (response.status >= 500 || broken) serverErrors += 1;
        // Refused is FORBIDDEN on the operation itself; a refusal deeper down is a field's.
        const refused = response.errors?.some(
          (error) => error.extensions?.code === 'FORBIDDEN' && error.path?.length === 1,
        );
        cells[role] = broken ? `broke (${broken.message})` : refused ? REFUSED : ALLOWED;
      }
      seen.set(rowName(root), cells);
    }
    if (process.env.AUTHORIZATION_MATRIX_WRITE === '1') writeTable(seen);

    const table = readTable();
    const disagreements: string[] = [];
    for (const [name, cells] of seen) {
      const stated = table.get(name);
      if (!stated) {
        disagreements.push(`${name} is not in AUTHORIZATION.md: add its row`);
        continue;
      }
      for (const role of ROLES) {
        if (stated[role] !== cells[role]) {
          disagreements.push(
            `${name} as ${role}: the table says ${stated[role]}, the API answered ${cells[role]}`,
          );
        }
      }
    }
    for (const name of table.keys()) {
      if (!seen.has(name)) disagreements.push(`${name} is in AUTHORIZATION.md but not in the API`);
    }
    expect(disagreements).toEqual([]);
    const cells = [...seen.values()].flatMap((row) => Object.values(row));
    recordFigures({
      id: 'authorization-matrix',
      title: 'Every query and mutation under every role, against AUTHORIZATION.md',
      file: 'packages/e2e/src/authorization-matrix.e2e.spec.ts',
      mutationsRun: null,
      eventsExpected: null,
      eventsSeen: null,
      duplicates: null,
      leaks: null,
      serverErrors: serverErrors,
      details: {
        operations: seen.size,
        roles: ROLES.length,
        'requests (operation × role)': cells.length,
        allowed: cells.filter((cell) => cell === ALLOWED).length,
        'refused with FORBIDDEN': cells.filter((cell) => cell === REFUSED).length,
        'disagreements with the table': disagreements.length,
      },
    });
    // Every role may do something, and no role but ADMIN may do everything.
    for (const role of ROLES) {
      const allowed = [...seen.values()].filter((cells) => cells[role] === ALLOWED).length;
      expect(allowed).toBeGreaterThan(0);
      if (role !== 'ADMIN') expect(allowed).toBeLessThan(seen.size);
    }
  }, 300_000);
});
