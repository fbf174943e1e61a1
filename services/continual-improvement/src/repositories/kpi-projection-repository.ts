import type { EntityManager } from 'typeorm';
import {
  CHANGE_STATES,
  type EventData,
  type feedbackLogged,
  type feedbackResolved,
  type surveyRecorded,
  targetBreached,
  TARGET_STATUSES,
} from '@itsm/events';
import type { ChangeFailedData, ChangeReviewedData } from '../domain/rules/change-rule';
import type { RecordedBreach, TargetStandingData } from '../domain/rules/sla-breach-rule';

/** What every change request event says about the change, and what it adds. */
export interface ChangeFacts extends Pick<
  ChangeFailedData,
  'changeRequestId' | 'reference' | 'type' | 'customerId' | 'serviceIds' | 'state'
> {
  stateAt: string;
  raisedAt?: string;
  implementedAt?: string;
  failedAt?: string;
  review?: Pick<ChangeReviewedData, 'outcome' | 'incidentsCaused'> & { reviewedAt: string };
}

type FeedbackData = EventData<typeof feedbackLogged> | EventData<typeof feedbackResolved>;

/** A target's standing as an event reported it. */
export interface RecordedStanding {
  standing: TargetStandingData;
  event: { id: string; type: string; time: Date };
}

const standingKey = ({ standing }: RecordedStanding) =>
  `${standing.targetId}/${standing.serviceId}/${Date.parse(standing.periodStart)}`;

/** Splits items into rounds, in order, the nth holding the nth item of each key. */
function occurrenceRounds<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const rounds: T[][] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    (rounds[occurrence] ??= []).push(item);
  }
  return rounds;
}

/** A stored value replaced only by a newer fact: latest by time, the tie broken by rank. */
function newest(
  table: string,
  time: string,
  rank: (alias: string) => string,
  columns: string[],
): string {
  const newer = `(EXCLUDED.${time}, ${rank('EXCLUDED')}) >= (${table}.${time}, ${rank(table)})`;
  return columns
    .map(
      (column) =>
        `${column} = CASE WHEN ${newer} THEN EXCLUDED.${column} ELSE ${table}.${column} END`,
    )
    .join(',\n');
}

/** A milestone stays as first recorded: replays and redeliveries cannot move it. */
function firstKnown(table: string, columns: string[]): string {
  return columns
    .map((column) => `${column} = COALESCE(${table}.${column}, EXCLUDED.${column})`)
    .join(',\n');
}

/** The order a standing gets worse in, and a change moves along in. */
const rankIn = (values: readonly string[], column: string) => (alias: string) =>
  `array_position(ARRAY['${values.join("','")}'], ${alias}.${column}::text)`;
const statusRank = rankIn(TARGET_STATUSES, 'status');
const changeStateRank = rankIn(CHANGE_STATES, 'state');

/**
 * The KPI projections' writes. Each upsert is keyed by the fact's own id and keeps the
 * newest version of what changes, so that the same events in any order, or twice, leave
 * the same rows: live consumption, redelivery and a rebuild from the topics agree.
 */
export class KpiProjectionRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Records target standings, in order, with one statement per occurrence of a target's
   * period: a statement cannot update a row twice, and a later one must see the earlier. */
  async recordTargetStandings(standings: RecordedStanding[]): Promise<void> {
    for (const round of occurrenceRounds(standings, standingKey)) {
      await this.upsertStandings(round);
    }
  }

  private async upsertStandings(standings: RecordedStanding[]): Promise<void> {
    const rows = standings.map(({ standing, event }) => {
      const breach = event.type === targetBreached.type;
      return [
        standing.targetId,
        standing.serviceId,
        standing.periodStart,
        standing.periodEnd,
        standing.agreementId,
        standing.customerId,
        standing.metric,
        standing.unit,
        standing.targetValue,
        standing.measuredValue,
        standing.status,
        standing.errorBudgetConsumedPercent,
        standing.evaluatedAt,
        standing.status === 'AT_RISK' ? standing.evaluatedAt : null,
        breach ? event.id : null,
        breach ? event.time : null,
      ];
    });
    // unnest takes one array per column.
    const columns = rows[0]!.map((_, index) => rows.map((row) => row[index]));
    await this.manager.query(
      `INSERT INTO kpi_target_standing AS standing (target_id, service_id, period_start,
         period_end, agreement_id, customer_id, metric, unit, target_value, measured_value,
         status, error_budget_consumed_percent, evaluated_at, at_risk_at, breach_event_id,
         breached_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[],
         $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::float8[], $10::float8[],
         $11::text[], $12::float8[], $13::timestamptz[], $14::timestamptz[], $15::uuid[],
         $16::timestamptz[])
       ON CONFLICT (target_id, service_id, period_start) DO UPDATE SET
         ${newest('standing', 'evaluated_at', statusRank, [
           'period_end',
           'agreement_id',
           'customer_id',
           'metric',
           'unit',
           'target_value',
           'measured_value',
           'status',
           'error_budget_consumed_percent',
           'evaluated_at',
         ])},
         at_risk_at = LEAST(standing.at_risk_at, EXCLUDED.at_risk_at),
         ${firstKnown('standing', ['breach_event_id', 'breached_at'])}`,
      columns,
    );
  }

  /** Every recorded breach of the target; `attached` when an initiative of the rule key
   * already holds it as a trigger. */
  async breachesOfTarget(targetId: string, ruleKey: string): Promise<RecordedBreach[]> {
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT standing.*, EXISTS (
           SELECT 1 FROM improvement_trigger evidence
           JOIN improvement_initiative initiative ON initiative.id = evidence.initiative_id
           WHERE evidence.event_id = standing.breach_event_id AND initiative.rule_key = $2
         ) AS attached
       FROM kpi_target_standing standing
       WHERE standing.target_id = $1 AND standing.breach_event_id IS NOT NULL`,
      [targetId, ruleKey],
    );
    return rows.map((row) => ({
      eventId: row.breach_event_id as string,
      eventType: targetBreached.type,
      breachedAt: row.breached_at as Date,
      serviceId: row.service_id as string,
      agreementId: row.agreement_id as string,
      customerId: row.customer_id as string | null,
      metric: row.metric as string,
      unit: row.unit as string,
      targetValue: row.target_value as number,
      measuredValue: row.measured_value as number | null,
      periodStart: row.period_start as Date,
      periodEnd: row.period_end as Date,
      attached: row.attached as boolean,
    }));
  }

  /** A resolution carries the feedback's final facts; until one arrives, the log's do. */
  async recordFeedback(
    feedback: FeedbackData,
    resolution: { acknowledgedAt: string; resolvedAt: string } | null,
  ): Promise<void> {
    const resolved = `(EXCLUDED.resolved_at IS NOT NULL OR feedback.resolved_at IS NULL)`;
    const facts = ['customer_id', 'service_id', 'type', 'severity', 'logged_at'];
    await this.manager.query(
      `INSERT INTO kpi_feedback AS feedback (feedback_id, customer_id, service_id, type,
         severity, logged_at, acknowledged_at, resolved_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (feedback_id) DO UPDATE SET
         ${facts.map((column) => `${column} = CASE WHEN ${resolved} THEN EXCLUDED.${column} ELSE feedback.${column} END`).join(',\n')},
         ${firstKnown('feedback', ['acknowledged_at', 'resolved_at'])}`,
      [
        feedback.feedbackId,
        feedback.customerId,
        feedback.serviceId,
        feedback.type,
        feedback.severity,
        feedback.loggedAt,
        resolution?.acknowledgedAt ?? null,
        resolution?.resolvedAt ?? null,
      ],
    );
  }

  async recordSurvey(survey: EventData<typeof surveyRecorded>): Promise<void> {
    const gap = (dimension: string) =>
      survey.dimensions.find((entry) => entry.dimension === dimension)!.gap;
    await this.manager.query(
      `INSERT INTO kpi_survey (survey_id, customer_id, service_id, conducted_at, overall_gap,
         net_promoter_score, tangibles_gap, reliability_gap, responsiveness_gap, assurance_gap,
         empathy_gap)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (survey_id) DO NOTHING`,
      [
        survey.surveyId,
        survey.customerId,
        survey.serviceId,
        survey.conductedAt,
        survey.overallGap,
        survey.netPromoterScore,
        gap('TANGIBLES'),
        gap('RELIABILITY'),
        gap('RESPONSIVENESS'),
        gap('ASSURANCE'),
        gap('EMPATHY'),
      ],
    );
  }

  /** Each milestone of a change is kept from the event that reached it, whatever order the
   * events arrive in; the state is the newest. */
  async recordChange(change: ChangeFacts): Promise<void> {
    await this.manager.query(
      `INSERT INTO kpi_change AS change (change_request_id, reference, type, customer_id, state,
         state_at, raised_at, implemented_at, failed_at, reviewed_at, review_outcome,
         incidents_caused)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (change_request_id) DO UPDATE SET
         ${newest('change', 'state_at', changeStateRank, ['reference', 'type', 'customer_id', 'state', 'state_at'])},
         ${firstKnown('change', [
           'raised_at',
           'implemented_at',
           'failed_at',
           'reviewed_at',
           'review_outcome',
           'incidents_caused',
         ])}`,
      [
        change.changeRequestId,
        change.reference,
        change.type,
        change.customerId,
        change.state,
        change.stateAt,
        change.raisedAt ?? null,
        change.implementedAt ?? null,
        change.failedAt ?? null,
        change.review?.reviewedAt ?? null,
        change.review?.outcome ?? null,
        change.review?.incidentsCaused ?? null,
      ],
    );
    await this.manager.query(
      `INSERT INTO kpi_change_service (change_request_id, service_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [change.changeRequestId, change.serviceIds],
    );
  }

  /**
   * Empties every projection for a rebuild inside the caller's transaction. The tables stay
   * locked against other writers until it commits, so live consumption waits rather than
   * interleaving; readers go on seeing the old numbers until the new ones are complete.
   */
  async clearForRebuild(): Promise<void> {
    await this.manager.query(
      `LOCK TABLE kpi_target_standing, kpi_feedback, kpi_survey, kpi_change, kpi_change_service
         IN EXCLUSIVE MODE;
       DELETE FROM kpi_change_service; DELETE FROM kpi_change; DELETE FROM kpi_survey;
       DELETE FROM kpi_feedback; DELETE FROM kpi_target_standing`,
    );
  }
}
