import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCatalogueAndAgreements1763900000100 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        description text,
        owner varchar(200) NOT NULL,
        lifecycle varchar(16) NOT NULL CHECK (lifecycle IN ('PIPELINE', 'LIVE', 'RETIRED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT service_name_unique UNIQUE (name)
      )`);
    // Serves the name-ordered keyset pagination of Query.services.
    await queryRunner.query(`CREATE INDEX service_name_id ON service (name, id)`);

    // customer_id has no foreign key: customers live in the customer-portfolio subgraph.
    await queryRunner.query(`
      CREATE TABLE agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        type varchar(16) NOT NULL CHECK (type IN ('CUSTOMER_BASED', 'SERVICE_BASED', 'MULTI_LEVEL')),
        status varchar(16) NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'NEGOTIATING', 'AGREED', 'ACTIVE', 'UNDER_REVIEW', 'EXPIRED', 'TERMINATED')),
        customer_id uuid,
        valid_from timestamptz,
        valid_to timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agreement_validity_order
          CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to > valid_from),
        CONSTRAINT agreement_customer_party
          CHECK ((type = 'SERVICE_BASED') = (customer_id IS NULL))
      )`);
    // Serves Customer.agreements.
    await queryRunner.query(`CREATE INDEX agreement_customer_id ON agreement (customer_id)`);

    await queryRunner.query(`
      CREATE TABLE agreement_service (
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        service_id uuid NOT NULL REFERENCES service (id),
        PRIMARY KEY (agreement_id, service_id)
      )`);
    // The primary key serves lookups by agreement; this one serves lookups by service and
    // keeps the foreign-key check on a service delete from scanning the table.
    await queryRunner.query(
      `CREATE INDEX agreement_service_service_id ON agreement_service (service_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_service`);
    await queryRunner.query(`DROP TABLE agreement`);
    await queryRunner.query(`DROP TABLE service`);
  }
}
