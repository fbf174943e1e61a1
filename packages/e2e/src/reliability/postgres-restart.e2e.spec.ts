import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { customerRegistered } from '@itsm/events';
import { freePort, type PostgresServer, startPostgresProcess } from '@itsm/stack';
import { eventually } from '@itsm/testkit';
import { REGISTER_CUSTOMER } from '../documents';
import { startTestStack, type TestStack } from '../stack';
import { recordFigures } from './figures';

const ADMIN = { roles: ['ADMIN' as const] };
const CLIENTS = 4;
/** A request refused during the outage must come back sooner than this. */
const FAIL_FAST_MS = 5_000;

interface Outcome {
  phase: 'before' | 'outage' | 'after';
  status: number;
  code: string | undefined;
  message: string | undefined;
  id: string | undefined;
  ms: number;
}

describe('PostgreSQL restarted under load', () => {
  let folder: string;
  let postgres: PostgresServer;
  let stack: TestStack;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'itsm-postgres-restart-'));
    // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
    chmodSync(folder, 0o755);
    postgres = await startPostgresProcess({
      dataDir: join(folder, 'data'),
      port: await freePort(),
    });
    stack = await startTestStack({ postgresAdminUrl: postgres.adminUrl });
  }, 120_000);
  afterAll(async () => {
    await stack.stop();
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('fails fast with SERVICE_UNAVAILABLE while it is down, recovers by itself, and leaves nothing half-written', async () => {
    let phase: Outcome['phase'] = 'before';
    let running = true;
    const outcomes: Outcome[] = [];
    const client = async (clientIndex: number) => {
      for (let n = 0; running; n++) {
        const started = Date.now();
        const requestPhase = phase;
        const response = await stack.query(ADMIN, REGISTER_CUSTOMER, {
          input: {
            code: `PG-${clientIndex}-${n}`,
            name: `Restart ${clientIndex}-${n}`,
            tier: 'STANDARD',
            accountManager: 'rina',
          },
        });
        outcomes.push({
          phase: requestPhase,
          status: response.status,
          code: response.errors?.[0]?.extensions?.code as string | undefined,
          message: response.errors?.[0]?.message,
          id: response.data?.registerCustomer?.id,
          ms: Date.now() - started,
        });
      }
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));

    await sleep(2_000);
    await postgres.stop();
    phase = 'outage';
    await sleep(3_000);
    await postgres.start();
    phase = 'after';
    // The subgraphs reconnect by themselves: mutations succeed again without a restart.
    await eventually(async () => {
      const recovered = outcomes.filter((outcome) => outcome.phase === 'after' && outcome.id);
      expect(recovered.length).toBeGreaterThanOrEqual(20);
    }, 60_000);
    running = false;
    await load;

    const during = outcomes.filter((outcome) => outcome.phase === 'outage');
    const refused = during.filter((outcome) => !outcome.id);
    const serverErrors = outcomes.filter(
      (outcome) => outcome.status >= 500 || outcome.code === 'INTERNAL_SERVER_ERROR',
    ).length;
    expect(refused.length).toBeGreaterThan(0);
    // Requests caught by the stop itself fail the same way.
    const unclean = outcomes.filter(
      (outcome) => !outcome.id && outcome.code !== 'SERVICE_UNAVAILABLE',
    );
    expect(unclean.map(({ code, message }) => `${code}: ${message}`)).toEqual([]);
    expect(serverErrors).toBe(0);
    const slowest = Math.max(...refused.map((outcome) => outcome.ms));
    expect(slowest).toBeLessThan(FAIL_FAST_MS);

    // Nothing half-written: every customer has its event in the outbox, every event its
    // customer, and each reported success is there.
    const database = stack.subgraphs['customer-portfolio'].dataSource;
    const [orphans] = await database.query(
      `SELECT
         (SELECT count(*)::int FROM customer c WHERE NOT EXISTS (
            SELECT 1 FROM event_outbox o WHERE o.event_type = $1 AND o.message_key = c.id::text)
         ) AS "customersWithoutEvent",
         (SELECT count(*)::int FROM event_outbox o WHERE o.event_type = $1 AND NOT EXISTS (
            SELECT 1 FROM customer c WHERE c.id::text = o.message_key)
         ) AS "eventsWithoutCustomer"`,
      [customerRegistered.type],
    );
    expect(orphans).toEqual({ customersWithoutEvent: 0, eventsWithoutCustomer: 0 });
    const succeeded = outcomes.filter((outcome) => outcome.id).map((outcome) => outcome.id!);
    const [stored] = await database.query(
      'SELECT count(*)::int AS count FROM customer WHERE id = ANY($1::uuid[])',
      [succeeded],
    );
    expect(stored.count).toBe(succeeded.length);
    const [outbox] = await database.query(
      'SELECT count(*)::int AS count FROM event_outbox WHERE event_type = $1',
      [customerRegistered.type],
    );

    recordFigures({
      id: 'postgres-restart',
      title: 'PostgreSQL stopped for 3 s under load, then started again',
      file: 'packages/e2e/src/reliability/postgres-restart.e2e.spec.ts',
      mutationsRun: outcomes.length,
      eventsExpected: succeeded.length,
      eventsSeen: outbox.count,
      duplicates: null,
      leaks: null,
      serverErrors,
      details: {
        'mutations succeeded': succeeded.length,
        'refused during the outage (SERVICE_UNAVAILABLE)': refused.length,
        'slowest refusal (ms)': slowest,
        'customers without their event': orphans.customersWithoutEvent,
        'events without their customer': orphans.eventsWithoutCustomer,
        'clients in parallel': CLIENTS,
      },
    });
  }, 180_000);
});
