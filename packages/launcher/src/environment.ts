import { join } from 'node:path';
import { z } from 'zod';
import {
  logLevelSchema,
  nodeEnvironmentSchema,
  parseEnvironment,
  portSchema,
} from '@itsm/platform';

export const repositoryRoot = join(__dirname, '../../..');

export const settings = parseEnvironment(
  {
    NODE_ENV: nodeEnvironmentSchema,
    LOG_LEVEL: logLevelSchema,
    /** An external server's maintenance URL; unset means the embedded server. */
    POSTGRES_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    POSTGRES_DATA_DIR: z.string().default(join(repositoryRoot, '.data/postgres')),
    POSTGRES_PORT: portSchema.default(54329),
  },
  process.env,
);

/** The variables the subgraphs and the gateway read, such as PORT and KAFKA_BROKERS; the
 * launcher sets each subgraph's port and database on top of them. */
export const serviceEnvironment: Readonly<Record<string, string | undefined>> = process.env;
