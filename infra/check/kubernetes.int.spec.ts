import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { K8S } from './paths';

/** `pnpm infra:check` as CI runs it, on a folder of manifests: kubectl renders them, then
 * kubernetes-models validates every resource. */
function check(folder?: string) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'main.ts'), ...(folder ? [folder] : [])],
    {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
    },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the Kubernetes manifests, rendered by kubectl and validated against the schemas', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'itsm-k8s-'));
    cpSync(K8S, copy, { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('pass as committed', () => {
    const { status, output } = check();
    expect(output).toMatch(/ok {3}infra\/k8s: \d+ resources against the Kubernetes schemas/);
    expect(status).toBe(0);
  });

  it('fail on a wrong field, a bad topic and a secret key the contract lacks', () => {
    const edit = (file: string, from: string | RegExp, to: string) => {
      const path = join(copy, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    };
    edit('gateway.yaml', 'replicas: 2', 'replicas: two');
    edit('service-level.yaml', 'maxReplicas: 10', 'maxReplica: 10');
    edit('kafka-topics.yaml', 'partitions: 6', 'partitions: 0');
    edit('secret-contract.yaml', /^ {2}SERVICE_LEVEL_DATABASE_URL: ''\n/m, '');
    const { status, output } = check(copy);
    expect(status).toBe(1);
    expect(output).toMatch(/Deployment gateway: .*replicas/);
    expect(output).toMatch(/HorizontalPodAutoscaler service-level: .*maxReplicas/);
    expect(output).toMatch(
      /KafkaTopic itsm\.customer-portfolio\.customer: \/spec\/partitions must be >= 1/,
    );
    expect(output).toMatch(/itsm-secrets lacks the key SERVICE_LEVEL_DATABASE_URL/);
  });
});
