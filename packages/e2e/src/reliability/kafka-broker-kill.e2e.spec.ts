import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  changeRequestRaised,
  customerRegistered,
  feedbackLogged,
  improvementIdentified,
  unsentCount,
} from '@itsm/events';
import { SUBGRAPHS } from '@itsm/platform';
import { type KafkaBroker, startKafkaBroker } from '@itsm/stack';
import { eventually } from '@itsm/testkit';
import { registerCustomer, registerService } from '../seed';
import { startTestStack, type TestStack } from '../stack';
import { duplicatesIn, readEventLog } from './event-log';
import { recordFigures } from './figures';
import { runConcurrently } from './load';

const ADMIN = { roles: ['ADMIN' as const] };
const MUTATIONS = 10_000;
const CONCURRENCY = 8;
const KILL_AT = 2_000;
const RESTART_AT = 4_000;

/** Mutations travel ten to a request, as aliases of one root field, each its own
 * transaction in its subgraph: the run measures the outbox and the broker, not the cost of
 * 10,000 HTTP round trips on a shared machine. */
const PER_REQUEST = 10;

/** The mix: the field, its input type, the event it must publish, and the i-th input. */
function mutationFor(index: number, customerIds: string[], serviceId: string) {
  const customerId = customerIds[index % customerIds.length]!;
  switch (Math.floor(index / PER_REQUEST) % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
      return {
        field: 'registerCustomer',
        inputType: 'RegisterCustomerInput',
        event: customerRegistered.type,
        input: {
          code: `BK-${index}`,
          name: `Kill ${index}`,
          tier: 'STANDARD',
          accountManager: 'rina',
        },
      };
    case 4:
    case 5:
    case 6:
      return {
        field: 'logFeedback',
        inputType: 'LogFeedbackInput',
        event: feedbackLogged.type,
        input: { customerId, type: 'COMMENT', severity: 'LOW', summary: `Note ${index}` },
      };
    case 7:
    case 8:
      return {
        field: 'raiseChangeRequest',
        inputType: 'RaiseChangeRequestInput',
        event: changeRequestRaised.type,
        input: { title: `Change ${index}`, type: 'NORMAL', serviceIds: [serviceId] },
      };
    default:
      return {
        field: 'identifyImprovement',
        inputType: 'IdentifyImprovementInput',
        event: improvementIdentified.type,
        input: {
          title: `Improvement ${index}`,
          problemStatement: 'Found under load.',
          priority: 'LOW',
          serviceIds: [serviceId],
        },
      };
  }
}

/** One operation running `field` once per alias, each with its own input variable. */
function aliasedMutation(field: string, inputType: string): string {
  const aliases = Array.from({ length: PER_REQUEST }, (_, n) => n);
  return `mutation Load(${aliases.map((n) => `$i${n}: ${inputType}!`).join(', ')}) {
    ${aliases.map((n) => `m${n}: ${field}(input: $i${n}) { id }`).join('\n')}
  }`;
}

async function countRows(stack: TestStack, subgraph: keyof TestStack['subgraphs'], sql: string) {
  const [row] = await stack.subgraphs[subgraph].dataSource.query(sql);
  return Number(row.count);
}

describe('the Kafka broker killed during 10,000 mutations', () => {
  let folder: string;
  let broker: KafkaBroker;
  let stack: TestStack;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'itsm-broker-kill-'));
    broker = await startKafkaBroker({ dataDir: folder });
    stack = await startTestStack({ kafka: { brokers: broker.brokers } });
  }, 120_000);
  afterAll(async () => {
    await stack.stop();
    await broker.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the API up and puts exactly one event on Kafka per successful mutation', async () => {
    const service = await registerService(stack, 'Broker-kill payments');
    const customerIds = await Promise.all(
      ['BK-A', 'BK-B', 'BK-C'].map(async (code) => (await registerCustomer(stack, code)).id!),
    );

    const succeeded: { id: string; event: string }[] = [];
    const failures: string[] = [];
    let serverErrors = 0;
    let fault: Promise<void> = Promise.resolve();
    const started = Date.now();
    await runConcurrently(
      MUTATIONS / PER_REQUEST,
      CONCURRENCY,
      async (request) => {
        const batch = Array.from({ length: PER_REQUEST }, (_, n) =>
          mutationFor(request * PER_REQUEST + n, customerIds, service.id!),
        );
        const { field, inputType, event } = batch[0]!;
        const response = await stack.query(
          ADMIN,
          aliasedMutation(field, inputType),
          Object.fromEntries(batch.map(({ input }, n) => [`i${n}`, input])),
        );
        const internal = response.errors?.some(
          (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
        );
        if (response.status >= 500 || internal) serverErrors += 1;
        for (const error of response.errors ?? []) failures.push(JSON.stringify(error));
        for (const result of Object.values(response.data ?? {}) as ({ id: string } | null)[]) {
          if (result) succeeded.push({ id: result.id, event });
        }
      },
      (done) => {
        if (done === KILL_AT / PER_REQUEST) fault = broker.kill();
        if (done === RESTART_AT / PER_REQUEST) fault = fault.then(() => broker.start());
      },
    );
    await fault;
    const elapsedSeconds = (Date.now() - started) / 1000;

    // The API stayed available: every mutation succeeded while the broker was away.
    expect(failures.slice(0, 3)).toEqual([]);
    expect(serverErrors).toBe(0);
    expect(succeeded).toHaveLength(MUTATIONS);

    // Every outbox drains once the broker is back.
    await eventually(async () => {
      for (const { name } of SUBGRAPHS) {
        expect(await unsentCount(stack.subgraphs[name].dataSource)).toBe(0);
      }
    }, 180_000);
    let eventsExpected = 0;
    for (const { name } of SUBGRAPHS) {
      eventsExpected += await countRows(stack, name, 'SELECT count(*) FROM event_outbox');
    }
    const events = await readEventLog(broker.brokers, stack.topicPrefix, eventsExpected);
    const duplicates = duplicatesIn(events);

    const bySubject = new Map<string, number>();
    for (const event of events) {
      const key = `${event.type} ${event.subject}`;
      bySubject.set(key, (bySubject.get(key) ?? 0) + 1);
    }
    const notExactlyOnce = succeeded.filter(
      ({ id, event }) => bySubject.get(`${event} ${id}`) !== 1,
    );
    expect(notExactlyOnce.slice(0, 3)).toEqual([]);
    expect(duplicates).toBe(0);
    expect(events).toHaveLength(eventsExpected);

    // continual-improvement consumed every feedback and change event once: its inbox has
    // each, and its projections one row per aggregate.
    const feedbacks = succeeded.filter(({ event }) => event === feedbackLogged.type).length;
    const changes = succeeded.filter(({ event }) => event === changeRequestRaised.type).length;
    const consumed = async (type: string) =>
      countRows(
        stack,
        'continual-improvement',
        `SELECT count(*) FROM event_inbox WHERE event_type = '${type}'`,
      );
    await eventually(async () => {
      expect(await consumed(feedbackLogged.type)).toBe(feedbacks);
      expect(await consumed(changeRequestRaised.type)).toBe(changes);
    }, 120_000);
    const projectedFeedback = await countRows(
      stack,
      'continual-improvement',
      'SELECT count(*) FROM kpi_feedback',
    );
    const projectedChanges = await countRows(
      stack,
      'continual-improvement',
      'SELECT count(*) FROM kpi_change',
    );
    expect(projectedFeedback).toBe(feedbacks);
    expect(projectedChanges).toBe(changes);

    recordFigures({
      id: 'kafka-broker-kill',
      title: 'Kafka broker SIGKILLed during 10,000 mutations, then restarted',
      file: 'packages/e2e/src/reliability/kafka-broker-kill.e2e.spec.ts',
      mutationsRun: MUTATIONS,
      eventsExpected,
      eventsSeen: events.length,
      duplicates,
      leaks: null,
      serverErrors,
      details: {
        'mutations succeeded': succeeded.length,
        'mutations not on Kafka exactly once': notExactlyOnce.length,
        'SIGKILL after mutations': KILL_AT,
        'restarted after mutations': RESTART_AT,
        'requests (mutations per request)': `${MUTATIONS / PER_REQUEST} (${PER_REQUEST})`,
        'requests in flight': CONCURRENCY,
        'seconds for the mutations': Math.round(elapsedSeconds),
        'feedback/change events consumed by continual-improvement': feedbacks + changes,
        'feedback/change projection rows': projectedFeedback + projectedChanges,
      },
    });
  }, 600_000);
});
