import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Targets added in one transaction (an agreement drafted from a requirement) share now();
 * the wall clock at each insert keeps them in the order they were added. */
export class OrderTargetsAsAdded1763900000130 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_level_target ALTER COLUMN created_at SET DEFAULT clock_timestamp()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_level_target ALTER COLUMN created_at SET DEFAULT now()`,
    );
  }
}
