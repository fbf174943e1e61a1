import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateObjectiveAndDependency1763900000030 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE business_objective (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer (id),
        title varchar(200) NOT NULL,
        description text,
        measure varchar(500) NOT NULL,
        target varchar(200) NOT NULL,
        due_date date NOT NULL,
        status varchar(16) NOT NULL
          CHECK (status IN ('DRAFT', 'AGREED', 'ACHIEVED', 'MISSED', 'WITHDRAWN')),
        agreed_by_contact_id uuid REFERENCES contact (id),
        agreed_at timestamptz,
        outcome_note text,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'DRAFT') = (agreed_at IS NULL) OR status = 'WITHDRAWN')
      )`);
    await queryRunner.query(
      `CREATE INDEX business_objective_customer ON business_objective (customer_id, due_date, id)`,
    );

    await queryRunner.query(`
      CREATE TABLE service_dependency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer (id),
        service_id uuid NOT NULL,
        criticality varchar(16) NOT NULL CHECK (criticality IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
        user_count int NOT NULL CHECK (user_count >= 0),
        business_process varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT service_dependency_unique UNIQUE (customer_id, service_id)
      )`);
    // Service.dependentCustomers looks dependencies up by service.
    await queryRunner.query(
      `CREATE INDEX service_dependency_service ON service_dependency (service_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE service_dependency`);
    await queryRunner.query(`DROP TABLE business_objective`);
  }
}
