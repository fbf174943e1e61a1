import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A customer's agreements are judged by that customer's tickets and samples alone, so a
 * page of customers reads them by customer rather than every measurement of the service. */
export class MeasurementsByCustomer1763900000170 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ticket_timing_customer_opened ON ticket_timing (customer_id, opened_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX metric_sample_customer_metric_observed ON metric_sample (customer_id, metric, observed_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX metric_sample_customer_metric_observed`);
    await queryRunner.query(`DROP INDEX ticket_timing_customer_opened`);
  }
}
