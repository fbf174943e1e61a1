import { startGateway, type RunningGateway } from '@itsm/gateway';
import { postGraphQL } from '@itsm/testkit';
import { REGISTER_CUSTOMER } from './documents';
import { recordFigures } from './reliability/figures';
import { startTestStack, testGatewaySettings, type TestStack } from './stack';

const healthOf = async (gateway: RunningGateway, probe: 'live' | 'ready') => {
  const response = await fetch(new URL(`/health/${probe}`, gateway.url));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('gateway health', () => {
  let stack: TestStack;
  let degraded: RunningGateway;

  beforeAll(async () => {
    stack = await startTestStack();
    const settings = testGatewaySettings(stack.subgraphs);
    // Nothing listens on port 1: change-transition is down for this gateway.
    settings.subgraphUrls['change-transition'] = 'http://127.0.0.1:1/graphql';
    degraded = await startGateway(settings);
  });
  afterAll(async () => {
    await degraded.stop();
    await stack.stop();
  });

  it('is ready when every subgraph is', async () => {
    const { status, body } = await healthOf(stack.gateway, 'ready');
    expect(status).toBe(200);
    // Each subgraph's own checks come along: its database and its event transport.
    const subgraphReady = {
      ok: true,
      checks: {
        database: { ok: true },
        events: { ok: true, detail: 'in-process, 0 unsent', informational: true },
      },
    };
    expect(body.checks).toEqual({
      'customer-portfolio': subgraphReady,
      'service-level': subgraphReady,
      'change-transition': subgraphReady,
      'continual-improvement': subgraphReady,
      // The gateway's own reading of the events for live updates.
      'live-updates': { ok: true, detail: 'in-process', informational: true },
    });
  });

  it('is live but not ready when a subgraph is down, and names it', async () => {
    expect((await healthOf(degraded, 'live')).status).toBe(200);
    const { status, body } = await healthOf(degraded, 'ready');
    expect(status).toBe(503);
    expect(body.checks).toMatchObject({
      'customer-portfolio': { ok: true },
      'change-transition': { ok: false, detail: expect.any(String) },
    });
  });

  it('still answers the fields other subgraphs own, with an error for the missing ones', async () => {
    await stack.query({ roles: ['ADMIN'] }, REGISTER_CUSTOMER, {
      input: { code: 'PARTIAL-1', name: 'Toko Sebagian', tier: 'KEY', accountManager: 'rina' },
    });
    const token = await stack.tokenFor({ roles: ['ANALYST'] });
    const response = await postGraphQL(
      degraded.url,
      { query: '{ customers { edges { node { code changeRequests { title } } } } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(response.data!.customers.edges).toContainEqual({
      node: { code: 'PARTIAL-1', changeRequests: null },
    });
    expect(response.errors![0]!.message).toMatch(/ECONNREFUSED/);
    expect(response.errors![0]!.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.status).toBe(200);
    const ready = await healthOf(degraded, 'ready');

    recordFigures({
      id: 'subgraph-down',
      title: 'A subgraph down: partial data, and readiness names it',
      file: 'packages/e2e/src/readiness.e2e.spec.ts',
      mutationsRun: null,
      eventsExpected: null,
      eventsSeen: null,
      duplicates: null,
      leaks: null,
      serverErrors: response.status >= 500 ? 1 : 0,
      details: {
        'customers answered beside the missing field': response.data!.customers.edges.length,
        'errors for the missing field': response.errors!.length,
        'readiness status with change-transition down': ready.status,
      },
    });
  });
});
