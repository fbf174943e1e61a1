import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateContact1763900000020 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer (id),
        name varchar(200) NOT NULL,
        email varchar(254),
        phone varchar(30),
        job_title varchar(200),
        roles varchar(16)[] NOT NULL CHECK (
          cardinality(roles) > 0
          AND roles <@ ARRAY['DECISION_MAKER', 'SPONSOR', 'KEY_USER', 'USER', 'BILLING']::varchar[]
        ),
        removed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX contact_customer_name ON contact (customer_id, name, id)`,
    );
    // One current contact per email address at a customer; removed ones may recur.
    await queryRunner.query(`
      CREATE UNIQUE INDEX contact_email_unique ON contact (customer_id, email)
        WHERE removed_at IS NULL AND email IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE contact`);
  }
}
