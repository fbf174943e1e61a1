import { join } from 'node:path';
import { z } from 'zod';
import { nodeEnvironmentSchema, parseEnvironment, portSchema } from '@itsm/platform';

export const repositoryRoot = join(__dirname, '../../..');

export const settings = parseEnvironment(
  {
    NODE_ENV: nodeEnvironmentSchema,
    /** The gateway's port. */
    PORT: portSchema.default(4000),
    /** An external server's maintenance URL; unset means the embedded server. */
    POSTGRES_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    POSTGRES_DATA_DIR: z.string().default(join(repositoryRoot, '.data/postgres')),
    POSTGRES_PORT: portSchema.default(54329),
  },
  process.env,
);

/** What the children inherit: their own variables come on top of the caller's. */
export const inheritedEnvironment = process.env;
