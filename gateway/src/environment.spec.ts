import { readGatewaySettings } from './environment';

const production = {
  NODE_ENV: 'production',
  CALLER_SIGNING_SECRET: 'a-caller-signing-secret-of-32-characters!',
};

describe('the gateway settings', () => {
  it('in development: a development secret, introspection and the playground, limits by default', () => {
    const settings = readGatewaySettings({});
    expect(settings.jwt.secret).toMatch(/^development-only/);
    expect(settings).toMatchObject({
      production: false,
      introspection: true,
      playground: true,
      batchedRequests: false,
      persistedQueries: true,
      bodyLimit: '100kb',
      subgraphConnections: 8,
      limits: { maxDepth: 10, maxAliases: 15, maxCost: 5000, blockFieldSuggestions: false },
    });
  });

  it('in production: no introspection, no suggestions, no playground unless enabled', () => {
    const settings = readGatewaySettings({ ...production, JWT_SECRET: 'p'.repeat(40) });
    expect(settings).toMatchObject({
      introspection: false,
      playground: false,
      limits: { blockFieldSuggestions: true },
    });
    const opened = readGatewaySettings({
      ...production,
      JWT_SECRET: 'p'.repeat(40),
      INTROSPECTION: 'true',
      PLAYGROUND: '1',
    });
    expect(opened).toMatchObject({ introspection: true, playground: true });
  });

  it('in production: needs a JWKS or a secret, and a JWKS replaces the secret', () => {
    expect(() => readGatewaySettings(production)).toThrow(/set JWT_JWKS_URL or JWT_SECRET/);
    const jwks = readGatewaySettings({
      ...production,
      JWT_JWKS_URL: 'https://idp.example/certs',
      JWT_ROLES_CLAIM: 'realm_access.roles',
      JWT_ROLE_PREFIX: 'itsm:',
    });
    expect(jwks.jwt).toMatchObject({
      jwksUrl: 'https://idp.example/certs',
      claims: { roles: 'realm_access.roles', customerIds: 'customer_ids', rolePrefix: 'itsm:' },
    });
    expect(jwks.jwt.secret).toBeUndefined();
  });

  it('reads the live updates from Kafka when KAFKA_BROKERS is set, under the topic prefix', () => {
    expect(readGatewaySettings({}).liveUpdates).toEqual({
      kafka: undefined,
      maxSubscriptionsPerConnection: 20,
    });
    const kafka = readGatewaySettings({
      KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092',
      KAFKA_TOPIC_PREFIX: 'staging.',
      MAX_SUBSCRIPTIONS_PER_CONNECTION: '5',
    });
    expect(kafka.liveUpdates).toEqual({
      kafka: expect.objectContaining({
        brokers: ['kafka-1:9092', 'kafka-2:9092'],
        clientId: 'gateway',
        topicPrefix: 'staging.',
      }),
      maxSubscriptionsPerConnection: 5,
    });
    expect(() => readGatewaySettings({ KAFKA_BROKERS: 'kafka' })).toThrow(/KAFKA_BROKERS/);
  });

  it('refuses a malformed limit or switch, naming the variable', () => {
    expect(() => readGatewaySettings({ MAX_QUERY_DEPTH: 'deep' })).toThrow(/MAX_QUERY_DEPTH/);
    expect(() => readGatewaySettings({ BATCHED_REQUESTS: 'yes' })).toThrow(/BATCHED_REQUESTS/);
    expect(() => readGatewaySettings({ REQUEST_BODY_LIMIT: 'lots' })).toThrow(/REQUEST_BODY_LIMIT/);
    expect(() => readGatewaySettings({ SUBGRAPH_CONNECTIONS: '0' })).toThrow(
      /SUBGRAPH_CONNECTIONS/,
    );
  });
});
