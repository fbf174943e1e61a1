import { z } from 'zod';
import { parseEnvironment, portSchema, secretSchema, SUBGRAPHS } from '@itsm/platform';
import { urlVariable } from '@itsm/gateway';

/** What the bench hands Hive Gateway: the secrets and subgraph URLs of its stack, under the
 * variables our gateway reads. */
export const settings = parseEnvironment(
  {
    PORT: portSchema,
    SUPERGRAPH_PATH: z.string(),
    JWT_SECRET: secretSchema,
    CALLER_SIGNING_SECRET: secretSchema,
  },
  process.env,
);

const urls: Record<string, string> = parseEnvironment(
  Object.fromEntries(SUBGRAPHS.map(({ name }) => [urlVariable(name), z.url()])),
  process.env,
);

export const subgraphUrls: Record<string, string> = Object.fromEntries(
  SUBGRAPHS.map(({ name }) => [name, urls[urlVariable(name)]!]),
);
