import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURES_FOLDER, type ReliabilityFigures } from './figures';

/** Writes RELIABILITY.md from the figures the reliability tests left in reports/reliability
 * on their last run: `pnpm reliability:report`. */
const ORDER = [
  'kafka-broker-kill',
  'consumer-kill',
  'postgres-restart',
  'subgraph-down',
  'two-replicas',
  'dead-letters',
  'fuzz',
  'authorization-matrix',
];

const figures = readdirSync(FIGURES_FOLDER)
  .filter((file) => file.endsWith('.json'))
  .map(
    (file) =>
      JSON.parse(readFileSync(join(FIGURES_FOLDER, file), 'utf8')) as ReliabilityFigures & {
        recordedAt: string;
      },
  )
  .sort((a, b) => rank(a.id) - rank(b.id));

function rank(id: string): number {
  const index = ORDER.indexOf(id);
  return index === -1 ? ORDER.length : index;
}

const cell = (value: number | null) => (value === null ? '–' : value.toLocaleString('en'));

const lines = [
  '# Reliability',
  '',
  'What the reliability tests (`packages/e2e/src/reliability/`), the tenancy walk and the',
  'authorization matrix counted on their last run, against the real PostgreSQL and the real',
  'Kafka broker the test run starts. The tests',
  'assert on these figures and write them to `reports/reliability/<test>.json`; this file is',
  'generated from those, never written by hand. To regenerate it:',
  '',
  '```sh',
  'pnpm jest packages/e2e/src/reliability packages/e2e/src/tenancy.e2e.spec.ts packages/e2e/src/authorization-matrix.e2e.spec.ts',
  'pnpm reliability:report',
  '```',
  '',
  '"5xx" counts responses with an HTTP status of 500 or more or an `INTERNAL_SERVER_ERROR`;',
  '"–" means the figure does not apply to the test.',
  '',
  '| Test | Mutations run | Events expected | Events seen | Duplicates | Leaks | 5xx |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...figures.map(
    (test) =>
      `| [${test.title}](#${test.id}) | ${cell(test.mutationsRun)} | ${cell(test.eventsExpected)} | ` +
      `${cell(test.eventsSeen)} | ${cell(test.duplicates)} | ${cell(test.leaks)} | ${cell(test.serverErrors)} |`,
  ),
  '',
  ...figures.flatMap((test) => [
    `<a id="${test.id}"></a>`,
    `## ${test.title}`,
    '',
    `\`${test.file}\`, recorded ${test.recordedAt}.`,
    '',
    ...Object.entries(test.details).map(
      ([name, value]) => `- ${name}: ${typeof value === 'number' ? cell(value) : value}`,
    ),
    '',
  ]),
];

writeFileSync(join(__dirname, '../../../../RELIABILITY.md'), lines.join('\n'));
