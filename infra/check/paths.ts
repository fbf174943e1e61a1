import { join } from 'node:path';

export const REPOSITORY = join(__dirname, '../..');
export const K8S = join(REPOSITORY, 'infra/k8s');
export const COMPOSE_FILE = join(REPOSITORY, 'docker-compose.yml');
export const DOCKERFILE = join(REPOSITORY, 'infra/docker/Dockerfile');

/** A finding of a check: what is wrong, and where. */
export interface Problem {
  file: string;
  message: string;
}
