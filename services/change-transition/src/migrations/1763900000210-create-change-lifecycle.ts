import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVEL = `varchar(8) CHECK (%s IN ('HIGH', 'MEDIUM', 'LOW'))`;
const level = (column: string) => `${column} ${LEVEL.replace('%s', column)}`;

/** The life of a change after raising: ratings and plans, planned window, history,
 * approvals, reviews, blackout windows and releases. */
export class CreateChangeLifecycle1763900000210 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE change_request
        ADD COLUMN category varchar(100),
        ADD COLUMN ${level('impact')},
        ADD COLUMN ${level('urgency')},
        ADD COLUMN ${level('likelihood')},
        ADD COLUMN implementation_plan text,
        ADD COLUMN backout_plan text,
        ADD COLUMN test_plan text,
        ADD COLUMN planned_start timestamptz,
        ADD COLUMN planned_end timestamptz,
        ADD COLUMN blackout_override_reason text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT change_request_planned_window
          CHECK ((planned_start IS NULL) = (planned_end IS NULL) AND planned_end > planned_start)`);
    // Serves the forward schedule and conflict detection, which ask for windows overlapping
    // a range: planned_start < range end, then planned_end > range start.
    await queryRunner.query(
      `CREATE INDEX change_request_planned_window ON change_request (planned_start, planned_end)
       WHERE planned_start IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE change_request_transition (
        position bigserial PRIMARY KEY,
        change_request_id uuid NOT NULL REFERENCES change_request (id) ON DELETE CASCADE,
        from_state varchar(16),
        to_state varchar(16) NOT NULL,
        actor varchar(200) NOT NULL,
        reason text,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Serves ChangeRequest.history in order.
    await queryRunner.query(
      `CREATE INDEX change_request_transition_request
       ON change_request_transition (change_request_id, position)`,
    );
    // Requests raised before the history existed start it with their raising.
    await queryRunner.query(`
      INSERT INTO change_request_transition (change_request_id, to_state, actor, occurred_at)
      SELECT id, 'DRAFT', requested_by, created_at FROM change_request ORDER BY number`);

    await queryRunner.query(`
      CREATE TABLE change_request_approval (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        change_request_id uuid NOT NULL REFERENCES change_request (id) ON DELETE CASCADE,
        approver varchar(200) NOT NULL,
        approver_role varchar(16) NOT NULL CHECK (approver_role IN ('CHANGE_MANAGER', 'CAB_MEMBER')),
        decision varchar(8) NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
        reason text,
        decided_at timestamptz NOT NULL DEFAULT now(),
        -- One decision per approver; the unique index also serves ChangeRequest.approvals.
        CONSTRAINT change_request_approval_once UNIQUE (change_request_id, approver)
      )`);

    await queryRunner.query(`
      CREATE TABLE post_implementation_review (
        change_request_id uuid PRIMARY KEY REFERENCES change_request (id) ON DELETE CASCADE,
        outcome varchar(10) NOT NULL CHECK (outcome IN ('SUCCESSFUL', 'PARTIAL', 'FAILED')),
        incidents_caused integer NOT NULL CHECK (incidents_caused >= 0),
        lessons_learned text,
        reviewed_by varchar(200) NOT NULL,
        reviewed_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE blackout_window (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        reason text,
        service_id uuid,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        declared_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Serves the blackouts overlapping a range, and the range filter by service.
    await queryRunner.query(
      `CREATE INDEX blackout_window_period ON blackout_window (starts_at, ends_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX blackout_window_service ON blackout_window (service_id, starts_at)`,
    );

    await queryRunner.query(`CREATE SEQUENCE release_number`);
    await queryRunner.query(`
      CREATE TABLE release (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigint NOT NULL DEFAULT nextval('release_number'),
        name varchar(200) NOT NULL,
        description text,
        state varchar(16) NOT NULL DEFAULT 'PLANNED' CHECK (state IN ('PLANNED', 'DEPLOYED')),
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        deployed_by varchar(200),
        deployed_at timestamptz,
        CONSTRAINT release_number_unique UNIQUE (number)
      )`);
    await queryRunner.query(`ALTER SEQUENCE release_number OWNED BY release.number`);
    await queryRunner.query(`
      CREATE TABLE release_change (
        release_id uuid NOT NULL REFERENCES release (id) ON DELETE CASCADE,
        change_request_id uuid NOT NULL REFERENCES change_request (id) ON DELETE CASCADE,
        PRIMARY KEY (release_id, change_request_id),
        -- A change ships in one release; this also serves ChangeRequest.release.
        CONSTRAINT release_change_once UNIQUE (change_request_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE release_acceptance (
        release_id uuid NOT NULL REFERENCES release (id) ON DELETE CASCADE,
        customer_id uuid NOT NULL,
        criteria text NOT NULL,
        defined_by varchar(200) NOT NULL,
        defined_at timestamptz NOT NULL DEFAULT now(),
        contact_id uuid,
        contact_name varchar(200),
        signed_off_at timestamptz,
        signed_off_recorded_by varchar(200),
        PRIMARY KEY (release_id, customer_id),
        CHECK ((signed_off_at IS NULL) = (contact_id IS NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE release_acceptance, release_change, release`);
    await queryRunner.query(`DROP TABLE blackout_window, post_implementation_review`);
    await queryRunner.query(`DROP TABLE change_request_approval, change_request_transition`);
    await queryRunner.query(`
      ALTER TABLE change_request
        DROP COLUMN category, DROP COLUMN impact, DROP COLUMN urgency, DROP COLUMN likelihood,
        DROP COLUMN implementation_plan, DROP COLUMN backout_plan, DROP COLUMN test_plan,
        DROP COLUMN planned_start, DROP COLUMN planned_end, DROP COLUMN blackout_override_reason,
        DROP COLUMN updated_at`);
  }
}
