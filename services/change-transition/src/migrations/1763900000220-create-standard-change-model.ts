import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The catalogue of pre-authorised change models that STANDARD changes are raised from. */
export class CreateStandardChangeModel1763900000220 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE standard_change_model (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        description text,
        category varchar(100),
        impact varchar(8) NOT NULL CHECK (impact IN ('HIGH', 'MEDIUM', 'LOW')),
        likelihood varchar(8) NOT NULL CHECK (likelihood IN ('HIGH', 'MEDIUM', 'LOW')),
        implementation_plan text NOT NULL,
        backout_plan text NOT NULL,
        test_plan text NOT NULL,
        defined_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Also serves the catalogue in name order.
        CONSTRAINT standard_change_model_name_unique UNIQUE (name)
      )`);
    // STANDARD requests raised before the catalogue existed have no model, so the rule that
    // every new STANDARD request names one is kept by the service, not by a CHECK.
    await queryRunner.query(`
      ALTER TABLE change_request ADD COLUMN standard_change_model_id uuid
        REFERENCES standard_change_model (id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE change_request DROP COLUMN standard_change_model_id`);
    await queryRunner.query(`DROP TABLE standard_change_model`);
  }
}
