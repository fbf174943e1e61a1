import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '@itsm/platform';

/** Routes TypeORM's logs into the service logger and counts every SQL statement sent,
 * which is how tests prove that reference resolvers batch. */
export class StatementCountingLogger implements TypeOrmLogger {
  statements = 0;

  constructor(private readonly logger: Logger) {}

  logQuery(query: string): void {
    this.statements += 1;
    this.logger.trace({ query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.warn({ err: error, query }, 'sql failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ time, query }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.debug(message);
  }
}
