import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_SEED } from './seed';

export const SCENARIOS = [
  'federated-read',
  'subgraph-direct',
  'write-path',
  'events',
  'cold-start',
  'gateway-rss',
] as const;

const seconds = z.coerce.number().positive();

const optionsSchema = z.object({
  scenarios: z
    .string()
    .transform((list) => list.split(',').map((name) => name.trim()))
    .pipe(z.array(z.enum(SCENARIOS)).min(1)),
  clients: z
    .string()
    .transform((list) => list.split(',').map(Number))
    .pipe(z.array(z.number().int().positive()).min(1)),
  duration: seconds,
  warmup: seconds,
  customers: z.coerce.number().int().positive(),
  'rss-seconds': seconds,
  'rss-warmup': z.coerce.number().int().positive(),
  'events-rate': z.coerce.number().int().positive(),
  'events-seconds': seconds,
  'outbox-batch-size': z.coerce.number().int().positive().max(10_000).optional(),
  profile: z.boolean(),
});

export type BenchOptions = z.infer<typeof optionsSchema>;

/** `pnpm bench [--scenarios a,b] [--clients 20,100] [--duration 10] …`; the defaults keep a
 * whole run to a few minutes. */
export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenarios: { type: 'string', default: SCENARIOS.join(',') },
      clients: { type: 'string', default: '20,100' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      customers: { type: 'string', default: String(DEFAULT_SEED.customers) },
      'rss-seconds': { type: 'string', default: '60' },
      // About what the faster machine of BENCHMARKS.md serves in a minute.
      'rss-warmup': { type: 'string', default: '2000' },
      'events-rate': { type: 'string', default: '1000' },
      'events-seconds': { type: 'string', default: '10' },
      'outbox-batch-size': { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`pnpm bench: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
