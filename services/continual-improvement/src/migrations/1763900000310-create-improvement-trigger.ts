import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateImprovementTrigger1763900000310 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE improvement_initiative DROP CONSTRAINT improvement_initiative_source_check,
        ADD CONSTRAINT improvement_initiative_source_check CHECK (source IN
          ('SLA_BREACH', 'OUTAGE', 'COMPLAINT', 'SURVEY', 'CHANGE_FAILURE', 'REVIEW', 'MANUAL'))`);
    // The outage rule keeps one unfinished initiative per service, even when two replicas
    // consume outages of the same service at once.
    await queryRunner.query(`
      CREATE UNIQUE INDEX improvement_initiative_one_open_outage
        ON improvement_initiative (service_id)
        WHERE source = 'OUTAGE' AND state NOT IN ('VALIDATED', 'CLOSED', 'REJECTED')`);
    await queryRunner.query(`
      CREATE TABLE improvement_trigger (
        initiative_id uuid NOT NULL REFERENCES improvement_initiative (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type varchar(200) NOT NULL,
        occurred_at timestamptz NOT NULL,
        summary text NOT NULL,
        PRIMARY KEY (initiative_id, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE improvement_trigger`);
    await queryRunner.query(`DROP INDEX improvement_initiative_one_open_outage`);
    await queryRunner.query(`
      ALTER TABLE improvement_initiative DROP CONSTRAINT improvement_initiative_source_check,
        ADD CONSTRAINT improvement_initiative_source_check CHECK (source IN
          ('SLA_BREACH', 'COMPLAINT', 'SURVEY', 'CHANGE_FAILURE', 'REVIEW', 'MANUAL'))`);
  }
}
