import { relative } from 'node:path';
import { checkCompose } from './compose';
import { checkDockerfile } from './dockerfile';
import { checkKubernetes } from './kubernetes';
import { type Problem, REPOSITORY } from './paths';
import { checkManifestsCurrent } from './write-manifests';

/**
 * The deployment files, checked without a Docker engine or a cluster: the compose file
 * against the Compose specification, the Dockerfile with a linter and the project's rules,
 * the generated manifests for staleness, and kustomize's rendering of infra/k8s against the
 * Kubernetes schemas. Prints what it checked, then every problem; exits 1 on any.
 */
async function main() {
  // Another folder than infra/k8s may be named, as the checks' own test does.
  const folder = process.argv[2];
  const kubernetes = await checkKubernetes(folder);
  const checks: [string, Problem[]][] = [
    ['docker-compose.yml against the Compose specification', checkCompose()],
    ['infra/docker/Dockerfile', checkDockerfile()],
    ['infra/k8s generated manifests are current', folder ? [] : checkManifestsCurrent()],
    [
      `infra/k8s: ${kubernetes.resources.length} resources against the Kubernetes schemas`,
      kubernetes.problems,
    ],
  ];
  for (const [name, problems] of checks) {
    process.stdout.write(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}\n`);
    for (const { file, message } of problems) {
      process.stdout.write(`     ${relative(REPOSITORY, file) || file}: ${message}\n`);
    }
  }
  if (checks.some(([, problems]) => problems.length > 0)) process.exit(1);
}

void main();
