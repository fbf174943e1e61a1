import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateChangeRequest1763900000200 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE change_request_number`);
    await queryRunner.query(`
      CREATE TABLE change_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigint NOT NULL DEFAULT nextval('change_request_number'),
        title varchar(200) NOT NULL,
        description text,
        type varchar(16) NOT NULL CHECK (type IN ('STANDARD', 'NORMAL', 'EMERGENCY')),
        state varchar(16) NOT NULL DEFAULT 'DRAFT'
          CHECK (state IN ('DRAFT', 'SUBMITTED', 'ASSESSED', 'AUTHORIZED', 'SCHEDULED',
            'IMPLEMENTING', 'IMPLEMENTED', 'REVIEWED', 'CLOSED', 'REJECTED', 'CANCELLED', 'FAILED')),
        customer_id uuid,
        requested_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT change_request_number_unique UNIQUE (number)
      )`);
    // Dropping the table then drops its sequence too.
    await queryRunner.query(`ALTER SEQUENCE change_request_number OWNED BY change_request.number`);
    // Serves Customer.changeRequests, newest first.
    await queryRunner.query(
      `CREATE INDEX change_request_customer_created ON change_request (customer_id, created_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE change_request_service (
        change_request_id uuid NOT NULL REFERENCES change_request (id) ON DELETE CASCADE,
        service_id uuid NOT NULL,
        PRIMARY KEY (change_request_id, service_id)
      )`);
    // Serves Service.changeRequests; the primary key already serves affectedServices.
    await queryRunner.query(
      `CREATE INDEX change_request_service_service ON change_request_service (service_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE change_request_service`);
    await queryRunner.query(`DROP TABLE change_request`);
  }
}
