import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the reliability tests leave what they counted; `pnpm reliability:report` turns
 * the files into RELIABILITY.md. */
export const FIGURES_FOLDER = join(__dirname, '../../../../reports/reliability');

/** What one reliability test counted, as RELIABILITY.md reports it. A figure that does not
 * apply to the test is null. */
export interface ReliabilityFigures {
  /** Stable, file-name safe: the test's report file is `<id>.json`. */
  id: string;
  title: string;
  /** The spec file, relative to the repository root. */
  file: string;
  mutationsRun: number | null;
  eventsExpected: number | null;
  eventsSeen: number | null;
  duplicates: number | null;
  leaks: number | null;
  /** Responses with an HTTP status of 500 or above, or an INTERNAL_SERVER_ERROR. */
  serverErrors: number | null;
  /** Anything else the test counted, by name. */
  details: Record<string, number | string>;
}

/** Writes the figures once the test has asserted on them. */
export function recordFigures(figures: ReliabilityFigures): void {
  mkdirSync(FIGURES_FOLDER, { recursive: true });
  writeFileSync(
    join(FIGURES_FOLDER, `${figures.id}.json`),
    `${JSON.stringify({ ...figures, recordedAt: new Date().toISOString() }, null, 2)}\n`,
  );
}
