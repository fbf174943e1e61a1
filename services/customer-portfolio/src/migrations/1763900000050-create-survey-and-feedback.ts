import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSurveyAndFeedback1763900000050 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE satisfaction_survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer (id),
        service_id uuid,
        respondent_contact_id uuid REFERENCES contact (id),
        conducted_at timestamptz NOT NULL,
        overall_gap numeric(3, 2) NOT NULL CHECK (overall_gap BETWEEN -4 AND 4),
        overall_satisfaction numeric(3, 2) CHECK (overall_satisfaction BETWEEN 1 AND 5),
        net_promoter_score smallint CHECK (net_promoter_score BETWEEN -100 AND 100),
        comments text,
        recorded_by varchar(200) NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    // Query.satisfactionSurveys lists the latest first, whole or by customer or service;
    // the customer index also finds each customer's latest survey for the health score.
    await queryRunner.query(
      `CREATE INDEX satisfaction_survey_conducted ON satisfaction_survey (conducted_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX satisfaction_survey_customer
         ON satisfaction_survey (customer_id, conducted_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX satisfaction_survey_service
         ON satisfaction_survey (service_id, conducted_at, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE survey_score (
        survey_id uuid NOT NULL REFERENCES satisfaction_survey (id),
        dimension varchar(16) NOT NULL
          CHECK (dimension IN ('TANGIBLES', 'RELIABILITY', 'RESPONSIVENESS', 'ASSURANCE', 'EMPATHY')),
        expectation numeric(3, 2) NOT NULL CHECK (expectation BETWEEN 1 AND 5),
        perception numeric(3, 2) NOT NULL CHECK (perception BETWEEN 1 AND 5),
        gap numeric(3, 2) NOT NULL CHECK (gap = perception - expectation),
        PRIMARY KEY (survey_id, dimension)
      )`);

    await queryRunner.query(`
      CREATE TABLE feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer (id),
        type varchar(16) NOT NULL
          CHECK (type IN ('COMPLAINT', 'COMPLIMENT', 'COMMENT', 'SUGGESTION')),
        severity varchar(16) NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        service_id uuid,
        contact_id uuid REFERENCES contact (id),
        summary varchar(500) NOT NULL,
        details text,
        status varchar(16) NOT NULL
          CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'CLOSED')),
        received_at timestamptz NOT NULL,
        logged_by varchar(200) NOT NULL,
        logged_at timestamptz NOT NULL,
        acknowledge_by timestamptz NOT NULL,
        acknowledged_at timestamptz,
        acknowledged_by varchar(200),
        resolved_at timestamptz,
        resolved_by varchar(200),
        resolution text,
        closed_at timestamptz,
        closed_by varchar(200),
        CHECK ((status = 'OPEN') = (acknowledged_at IS NULL)),
        CHECK ((status IN ('RESOLVED', 'CLOSED')) = (resolved_at IS NOT NULL)),
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    // Query.feedbackItems lists the latest first, whole or by each filter.
    await queryRunner.query(`CREATE INDEX feedback_received ON feedback (received_at, id)`);
    for (const column of ['customer_id', 'service_id', 'type', 'severity', 'status']) {
      await queryRunner.query(
        `CREATE INDEX feedback_${column} ON feedback (${column}, received_at, id)`,
      );
    }
    // The overdue-acknowledgement view reads OPEN feedback by deadline.
    await queryRunner.query(
      `CREATE INDEX feedback_awaiting_acknowledgement ON feedback (acknowledge_by, id)
         WHERE status = 'OPEN'`,
    );
    // The health score counts each customer's unresolved complaints.
    await queryRunner.query(
      `CREATE INDEX feedback_unresolved_complaint ON feedback (customer_id, severity)
         WHERE type = 'COMPLAINT' AND status IN ('OPEN', 'ACKNOWLEDGED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE feedback`);
    await queryRunner.query(`DROP TABLE survey_score`);
    await queryRunner.query(`DROP TABLE satisfaction_survey`);
  }
}
