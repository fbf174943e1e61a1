import { DEAD_LETTER_SUFFIX, TOPICS } from '@itsm/events';
import { SUBGRAPHS } from '@itsm/platform';

/**
 * The Kubernetes manifests of the five stateless services and the Kafka topics, built from
 * the same tables the code uses (the subgraphs and their ports, the event catalogue), so
 * that a new subgraph or topic reaches the deployment too. `pnpm infra:manifests` writes
 * them into infra/k8s; CI fails when they are stale.
 */

export const NAMESPACE = 'itsm';
export const CONFIG_MAP = 'itsm-config';
export const SECRET = 'itsm-secrets';
/** The Strimzi cluster the topics belong to. */
export const KAFKA_CLUSTER = 'itsm-kafka';

export const TOPIC_SETTINGS = {
  partitions: 6,
  replicas: 3,
  /** Events are the record other subgraphs rebuild projections from: a year. */
  eventRetentionMs: 365 * 24 * 3_600_000,
  /** Dead letters wait for someone to look at them: four weeks. */
  deadLetterRetentionMs: 28 * 24 * 3_600_000,
};

interface Workload {
  name: string;
  component: 'gateway' | 'subgraph';
  port: number;
  env: object[];
  maxReplicas: number;
}

/** The secret key holding a subgraph's database URL, such as CUSTOMER_PORTFOLIO_DATABASE_URL. */
export const databaseUrlKey = (subgraph: string) =>
  `${subgraph.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;

const fromSecret = (name: string, key: string, optional = false) => ({
  name,
  valueFrom: { secretKeyRef: { name: SECRET, key, ...(optional && { optional: true }) } },
});

const SUBGRAPH_MAX_REPLICAS = 10;

const WORKLOADS: Workload[] = [
  {
    name: 'gateway',
    component: 'gateway',
    port: 4000,
    maxReplicas: 20,
    env: [
      // One of the two: the identity provider's JWKS (config) or a shared secret.
      fromSecret('JWT_SECRET', 'JWT_SECRET', true),
      ...SUBGRAPHS.map(({ name, defaultPort }) => ({
        name: `${name.toUpperCase().replace(/-/g, '_')}_URL`,
        value: `http://${name}:${defaultPort}/graphql`,
      })),
      // A Service balances connections, not requests: more than a subgraph's replicas.
      { name: 'SUBGRAPH_CONNECTIONS', value: String(4 * SUBGRAPH_MAX_REPLICAS) },
    ],
  },
  ...SUBGRAPHS.map(({ name, defaultPort }): Workload => ({
    name,
    component: 'subgraph',
    port: defaultPort,
    maxReplicas: SUBGRAPH_MAX_REPLICAS,
    env: [fromSecret('DATABASE_URL', databaseUrlKey(name))],
  })),
];

function workloadManifests({ name, component, port, env, maxReplicas }: Workload): object[] {
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': component };
  const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path, port: 'http' },
    periodSeconds,
    failureThreshold,
    timeoutSeconds: 3,
  });
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, labels },
      spec: {
        replicas: 2,
        revisionHistoryLimit: 5,
        selector: { matchLabels: { 'app.kubernetes.io/name': name } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
        template: {
          metadata: {
            labels,
            annotations: {
              'prometheus.io/scrape': 'true',
              'prometheus.io/port': String(port),
              'prometheus.io/path': '/metrics',
            },
          },
          spec: {
            automountServiceAccountToken: false,
            // The process drains in-flight requests on SIGTERM.
            terminationGracePeriodSeconds: 30,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: 1000,
              runAsGroup: 1000,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            topologySpreadConstraints: [
              {
                maxSkew: 1,
                topologyKey: 'kubernetes.io/hostname',
                whenUnsatisfiable: 'ScheduleAnyway',
                labelSelector: { matchLabels: { 'app.kubernetes.io/name': name } },
              },
            ],
            containers: [
              {
                name,
                image: `itsm/${name}`,
                ports: [{ name: 'http', containerPort: port }],
                envFrom: [{ configMapRef: { name: CONFIG_MAP } }],
                env: [
                  { name: 'PORT', value: String(port) },
                  fromSecret('CALLER_SIGNING_SECRET', 'CALLER_SIGNING_SECRET'),
                  ...env,
                ],
                resources: {
                  requests: { cpu: '250m', memory: '256Mi' },
                  limits: { memory: '512Mi' },
                },
                // Migrations run at start: give them a minute before liveness counts.
                startupProbe: probe('/health/live', 2, 30),
                livenessProbe: probe('/health/live', 10, 3),
                readinessProbe: probe('/health/ready', 5, 3),
                securityContext: {
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'] },
                },
                // tsx keeps its compiled sources in /tmp.
                volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
              },
            ],
            volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '256Mi' } }],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, labels },
      spec: {
        selector: { 'app.kubernetes.io/name': name },
        ports: [{ name: 'http', port, targetPort: 'http' }],
      },
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name, labels },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: 2,
        maxReplicas,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
          },
        ],
        behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
      },
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name, labels },
      spec: { minAvailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': name } } },
    },
  ];
}

function kafkaTopic(name: string, retentionMs: number, description: string): object {
  return {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaTopic',
    metadata: {
      name,
      labels: { 'strimzi.io/cluster': KAFKA_CLUSTER },
      annotations: { 'itsm/description': description },
    },
    spec: {
      topicName: name,
      partitions: TOPIC_SETTINGS.partitions,
      replicas: TOPIC_SETTINGS.replicas,
      config: {
        'retention.ms': retentionMs,
        'cleanup.policy': 'delete',
        'min.insync.replicas': 2,
      },
    },
  };
}

/** Every file written, by its name under infra/k8s. */
export function generatedManifests(): Record<string, object[]> {
  const files: Record<string, object[]> = {};
  for (const workload of WORKLOADS) files[`${workload.name}.yaml`] = workloadManifests(workload);
  files['kafka-topics.yaml'] = TOPICS.flatMap((topic) => [
    kafkaTopic(topic.name, TOPIC_SETTINGS.eventRetentionMs, topic.description),
    kafkaTopic(
      topic.name + DEAD_LETTER_SUFFIX,
      TOPIC_SETTINGS.deadLetterRetentionMs,
      `Messages of ${topic.name} that a consumer could not process`,
    ),
  ]);
  return files;
}
