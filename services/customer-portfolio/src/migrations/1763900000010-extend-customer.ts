import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The predicted value, the relationship level history, revenue, and the indexes behind the
 * filters and the name search of Query.customers. */
export class ExtendCustomer1763900000010 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE customer
        ADD COLUMN predicted_annual_value numeric(16, 2) CHECK (predicted_annual_value >= 0),
        ADD COLUMN predicted_value_currency char(3),
        ADD CONSTRAINT customer_predicted_value_has_currency
          CHECK ((predicted_annual_value IS NULL) = (predicted_value_currency IS NULL))`);
    // Each filter is served with the list's (name, id) order.
    for (const column of ['tier', 'status', 'account_manager', 'relationship_level']) {
      await queryRunner.query(
        `CREATE INDEX customer_${column}_name_id ON customer (${column}, name, id)`,
      );
    }
    // A trigram index serves the case-insensitive substring search on the name.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX customer_name_trigram ON customer USING gin (name gin_trgm_ops)`,
    );

    await queryRunner.query(`
      CREATE TABLE relationship_level_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer (id),
        from_level varchar(16),
        to_level varchar(16) NOT NULL
          CHECK (to_level IN ('BASIC', 'REACTIVE', 'ACCOUNTABLE', 'PROACTIVE', 'PARTNERSHIP')),
        reason text NOT NULL,
        changed_by varchar(200) NOT NULL,
        changed_at timestamptz NOT NULL,
        CHECK (from_level IS DISTINCT FROM to_level)
      )`);
    await queryRunner.query(
      `CREATE INDEX relationship_level_change_customer
         ON relationship_level_change (customer_id, changed_at, id)`,
    );
    // Customers registered before the history existed start it with their current level.
    await queryRunner.query(`
      INSERT INTO relationship_level_change (customer_id, to_level, reason, changed_by, changed_at)
      SELECT id, relationship_level, 'Level held before the history was kept', 'system', created_at
      FROM customer`);

    await queryRunner.query(`
      CREATE TABLE revenue_entry (
        customer_id uuid NOT NULL REFERENCES customer (id),
        period char(7) NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        amount numeric(16, 2) NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        recorded_by varchar(200) NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, period)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE revenue_entry`);
    await queryRunner.query(`DROP TABLE relationship_level_change`);
    await queryRunner.query(`DROP INDEX customer_name_trigram`);
    for (const column of ['tier', 'status', 'account_manager', 'relationship_level']) {
      await queryRunner.query(`DROP INDEX customer_${column}_name_id`);
    }
    await queryRunner.query(`
      ALTER TABLE customer
        DROP COLUMN predicted_annual_value,
        DROP COLUMN predicted_value_currency`);
  }
}
