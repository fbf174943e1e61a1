import { z } from 'zod';
import { parseEnvironment } from '@itsm/platform';

export const settings = parseEnvironment(
  {
    KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
    KAFKA_TOPIC_PREFIX: z.string().default(''),
  },
  process.env,
);
