import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The local projection of service-level's target breaches, for the health score. */
export class CreateSlaBreach1763900000060 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sla_breach (
        event_id uuid PRIMARY KEY,
        target_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        customer_id uuid,
        service_id uuid NOT NULL,
        metric varchar(32) NOT NULL,
        target_value double precision NOT NULL,
        measured_value double precision,
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL,
        evaluated_at timestamptz NOT NULL,
        -- service-level reports a breach once per target, service and period.
        CONSTRAINT sla_breach_once UNIQUE (target_id, service_id, period_start)
      )`);
    await queryRunner.query(
      `CREATE INDEX sla_breach_customer ON sla_breach (customer_id, evaluated_at)`,
    );
    // Breaches of service-based agreements count for the customers of the service.
    await queryRunner.query(
      `CREATE INDEX sla_breach_shared_service ON sla_breach (service_id, evaluated_at)
         WHERE customer_id IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sla_breach`);
  }
}
