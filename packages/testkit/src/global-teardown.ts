import { rmSync } from 'node:fs';
import type { TestServers } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const servers = (globalThis as { itsmTestServers?: TestServers }).itsmTestServers;
  if (!servers) return;
  await Promise.all([servers.postgres?.stop(), servers.kafka?.stop()]);
  rmSync(servers.folder, { recursive: true, force: true });
}
