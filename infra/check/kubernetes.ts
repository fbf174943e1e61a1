import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { K8S, type Problem } from './paths';
import { SECRET } from './manifests';

export interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  // Rendered YAML of many kinds; each check reads the fields it knows.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

/** What `kubectl apply -k` would send: kustomize's rendering of the manifests. */
export function renderKustomization(folder: string): Resource[] {
  const rendered = execFileSync('kubectl', ['kustomize', folder], {
    encoding: 'utf8',
    // kustomize 5 warns that commonLabels is deprecated; kustomize 2 has nothing newer.
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return parseYaml(rendered);
}

function parseYaml(text: string): Resource[] {
  return parseAllDocuments(text)
    .map((document) => document.toJS() as Resource | null)
    .filter((resource): resource is Resource => resource !== null);
}

/**
 * Strimzi's KafkaTopic, the fields this project sets, as its CRD defines them: partitions and
 * replicas are positive integers (replicas at most 32767) and config values are scalars.
 * kubernetes-models has no Strimzi models, and Strimzi publishes its CRDs only as release
 * assets, which this machine cannot reach.
 */
const kafkaTopicSchema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: 'kafka.strimzi.io/v1beta2' },
    metadata: {
      type: 'object',
      required: ['name', 'labels'],
      properties: {
        name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$', maxLength: 253 },
        labels: { type: 'object', required: ['strimzi.io/cluster'] },
      },
    },
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['partitions', 'replicas'],
      properties: {
        topicName: { type: 'string', pattern: '^[a-zA-Z0-9._-]{1,249}$' },
        partitions: { type: 'integer', minimum: 1 },
        replicas: { type: 'integer', minimum: 1, maximum: 32767 },
        config: {
          type: 'object',
          additionalProperties: { type: ['string', 'number', 'boolean'] },
        },
      },
    },
  },
};

const validateKafkaTopic = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(
  kafkaTopicSchema,
);

/** Validates a resource against the Kubernetes OpenAPI schema of its kind, from
 * kubernetes-models (ES modules, one per apiVersion, imported as needed); a KafkaTopic
 * against the schema above. */

async function validateResource(resource: Resource): Promise<string | null> {
  if (resource.kind === 'KafkaTopic') {
    if (validateKafkaTopic(resource)) return null;
    return (validateKafkaTopic.errors ?? [])
      .map((error) => `${error.instancePath} ${error.message}`)
      .join('; ');
  }
  let models: Record<string, new (data: object) => { validate(): void }>;
  try {
    models = await import(`kubernetes-models/${resource.apiVersion}`);
  } catch {
    return `unknown apiVersion ${resource.apiVersion}`;
  }
  const Model = models[resource.kind];
  if (!Model) return `unknown kind ${resource.kind} in ${resource.apiVersion}`;
  try {
    new Model(resource).validate();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The secret keys the workloads read, and the keys the Secret contract documents. */
function secretKeysUsed(resources: Resource[]): Map<string, boolean> {
  const used = new Map<string, boolean>();
  for (const resource of resources.filter((candidate) => candidate.kind === 'Deployment')) {
    for (const container of resource.spec.template.spec.containers) {
      for (const variable of container.env ?? []) {
        const reference = variable.valueFrom?.secretKeyRef;
        if (reference?.name === SECRET) used.set(reference.key, reference.optional === true);
      }
    }
  }
  return used;
}

export async function checkKubernetes(
  folder = K8S,
): Promise<{ problems: Problem[]; resources: Resource[] }> {
  const resources = renderKustomization(folder);
  const contractFile = join(folder, 'secret-contract.yaml');
  const contract = parseYaml(readFileSync(contractFile, 'utf8'));
  const problems: Problem[] = [];
  for (const resource of [...resources, ...contract]) {
    const error = await validateResource(resource);
    const file = contract.includes(resource) ? contractFile : `${folder} (kustomize)`;
    if (error)
      problems.push({ file, message: `${resource.kind} ${resource.metadata?.name}: ${error}` });
  }

  // The workloads and the contract agree on the secret's keys.
  const documented = new Set(
    Object.keys(contract.find((resource) => resource.kind === 'Secret')?.stringData ?? {}),
  );
  for (const [key] of secretKeysUsed(resources)) {
    if (!documented.has(key))
      problems.push({ file: contractFile, message: `${SECRET} lacks the key ${key}` });
  }
  // Every Deployment has its probes, resources, Service and autoscaler.
  const named = (kind: string) =>
    new Set(resources.filter((r) => r.kind === kind).map((r) => r.metadata.name));
  const [services, autoscalers, configMaps] = [
    named('Service'),
    named('HorizontalPodAutoscaler'),
    named('ConfigMap'),
  ];
  for (const deployment of resources.filter((resource) => resource.kind === 'Deployment')) {
    const name = deployment.metadata.name;
    const { containers } = deployment.spec.template.spec;
    for (const container of containers) {
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        if (!container[probe])
          problems.push({ file: folder, message: `${name}: ${probe} is missing` });
      }
      if (!container.resources?.requests?.cpu || !container.resources?.limits?.memory) {
        problems.push({
          file: folder,
          message: `${name}: resource requests and a memory limit are required`,
        });
      }
      for (const source of container.envFrom ?? []) {
        const configMap = source.configMapRef?.name;
        if (configMap && !configMaps.has(configMap)) {
          problems.push({
            file: folder,
            message: `${name} reads the missing ConfigMap ${configMap}`,
          });
        }
      }
    }
    if (!services.has(name)) problems.push({ file: folder, message: `${name} has no Service` });
    if (!autoscalers.has(name))
      problems.push({ file: folder, message: `${name} has no HorizontalPodAutoscaler` });
  }
  return { problems, resources };
}
