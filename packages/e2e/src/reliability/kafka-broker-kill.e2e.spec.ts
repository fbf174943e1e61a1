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
import { IDENTIFY_IMPROVEMENT, RAISE_CHANGE_REQUEST, REGISTER_CUSTOMER } from '../documents';
import { registerCustomer, registerService } from '../seed';
import { startTestStack, type TestStack } from '../stack';
import { duplicatesIn, readEventLog } from './event-log';
import { recordFigures } from './figures';
import { runConcurrently } from './load';

const ADMIN = { roles: ['ADMIN' as const] };
const MUTATIONS = 10_000;
const CONCURRENCY = 24;
const KILL_AT = 2_000;
const RESTART_AT = 4_000;

const LOG_FEEDBACK = /* GraphQL */ `
  mutation LogFeedback($input: LogFeedbackInput!) {
    logFeedback(input: $input) {
      id
    }
  }
`;

/** The mix: each mutation, the event it must publish, and its input for the i-th run. */
function mutationFor(index: number, customerIds: string[], serviceId: string) {
  const customerId = customerIds[index % customerIds.length]!;
  switch (index % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
      return {
        document: REGISTER_CUSTOMER,
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
        document: LOG_FEEDBACK,
        event: feedbackLogged.type,
        input: { customerId, type: 'COMMENT', severity: 'LOW', summary: `Note ${index}` },
      };
    case 7:
    case 8:
      return {
        document: RAISE_CHANGE_REQUEST,
        event: changeRequestRaised.type,
        input: { title: `Change ${index}`, type: 'NORMAL', serviceIds: [serviceId] },
      };
    default:
      return {
        document: IDENTIFY_IMPROVEMENT,
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
      MUTATIONS,
      CONCURRENCY,
      async (index) => {
        const { document, event, input } = mutationFor(index, customerIds, service.id!);
        const response = await stack.query(ADMIN, document, { input });
        const internal = response.errors?.some(
          (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
        );
        if (response.status >= 500 || internal) serverErrors += 1;
        if (response.errors) failures.push(JSON.stringify(response.errors[0]));
        else succeeded.push({ id: (Object.values(response.data!)[0] as { id: string }).id, event });
      },
      (done) => {
        if (done === KILL_AT) fault = broker.kill();
        if (done === RESTART_AT) fault = fault.then(() => broker.start());
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
        'killed after mutations': KILL_AT,
        'restarted after mutations': RESTART_AT,
        concurrency: CONCURRENCY,
        'seconds for the mutations': Math.round(elapsedSeconds),
        'feedback/change events consumed by continual-improvement': feedbacks + changes,
        'feedback/change projection rows': projectedFeedback + projectedChanges,
      },
    });
  }, 600_000);
});
