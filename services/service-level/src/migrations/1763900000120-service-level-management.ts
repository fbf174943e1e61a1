import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calendars, requirements, multi-level agreements with signatories and targets, OLAs and
 * UCs, the measurements beside outages, and the standing and alerts of each target. */
export class ServiceLevelManagement1763900000120 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE business_calendar (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        time_zone varchar(64) NOT NULL,
        working_hours jsonb NOT NULL,
        holidays jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT business_calendar_name_unique UNIQUE (name)
      )`);

    await queryRunner.query(
      `ALTER TABLE service ADD COLUMN calendar_id uuid REFERENCES business_calendar (id)`,
    );
    await queryRunner.query(`CREATE INDEX service_calendar_id ON service (calendar_id)`);

    // customer_id has no foreign key: customers live in the customer-portfolio subgraph.
    await queryRunner.query(`
      CREATE TABLE service_level_requirement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL,
        title varchar(200) NOT NULL,
        service_ids uuid[] NOT NULL,
        targets jsonb NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'CAPTURED' CHECK (status IN ('CAPTURED', 'DRAFTED')),
        captured_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Serves Customer.serviceLevelRequirements, newest first.
    await queryRunner.query(
      `CREATE INDEX requirement_customer_created ON service_level_requirement (customer_id, created_at DESC, id)`,
    );

    await queryRunner.query(`
      ALTER TABLE agreement
        ADD COLUMN level varchar(16) CHECK (level IN ('CORPORATE', 'CUSTOMER', 'SERVICE')),
        ADD COLUMN parent_id uuid REFERENCES agreement (id),
        ADD COLUMN requirement_id uuid REFERENCES service_level_requirement (id),
        ADD COLUMN review_date timestamptz,
        ADD CONSTRAINT agreement_level_of_multi_level CHECK ((type = 'MULTI_LEVEL') = (level IS NOT NULL)),
        ADD CONSTRAINT agreement_parent_of_lower_level
          CHECK ((parent_id IS NOT NULL) = (level IS NOT NULL AND level <> 'CORPORATE'))`);
    // Serve ServiceLevelAgreement.children and agreementsDueForReview.
    await queryRunner.query(`CREATE INDEX agreement_parent_id ON agreement (parent_id)`);
    await queryRunner.query(
      `CREATE INDEX agreement_due_for_review ON agreement (review_date, id) WHERE status IN ('ACTIVE', 'UNDER_REVIEW')`,
    );
    await queryRunner.query(`CREATE INDEX agreement_requirement_id ON agreement (requirement_id)`);

    await queryRunner.query(`
      CREATE TABLE agreement_signatory (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        role varchar(200) NOT NULL,
        party varchar(16) NOT NULL CHECK (party IN ('PROVIDER', 'CUSTOMER')),
        signed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX agreement_signatory_agreement ON agreement_signatory (agreement_id, signed_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE service_level_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        service_id uuid REFERENCES service (id),
        metric varchar(32) NOT NULL CHECK (metric IN
          ('AVAILABILITY', 'RESPONSE_TIME', 'RESOLUTION_TIME', 'PERFORMANCE', 'CUSTOMER_SATISFACTION')),
        target_value double precision NOT NULL,
        priority varchar(2) CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
        compliance_percent double precision CHECK (compliance_percent > 0 AND compliance_percent <= 100),
        warning_threshold_percent double precision NOT NULL
          CHECK (warning_threshold_percent > 0 AND warning_threshold_percent < 100),
        measurement_period varchar(16) NOT NULL
          CHECK (measurement_period IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
        calendar_id uuid REFERENCES business_calendar (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT target_compliance_of_observed_metrics
          CHECK ((metric = 'AVAILABILITY') = (compliance_percent IS NULL))
      )`);
    // Serve ServiceLevelAgreement.targets and the foreign-key checks.
    await queryRunner.query(
      `CREATE INDEX target_agreement ON service_level_target (agreement_id, created_at, id)`,
    );
    await queryRunner.query(`CREATE INDEX target_service ON service_level_target (service_id)`);
    await queryRunner.query(`CREATE INDEX target_calendar ON service_level_target (calendar_id)`);

    await queryRunner.query(`
      CREATE TABLE supporting_agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(8) NOT NULL CHECK (kind IN ('OLA', 'UC')),
        name varchar(200) NOT NULL,
        provider varchar(200) NOT NULL,
        valid_from timestamptz,
        valid_to timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT supporting_agreement_name_unique UNIQUE (name),
        CONSTRAINT supporting_agreement_validity_order
          CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to > valid_from)
      )`);

    await queryRunner.query(`
      CREATE TABLE supporting_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supporting_agreement_id uuid NOT NULL REFERENCES supporting_agreement (id),
        supports_target_id uuid NOT NULL REFERENCES service_level_target (id) ON DELETE CASCADE,
        service_id uuid NOT NULL REFERENCES service (id),
        target_value double precision NOT NULL,
        compliance_percent double precision CHECK (compliance_percent > 0 AND compliance_percent <= 100),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Serve the support chain of a target and SupportingAgreement.targets.
    await queryRunner.query(
      `CREATE INDEX supporting_target_supports ON supporting_target (supports_target_id, service_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX supporting_target_agreement ON supporting_target (supporting_agreement_id, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX supporting_target_service ON supporting_target (service_id)`,
    );

    // A monitoring tool's reference names one outage, so its later messages can end it.
    await queryRunner.query(`ALTER TABLE outage ADD COLUMN reference varchar(200)`);
    await queryRunner.query(
      `ALTER TABLE outage ADD CONSTRAINT outage_reference_unique UNIQUE (reference)`,
    );

    await queryRunner.query(`
      CREATE TABLE ticket_timing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference varchar(200) NOT NULL,
        service_id uuid NOT NULL REFERENCES service (id),
        customer_id uuid,
        priority varchar(2) NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
        opened_at timestamptz NOT NULL,
        responded_at timestamptz,
        resolved_at timestamptz,
        cancelled_at timestamptz,
        pauses jsonb NOT NULL DEFAULT '[]',
        recorded_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ticket_timing_reference_unique UNIQUE (reference)
      )`);
    // Serves the tickets a ticket target judges in a period: by service and opening time.
    await queryRunner.query(
      `CREATE INDEX ticket_timing_service_opened ON ticket_timing (service_id, opened_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE metric_sample (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_id uuid NOT NULL REFERENCES service (id),
        customer_id uuid,
        metric varchar(32) NOT NULL CHECK (metric IN ('PERFORMANCE', 'CUSTOMER_SATISFACTION')),
        value double precision NOT NULL,
        observed_at timestamptz NOT NULL,
        recorded_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX metric_sample_service_metric_observed ON metric_sample (service_id, metric, observed_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE target_standing (
        target_id uuid NOT NULL REFERENCES service_level_target (id) ON DELETE CASCADE,
        service_id uuid NOT NULL REFERENCES service (id),
        period_start timestamptz NOT NULL,
        measured_value double precision,
        status varchar(16) NOT NULL CHECK (status IN ('MET', 'AT_RISK', 'BREACHED')),
        error_budget_consumed_percent double precision NOT NULL,
        evaluated_at timestamptz NOT NULL,
        PRIMARY KEY (target_id, service_id, period_start)
      )`);

    // One row per target, service, period and kind: the at-risk and breached events are
    // published in the transaction that inserts it, so each is published once.
    await queryRunner.query(`
      CREATE TABLE target_alert (
        target_id uuid NOT NULL REFERENCES service_level_target (id) ON DELETE CASCADE,
        service_id uuid NOT NULL REFERENCES service (id),
        period_start timestamptz NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('AT_RISK', 'BREACHED')),
        raised_at timestamptz NOT NULL,
        PRIMARY KEY (target_id, service_id, period_start, kind)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE target_alert`);
    await queryRunner.query(`DROP TABLE target_standing`);
    await queryRunner.query(`DROP TABLE metric_sample`);
    await queryRunner.query(`DROP TABLE ticket_timing`);
    await queryRunner.query(`ALTER TABLE outage DROP COLUMN reference`);
    await queryRunner.query(`DROP TABLE supporting_target`);
    await queryRunner.query(`DROP TABLE supporting_agreement`);
    await queryRunner.query(`DROP TABLE service_level_target`);
    await queryRunner.query(`DROP TABLE agreement_signatory`);
    await queryRunner.query(`
      ALTER TABLE agreement
        DROP COLUMN review_date, DROP COLUMN requirement_id, DROP COLUMN parent_id,
        DROP COLUMN level`);
    await queryRunner.query(`DROP TABLE service_level_requirement`);
    await queryRunner.query(`ALTER TABLE service DROP COLUMN calendar_id`);
    await queryRunner.query(`DROP TABLE business_calendar`);
  }
}
