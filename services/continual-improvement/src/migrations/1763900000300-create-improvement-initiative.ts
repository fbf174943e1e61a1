import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateImprovementInitiative1763900000300 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    // customer_id and service_id have no foreign keys: their rows live in other subgraphs.
    await queryRunner.query(`
      CREATE TABLE improvement_initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        problem_statement text NOT NULL,
        source varchar(16) NOT NULL
          CHECK (source IN ('SLA_BREACH', 'COMPLAINT', 'SURVEY', 'CHANGE_FAILURE', 'REVIEW', 'MANUAL')),
        state varchar(16) NOT NULL DEFAULT 'IDENTIFIED'
          CHECK (state IN ('IDENTIFIED', 'ASSESSED', 'APPROVED', 'IN_PROGRESS', 'IMPLEMENTED',
                           'VALIDATED', 'CLOSED', 'REJECTED')),
        priority varchar(16) NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        owner varchar(200),
        customer_id uuid,
        service_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Serve the newest-first batch loads of Customer.improvements and Service.improvements.
    await queryRunner.query(
      `CREATE INDEX improvement_initiative_customer_created
         ON improvement_initiative (customer_id, created_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX improvement_initiative_service_created
         ON improvement_initiative (service_id, created_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE improvement_initiative`);
  }
}
