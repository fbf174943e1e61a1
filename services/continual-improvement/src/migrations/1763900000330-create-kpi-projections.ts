import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The KPI projections: facts learned from the other subgraphs' events, one row per target
 * standing, feedback, survey and change, each keyed by its own id so that a replayed or
 * redelivered event rewrites the same row. The KPIs are aggregated from them when asked.
 */
export class CreateKpiProjections1763900000330 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE kpi_target_standing (
        target_id uuid NOT NULL,
        service_id uuid NOT NULL,
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL,
        agreement_id uuid NOT NULL,
        customer_id uuid,
        metric varchar(32) NOT NULL,
        unit varchar(16) NOT NULL,
        target_value double precision NOT NULL,
        measured_value double precision,
        status varchar(16) NOT NULL,
        error_budget_consumed_percent double precision NOT NULL,
        evaluated_at timestamptz NOT NULL,
        at_risk_at timestamptz,
        breach_event_id uuid,
        breached_at timestamptz,
        PRIMARY KEY (target_id, service_id, period_start)
      )`);
    await queryRunner.query(`
      CREATE TABLE kpi_feedback (
        feedback_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        service_id uuid,
        type varchar(16) NOT NULL,
        severity varchar(16) NOT NULL,
        logged_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        resolved_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE kpi_survey (
        survey_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        service_id uuid,
        conducted_at timestamptz NOT NULL,
        overall_gap double precision NOT NULL,
        net_promoter_score integer,
        tangibles_gap double precision NOT NULL,
        reliability_gap double precision NOT NULL,
        responsiveness_gap double precision NOT NULL,
        assurance_gap double precision NOT NULL,
        empathy_gap double precision NOT NULL
      )`);
    // A change finishes when it is implemented or fails; a review without either still
    // says when it ended.
    await queryRunner.query(`
      CREATE TABLE kpi_change (
        change_request_id uuid PRIMARY KEY,
        reference varchar(32) NOT NULL,
        type varchar(16) NOT NULL,
        customer_id uuid,
        state varchar(16) NOT NULL,
        state_at timestamptz NOT NULL,
        raised_at timestamptz,
        implemented_at timestamptz,
        failed_at timestamptz,
        reviewed_at timestamptz,
        review_outcome varchar(16),
        incidents_caused integer,
        finished_at timestamptz GENERATED ALWAYS AS (COALESCE(failed_at, implemented_at, reviewed_at)) STORED
      )`);
    await queryRunner.query(`
      CREATE TABLE kpi_change_service (
        change_request_id uuid NOT NULL REFERENCES kpi_change (change_request_id) ON DELETE CASCADE,
        service_id uuid NOT NULL,
        PRIMARY KEY (change_request_id, service_id)
      )`);

    // Each KPI is read per service, per customer or for the whole portfolio, over a range
    // of its own time column.
    const byScope: [string, string, string[]][] = [
      ['kpi_target_standing', 'period_start', ['service_id', 'customer_id']],
      ['kpi_feedback', 'logged_at', ['service_id', 'customer_id']],
      ['kpi_survey', 'conducted_at', ['service_id', 'customer_id']],
      ['kpi_change', 'finished_at', ['customer_id']],
    ];
    for (const [table, time, scopes] of byScope) {
      await queryRunner.query(`CREATE INDEX ${table}_${time} ON ${table} (${time})`);
      for (const scope of scopes) {
        await queryRunner.query(`CREATE INDEX ${table}_${scope} ON ${table} (${scope}, ${time})`);
      }
    }
    await queryRunner.query(
      `CREATE INDEX kpi_change_service_service ON kpi_change_service (service_id)`,
    );
    // The repeated breach rule reads every breach of one target, and which initiatives
    // already hold them as triggers.
    await queryRunner.query(
      `CREATE INDEX kpi_target_standing_breaches ON kpi_target_standing (target_id)
       WHERE breach_event_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX improvement_trigger_event ON improvement_trigger (event_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX improvement_trigger_event`);
    await queryRunner.query(`DROP TABLE kpi_change_service`);
    await queryRunner.query(`DROP TABLE kpi_change`);
    await queryRunner.query(`DROP TABLE kpi_survey`);
    await queryRunner.query(`DROP TABLE kpi_feedback`);
    await queryRunner.query(`DROP TABLE kpi_target_standing`);
  }
}
