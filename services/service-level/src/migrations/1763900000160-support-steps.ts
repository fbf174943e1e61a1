import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A supporting target may be one step of a sequence (an OLA handover, then a UC fix)
 * whose steps must add up to the SLA target together. */
export class SupportSteps1763900000160 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE supporting_target ADD COLUMN step smallint CHECK (step BETWEEN 1 AND 20)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE supporting_target DROP COLUMN step`);
  }
}
