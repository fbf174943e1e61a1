import { readFileSync } from 'node:fs';
import { checkCompose } from './compose';
import { checkDockerfile } from './dockerfile';
import { generatedManifests } from './manifests';
import { COMPOSE_FILE, DOCKERFILE } from './paths';
import type { Resource } from './kubernetes';

const compose = readFileSync(COMPOSE_FILE, 'utf8');
const dockerfile = readFileSync(DOCKERFILE, 'utf8');
const messages = (problems: { message: string }[]) => problems.map((problem) => problem.message);

describe('the deployment checks', () => {
  it('pass the committed compose file and Dockerfile', () => {
    expect(checkCompose(compose)).toEqual([]);
    expect(checkDockerfile(dockerfile)).toEqual([]);
  });

  it('refuse a compose file that breaks the specification or the image pattern', () => {
    const broken = compose
      .replace('restart: unless-stopped', 'restart: unless-stopped\n  restartt: always')
      .replace("- '4000:4000'", "- 'four thousand'")
      .replace(
        "dockerfile: infra/docker/Dockerfile\n      args:\n        PACKAGE: '@itsm/gateway'",
        "dockerfile: Dockerfile.gateway\n      args:\n        PACKAGE: '@itsm/gateway'",
      );
    expect(messages(checkCompose(broken))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/must NOT have additional properties/),
        expect.stringMatching(/ports\/0 must match format "ports"/),
        'gateway must build from infra/docker/Dockerfile',
      ]),
    );
  });

  it('refuse a Dockerfile with one stage, an unpinned image or a root user', () => {
    expect(messages(checkDockerfile('FROM node:latest\nUSER root\nCMD ["node"]\n'))).toEqual([
      'must build in several stages',
      'FROM node:latest must name a pinned tag',
      'the final stage must run as a user other than root',
    ]);
    expect(messages(checkDockerfile(dockerfile.replace('USER node\n', '')))).toEqual([
      'the final stage must run as a user other than root',
    ]);
    expect(
      messages(
        checkDockerfile('FROM node:20 AS a\nFROM a\nUSER node\nCMD ["node"]\nCMD ["node"]\n'),
      ),
    ).toEqual([expect.stringMatching(/^line \d: There can only be one CMD instruction/)]);
  });

  it('declare one topic and one dead letter topic per topic of the event catalogue', () => {
    const topics = generatedManifests()['kafka-topics.yaml']!.map(
      (topic) => (topic as Resource).spec.topicName,
    );
    expect(topics).toContain('itsm.service-level.outage');
    expect(topics).toContain('itsm.service-level.outage.dlq');
    expect(new Set(topics).size).toBe(topics.length);
  });
});
