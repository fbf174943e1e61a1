import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { customerPortfolio } from '@itsm/customer-portfolio';
import { KafkaTransport } from '@itsm/events';
import { createLogger } from '@itsm/platform';
import {
  eventually,
  postGraphQL,
  readTopic,
  startTestSubgraph,
  testEventSettings,
  testKafkaSettings,
  uniqueTopicPrefix,
} from '@itsm/testkit';
import { CUSTOMER_PORTFOLIO_VIEW, RECORD_OUTAGE, REGISTER_CUSTOMER } from './documents';
import { metricsOf, sample } from './metrics';
import { registerCustomer, registerService } from './seed';
import { startTestStack, type TestStack } from './stack';

interface LogLine {
  name: string;
  msg: string;
  requestId?: string;
  traceId?: string;
  operation?: string;
  [key: string]: unknown;
}

/** Every JSON line the services logged, as pino wrote it. */
const logs: LogLine[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
    done();
  },
});

const ADMIN = { roles: ['ADMIN' as const] };
const brokers = () => process.env.KAFKA_BROKERS!.split(',');

describe('observability, against a real broker', () => {
  let stack: TestStack;
  let token: string;
  const post = (
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ) =>
    postGraphQL(
      stack.gateway.url,
      { query, variables },
      { authorization: `Bearer ${token}`, ...headers },
    );

  beforeAll(async () => {
    stack = await startTestStack({
      kafka: true,
      logger: (service) => createLogger(service, 'info', capture),
    });
    token = await stack.tokenFor(ADMIN);
  });
  afterAll(() => stack.stop());

  it('carries the request id to every subgraph a request reaches, and each prints it', async () => {
    const service = await registerService(stack, 'Observed payments');
    await registerCustomer(stack, 'OBS-01');
    const requestId = `req-${randomBytes(4).toString('hex')}`;
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': requestId,
      },
      body: JSON.stringify({ query: CUSTOMER_PORTFOLIO_VIEW, variables: { first: 5 } }),
    });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect(service.id).toBeDefined();

    const lines = logs.filter(
      (line) => line.requestId === requestId && line.msg === 'graphql operation',
    );
    expect(new Set(lines.map((line) => line.name))).toEqual(
      new Set([
        'gateway',
        'customer-portfolio',
        'service-level',
        'change-transition',
        'continual-improvement',
      ]),
    );
    expect(lines.find((line) => line.name === 'gateway')).toMatchObject({
      operation: 'CustomerPortfolioView',
      durationMs: expect.any(Number),
    });
  });

  it('links a mutation, its event and the events that event caused by one trace id', async () => {
    const service = await registerService(stack, 'Traced payments');
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    const outages = await readTopic(brokers(), `${stack.topicPrefix}itsm.service-level.outage`);
    const improvements = await readTopic(
      brokers(),
      `${stack.topicPrefix}itsm.continual-improvement.improvement`,
    );
    try {
      const response = await post(
        RECORD_OUTAGE,
        {
          input: {
            serviceId: service.id,
            startedAt: '2026-11-20T08:00:00Z',
            endedAt: '2026-11-20T09:00:00Z',
          },
        },
        { traceparent },
      );
      expect(response.errors).toBeUndefined();
      const traced = (message: { headers?: Record<string, unknown> }) =>
        String(message.headers?.traceparent ?? '').split('-')[1] === traceId;
      // The outage event left service-level's outbox with the trace of the request…
      await outages.waitFor((messages) => messages.some(traced));
      // …and continual-improvement, consuming it, opened an initiative whose event
      // carries the same trace.
      await improvements.waitFor((messages) => messages.some(traced));
      const outage = outages.messages.find(traced)!;
      expect(JSON.parse(outage.value!.toString()).data.serviceId).toBe(service.id);
      const improvement = improvements.messages.find(traced)!;
      expect(JSON.parse(improvement.value!.toString()).data.triggeredBy).toBeDefined();
    } finally {
      await outages.stop();
      await improvements.stop();
    }
    // The logs of the gateway and of both subgraphs carry the trace id too.
    const names = new Set(logs.filter((line) => line.traceId === traceId).map((line) => line.name));
    expect(names).toEqual(new Set(['gateway', 'service-level', 'continual-improvement']));
  });

  it('counts operations, errors and latency per operation and per subgraph at /metrics', async () => {
    await registerCustomer(stack, 'OBS-02');
    const forbidden = await stack.query({ roles: ['ANALYST'] }, REGISTER_CUSTOMER, {
      input: { code: 'OBS-03', name: 'x', tier: 'KEY', accountManager: 'rina' },
    });
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(
      (await postGraphQL(stack.gateway.url, { query: '{ customers { edges { cursor } } }' }))
        .status,
    ).toBe(401);

    const gateway = await metricsOf(stack.gateway.url);
    const operation = { service: 'gateway', operation: 'RegisterCustomer' };
    expect(
      sample(gateway, 'itsm_graphql_operation_duration_seconds_count', {
        ...operation,
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(gateway, 'itsm_graphql_operation_duration_seconds_count', {
        ...operation,
        outcome: 'error',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(gateway, 'itsm_graphql_errors_total', { ...operation, code: 'FORBIDDEN' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(gateway, 'itsm_http_responses_total', { service: 'gateway', status: '401' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(gateway, 'itsm_gateway_subgraph_fetch_duration_seconds_count', {
        subgraph: 'customer-portfolio',
        operation: 'RegisterCustomer',
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(gateway, 'itsm_gateway_subgraph_fetch_duration_seconds_bucket', {
        subgraph: 'customer-portfolio',
        operation: 'RegisterCustomer',
        le: '+Inf',
      }),
    ).toBeGreaterThanOrEqual(2);

    const subgraph = await metricsOf(stack.subgraphs['customer-portfolio'].url);
    expect(
      sample(subgraph, 'itsm_graphql_errors_total', {
        service: 'customer-portfolio',
        code: 'FORBIDDEN',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(subgraph, 'process_resident_memory_bytes', { service: 'customer-portfolio' }),
    ).toBeGreaterThan(0);
  });

  it('reports the outbox backlog while events cannot leave, and its draining', async () => {
    const { relay, url } = stack.subgraphs['customer-portfolio'];
    await relay.stop();
    try {
      for (const code of ['OBS-10', 'OBS-11', 'OBS-12']) {
        await registerCustomer(stack, code);
      }
      const waiting = await metricsOf(url);
      expect(sample(waiting, 'itsm_outbox_unsent_events')).toBe(3);
      expect(sample(waiting, 'itsm_outbox_oldest_unsent_age_seconds')).toBeGreaterThan(0);
    } finally {
      relay.start();
    }
    await eventually(async () =>
      expect(sample(await metricsOf(url), 'itsm_outbox_unsent_events')).toBe(0),
    );
  });

  it('reports the consumer lag of continual-improvement per topic and partition', async () => {
    await eventually(async () => {
      const text = await metricsOf(stack.subgraphs['continual-improvement'].url);
      const labels = {
        group: 'continual-improvement',
        topic: 'itsm.service-level.outage',
        partition: '0',
      };
      expect(sample(text, 'itsm_consumer_lag_messages', labels)).toBe(0);
    });
  });

  it('measures a real lag on the broker while a consumer is held up', async () => {
    const settings = testKafkaSettings('lag-test', uniqueTopicPrefix());
    const transport = new KafkaTransport(
      { ...settings, partitions: 1 },
      createLogger('lag-test', 'silent'),
    );
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let handled = 0;
    try {
      await transport.subscribe({
        group: 'held-up',
        topics: ['lagging'],
        handle: async (records) => {
          handled += records.length;
          await held;
        },
      });
      await transport.publish(
        Array.from({ length: 5 }, (_, index) => ({
          topic: 'lagging',
          key: 'k',
          value: `m${index}`,
          headers: {},
        })),
      );
      await eventually(async () => expect(handled).toBeGreaterThan(0));
      // The five messages went out in one Kafka transaction, whose commit marker takes an
      // offset of its own: nothing is committed yet, so the lag is 5 + 1.
      expect(await transport.consumerLag('held-up', ['lagging'])).toEqual([
        { topic: 'lagging', partition: 0, lag: 6 },
      ]);
      release();
      // Once all five are handled, at most the commit marker is left: kafkajs commits past it
      // only when a later batch is committed.
      await eventually(async () => {
        const [lagging] = await transport.consumerLag('held-up', ['lagging']);
        expect(lagging!.lag).toBeLessThanOrEqual(1);
        expect(handled).toBe(5);
      });
    } finally {
      release();
      await transport.stop();
    }
  });

  it('reports Kafka in readiness without letting a broker outage make a subgraph unready', async () => {
    const health = await fetch(new URL('/health/ready', stack.subgraphs['service-level'].url));
    const ready = (await health.json()) as { checks: Record<string, unknown> };
    expect(ready.checks.events).toMatchObject({
      ok: true,
      informational: true,
      detail: expect.stringMatching(/broker\(s\) reachable/),
    });

    const cut = await startTestSubgraph(customerPortfolio, {
      events: testEventSettings({ ...testKafkaSettings('cut-off'), brokers: ['127.0.0.1:1'] }),
    });
    try {
      const response = await fetch(new URL('/health/ready', cut.running.url));
      expect(response.status).toBe(200);
      expect(((await response.json()) as any).checks).toMatchObject({
        database: { ok: true },
        events: { ok: false, informational: true, detail: expect.stringMatching(/unreachable/) },
      });
    } finally {
      await cut.stop();
    }
  });
});
