import pino from 'pino';
import { activeTraceIds } from './tracing';

export type Logger = pino.Logger;

/** JSON lines; each line logged while a span is active carries its traceId and spanId. */
export function createLogger(
  name: string,
  level: string,
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    { name, level, redact: ['req.headers.authorization'], mixin: () => activeTraceIds() ?? {} },
    destination,
  );
}
