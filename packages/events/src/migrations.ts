import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox every subgraph publishes through, and the inbox its consumers deduplicate
 * with. Every subgraph runs this before its own migrations. */
export class CreateEventOutboxAndInbox1763000000000 implements MigrationInterface {
  name = 'CreateEventOutboxAndInbox1763000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_outbox (
        position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        event_type text NOT NULL,
        topic text NOT NULL,
        message_key text,
        message_value text NOT NULL,
        headers jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX event_outbox_unsent ON event_outbox (position) WHERE sent_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX event_outbox_unsent_by_key ON event_outbox (message_key, position) WHERE sent_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX event_outbox_sent_at ON event_outbox (sent_at) WHERE sent_at IS NOT NULL`,
    );
    // Wakes the relay as soon as a transaction with events commits.
    await queryRunner.query(`
      CREATE FUNCTION notify_event_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('event_outbox', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER event_outbox_inserted AFTER INSERT ON event_outbox
      FOR EACH STATEMENT EXECUTE FUNCTION notify_event_outbox()`);
    await queryRunner.query(`
      CREATE TABLE event_inbox (
        consumer_group text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        "offset" bigint NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_inbox`);
    await queryRunner.query(`DROP TABLE event_outbox`);
    await queryRunner.query(`DROP FUNCTION notify_event_outbox`);
  }
}
