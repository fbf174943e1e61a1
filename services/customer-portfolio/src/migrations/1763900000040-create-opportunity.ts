import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOpportunity1763900000040 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE opportunity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer (id),
        title varchar(200) NOT NULL,
        requirement text NOT NULL,
        expected_benefit text NOT NULL,
        estimated_cost numeric(16, 2) NOT NULL CHECK (estimated_cost >= 0),
        cost_currency char(3) NOT NULL,
        desired_outcome text NOT NULL,
        service_id uuid,
        state varchar(16) NOT NULL
          CHECK (state IN ('IDENTIFIED', 'ASSESSED', 'APPROVED', 'IN_PORTFOLIO', 'REJECTED')),
        signed_off_by_contact_id uuid REFERENCES contact (id),
        signed_off_at timestamptz,
        identified_by varchar(200) NOT NULL,
        identified_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((signed_off_at IS NULL) = (signed_off_by_contact_id IS NULL)),
        CHECK (state NOT IN ('APPROVED', 'IN_PORTFOLIO') OR signed_off_at IS NOT NULL)
      )`);
    // Query.opportunities lists the newest first, whole or by customer or state.
    await queryRunner.query(
      `CREATE INDEX opportunity_identified ON opportunity (identified_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX opportunity_customer ON opportunity (customer_id, identified_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX opportunity_state ON opportunity (state, identified_at, id)`,
    );

    await queryRunner.query(`
      CREATE TABLE opportunity_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        opportunity_id uuid NOT NULL REFERENCES opportunity (id),
        from_state varchar(16) NOT NULL,
        to_state varchar(16) NOT NULL,
        actor varchar(200) NOT NULL,
        note text,
        occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX opportunity_transition_opportunity
         ON opportunity_transition (opportunity_id, occurred_at, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE opportunity_transition`);
    await queryRunner.query(`DROP TABLE opportunity`);
  }
}
