import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '@itsm/stack';

function postgresUrl(): string {
  const url = process.env.POSTGRES_URL;
  if (!url)
    throw new Error('POSTGRES_URL is unset: run tests through Jest, whose global setup sets it');
  return url;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, dropped afterwards; on the run's server unless
 * `adminUrl` names another. */
export async function createTestDatabase(
  prefix: string,
  adminUrl = postgresUrl(),
): Promise<TestDatabase> {
  const name = `test_${prefix.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(adminUrl, name);
  return { url, drop: () => dropDatabase(adminUrl, name) };
}
