import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The replica of customer-portfolio's service dependencies, fed by its events: which
 * customers see a change through the services they depend on, and must sign off a release. */
export class CreateServiceDependencyReplica1763900000230 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE service_dependency_replica (
        dependency_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        service_id uuid NOT NULL,
        criticality varchar(8) NOT NULL CHECK (criticality IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
        -- When customer-portfolio made the change the row holds: newer facts win.
        as_of timestamptz NOT NULL,
        -- A removed dependency stays as a tombstone, so that late news cannot revive it.
        removed_at timestamptz
      )`);
    // Serves the services a customer-scoped caller's customers depend on, and
    // Customer.affectingChangeRequests.
    await queryRunner.query(`
      CREATE INDEX service_dependency_replica_customer
        ON service_dependency_replica (customer_id, service_id) WHERE removed_at IS NULL`);
    // Serves the customers that depend on the services of a release's changes.
    await queryRunner.query(`
      CREATE INDEX service_dependency_replica_service
        ON service_dependency_replica (service_id, customer_id) WHERE removed_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE service_dependency_replica`);
  }
}
