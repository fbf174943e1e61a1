import type { PostgresServer } from '@itsm/stack';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { itsmTestPostgres?: PostgresServer }).itsmTestPostgres?.stop();
}
