import { rmSync } from 'node:fs';
import type { PostgresServer } from '@itsm/stack';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { itsmTestPostgres?: { server: PostgresServer; folder: string } })
    .itsmTestPostgres;
  if (!started) return;
  await started.server.stop();
  rmSync(started.folder, { recursive: true, force: true });
}
