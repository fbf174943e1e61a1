import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCustomer1763900000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE customer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(32) NOT NULL,
        name varchar(200) NOT NULL,
        segment varchar(100),
        tier varchar(16) NOT NULL CHECK (tier IN ('STRATEGIC', 'KEY', 'STANDARD')),
        status varchar(16) NOT NULL CHECK (status IN ('PROSPECT', 'ACTIVE', 'FORMER')),
        account_manager varchar(200) NOT NULL,
        relationship_level varchar(16) NOT NULL
          CHECK (relationship_level IN ('BASIC', 'REACTIVE', 'ACCOUNTABLE', 'PROACTIVE', 'PARTNERSHIP')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT customer_code_unique UNIQUE (code)
      )`);
    // Serves the name-ordered keyset pagination of Query.customers.
    await queryRunner.query(`CREATE INDEX customer_name_id ON customer (name, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE customer`);
  }
}
