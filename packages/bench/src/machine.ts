import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from './environment';

/** The version of a package as installed for the workspace package in `from`. */
function versionOf(name: string, from: string): string {
  const require = createRequire(join(repositoryRoot, from, 'package.json'));
  const entry = require.resolve(name);
  const root = entry.slice(
    0,
    entry.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}`.length,
  );
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
}

export const load = () =>
  loadavg()
    .map((average) => average.toFixed(2))
    .join(',');

/** One line naming the machine and the versions the figures were measured with. */
export function machineLine(): string {
  const cpu = cpus();
  return [
    'bench machine',
    `cpus=${cpu.length}`,
    `cpu_model="${cpu[0]?.model.trim() ?? 'unknown'}"`,
    `memory_gb=${(totalmem() / 1024 ** 3).toFixed(1)}`,
    `node=${process.version}`,
    `apollo_gateway=${versionOf('@apollo/gateway', 'gateway')}`,
    `apollo_server=${versionOf('@apollo/server', 'gateway')}`,
    `hive_gateway=${versionOf('@graphql-hive/gateway', 'packages/bench')}`,
    `autocannon=${versionOf('autocannon', 'packages/bench')}`,
    `kafkajs=${versionOf('kafkajs', 'packages/bench')}`,
    `load=${load()}`,
  ].join(' ');
}

/** Prints one result line: `bench scenario=… key=value …`, with the load average. */
export function report(scenario: string, figures: Record<string, string | number>): void {
  const values = Object.entries(figures).map(
    ([key, value]) => `${key}=${typeof value === 'number' ? round(value) : value}`,
  );
  process.stdout.write(`bench scenario=${scenario} ${values.join(' ')} load=${load()}\n`);
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}
