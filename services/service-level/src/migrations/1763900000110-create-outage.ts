import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutage1763900000110 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_id uuid NOT NULL REFERENCES service (id),
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        description text,
        recorded_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outage_order CHECK (ended_at IS NULL OR ended_at > started_at)
      )`);
    // Serves Service.outages, newest first.
    await queryRunner.query(
      `CREATE INDEX outage_service_started ON outage (service_id, started_at DESC, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outage`);
  }
}
