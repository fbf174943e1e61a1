import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CreateEventOutboxAndInbox1763000000000 } from '@itsm/events';
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

export interface EventsTestDatabase {
  url: string;
  dataSource: DataSource;
  /** Closes the connections and drops the database. */
  close(): Promise<void>;
}

/** A fresh database holding only the events tables (outbox and inbox), opened, for a test
 * of the events machinery itself. */
export async function createEventsTestDatabase(
  prefix: string,
  poolSize?: number,
): Promise<EventsTestDatabase> {
  const database = await createTestDatabase(prefix);
  const dataSource = new DataSource({
    type: 'postgres',
    url: database.url,
    migrations: [CreateEventOutboxAndInbox1763000000000],
    ...(poolSize !== undefined && { extra: { max: poolSize } }),
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    url: database.url,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
