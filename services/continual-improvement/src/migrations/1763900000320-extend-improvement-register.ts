import type { MigrationInterface, QueryRunner } from 'typeorm';

const FINISHED = `('VALIDATED', 'CLOSED', 'REJECTED')`;

/** The full CSI register: related services and agreements, measures, benefits, a due date,
 * the history of transitions, and one unfinished initiative per rule subject. */
export class ExtendImprovementRegister1763900000320 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE improvement_initiative
        ADD COLUMN due_date date,
        ADD COLUMN measure_name varchar(200),
        ADD COLUMN measure_unit varchar(32),
        ADD COLUMN measure_direction varchar(16)
          CHECK (measure_direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
        ADD COLUMN baseline_value double precision,
        ADD COLUMN baseline_at timestamptz,
        ADD COLUMN target_value double precision,
        ADD COLUMN actual_value double precision,
        ADD COLUMN expected_benefit text,
        ADD COLUMN expected_benefit_value double precision CHECK (expected_benefit_value >= 0),
        ADD COLUMN realised_benefit text,
        ADD COLUMN realised_benefit_value double precision CHECK (realised_benefit_value >= 0),
        ADD COLUMN validated_at timestamptz,
        ADD COLUMN rule_key varchar(200),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT improvement_initiative_measure_whole CHECK (
          (measure_name IS NULL) = (measure_unit IS NULL)
          AND (measure_name IS NULL) = (measure_direction IS NULL)
          AND (measure_name IS NULL) = (baseline_value IS NULL)
          AND (measure_name IS NULL) = (target_value IS NULL))`);

    // An initiative may concern several services and agreements; they live in service-level.
    await queryRunner.query(`
      CREATE TABLE improvement_service (
        initiative_id uuid NOT NULL REFERENCES improvement_initiative (id) ON DELETE CASCADE,
        service_id uuid NOT NULL,
        PRIMARY KEY (initiative_id, service_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX improvement_service_service ON improvement_service (service_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE improvement_agreement (
        initiative_id uuid NOT NULL REFERENCES improvement_initiative (id) ON DELETE CASCADE,
        agreement_id uuid NOT NULL,
        PRIMARY KEY (initiative_id, agreement_id)
      )`);
    await queryRunner.query(
      `INSERT INTO improvement_service (initiative_id, service_id)
       SELECT id, service_id FROM improvement_initiative WHERE service_id IS NOT NULL`,
    );

    // The outage rule's one-per-service index becomes one unfinished initiative per rule key.
    await queryRunner.query(
      `UPDATE improvement_initiative SET rule_key = 'OUTAGE:service:' || service_id
       WHERE source = 'OUTAGE'`,
    );
    await queryRunner.query(`DROP INDEX improvement_initiative_one_open_outage`);
    await queryRunner.query(`DROP INDEX improvement_initiative_service_created`);
    await queryRunner.query(`ALTER TABLE improvement_initiative DROP COLUMN service_id`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX improvement_initiative_one_unfinished_per_rule_key
        ON improvement_initiative (rule_key)
        WHERE rule_key IS NOT NULL AND state NOT IN ${FINISHED}`);
    await queryRunner.query(
      `CREATE INDEX improvement_initiative_rule_key ON improvement_initiative (rule_key)
       WHERE rule_key IS NOT NULL`,
    );

    // The register's list: newest first, filtered by state, source or priority.
    await queryRunner.query(
      `CREATE INDEX improvement_initiative_created ON improvement_initiative (created_at DESC, id DESC)`,
    );
    for (const column of ['state', 'source', 'priority']) {
      await queryRunner.query(
        `CREATE INDEX improvement_initiative_${column}_created
           ON improvement_initiative (${column}, created_at DESC, id DESC)`,
      );
    }
    // Overdue initiatives are the unfinished ones past their due date.
    await queryRunner.query(
      `CREATE INDEX improvement_initiative_due ON improvement_initiative (due_date)
       WHERE due_date IS NOT NULL AND state NOT IN ${FINISHED}`,
    );

    await queryRunner.query(`
      CREATE TABLE improvement_transition (
        position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        initiative_id uuid NOT NULL REFERENCES improvement_initiative (id) ON DELETE CASCADE,
        from_state varchar(16),
        to_state varchar(16) NOT NULL,
        reason text,
        actor varchar(200) NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX improvement_transition_initiative
         ON improvement_transition (initiative_id, position)`,
    );
    // Initiatives from before the history began it with their identification.
    await queryRunner.query(`
      INSERT INTO improvement_transition (initiative_id, from_state, to_state, actor, occurred_at)
      SELECT id, NULL, 'IDENTIFIED', 'unrecorded', created_at FROM improvement_initiative
      ORDER BY created_at, id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE improvement_transition`);
    await queryRunner.query(`ALTER TABLE improvement_initiative ADD COLUMN service_id uuid`);
    await queryRunner.query(`
      UPDATE improvement_initiative i SET service_id = (
        SELECT min(service_id::text)::uuid FROM improvement_service s WHERE s.initiative_id = i.id)`);
    await queryRunner.query(`DROP TABLE improvement_agreement`);
    await queryRunner.query(`DROP TABLE improvement_service`);
    await queryRunner.query(`DROP INDEX improvement_initiative_one_unfinished_per_rule_key`);
    await queryRunner.query(`DROP INDEX improvement_initiative_rule_key`);
    await queryRunner.query(`DROP INDEX improvement_initiative_created`);
    for (const column of ['state', 'source', 'priority']) {
      await queryRunner.query(`DROP INDEX improvement_initiative_${column}_created`);
    }
    await queryRunner.query(`DROP INDEX improvement_initiative_due`);
    await queryRunner.query(`
      ALTER TABLE improvement_initiative
        DROP CONSTRAINT improvement_initiative_measure_whole,
        DROP COLUMN due_date, DROP COLUMN measure_name, DROP COLUMN measure_unit,
        DROP COLUMN measure_direction, DROP COLUMN baseline_value, DROP COLUMN baseline_at,
        DROP COLUMN target_value, DROP COLUMN actual_value, DROP COLUMN expected_benefit,
        DROP COLUMN expected_benefit_value, DROP COLUMN realised_benefit,
        DROP COLUMN realised_benefit_value, DROP COLUMN validated_at, DROP COLUMN rule_key,
        DROP COLUMN updated_at`);
    await queryRunner.query(
      `CREATE INDEX improvement_initiative_service_created
         ON improvement_initiative (service_id, created_at DESC)`,
    );
    await queryRunner.query(`
      CREATE UNIQUE INDEX improvement_initiative_one_open_outage
        ON improvement_initiative (service_id)
        WHERE source = 'OUTAGE' AND state NOT IN ${FINISHED}`);
  }
}
