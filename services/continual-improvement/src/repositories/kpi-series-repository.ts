import type { EntityManager } from 'typeorm';
import type { KpiWindow } from '../domain/kpi-window';

export type KpiFamily = 'slaAttainment' | 'satisfaction' | 'complaints' | 'changes';
export type KpiScopeKind = 'SERVICE' | 'CUSTOMER' | 'PORTFOLIO';

/** One bucket of one scope's series; the measures depend on the family. */
export interface KpiRow {
  scopeId: string | null;
  periodStart: Date;
  measures: Record<string, number | null>;
}

export interface SeriesQuery {
  family: KpiFamily;
  kind: KpiScopeKind;
  /** The services or customers asked for; ignored for the portfolio. */
  ids: string[];
  window: KpiWindow;
  /** A CUSTOMER caller's customers: only their facts count. Null for everyone else. */
  onlyCustomerIds: string[] | null;
  /** The complaint severities counted as severe. */
  severeSeverities: string[];
}

interface FamilySource {
  table: string;
  /** The same table joined to the services a fact concerns, where it concerns several. */
  serviceTable?: string;
  time: string;
  where?: string;
  measures: string;
}

const FAMILIES: Record<KpiFamily, FamilySource> = {
  slaAttainment: {
    table: 'kpi_target_standing fact',
    time: 'fact.period_start',
    measures: `count(*)::int AS "targetsMeasured",
      (count(*) FILTER (WHERE fact.breach_event_id IS NOT NULL OR fact.status = 'BREACHED'))::int
        AS "targetsBreached",
      (count(*) FILTER (WHERE fact.breach_event_id IS NULL AND fact.status = 'AT_RISK'))::int
        AS "targetsAtRisk"`,
  },
  satisfaction: {
    table: 'kpi_survey fact',
    time: 'fact.conducted_at',
    measures: `count(*)::int AS "surveys",
      avg(fact.overall_gap) AS "meanOverallGap",
      avg(fact.net_promoter_score)::float8 AS "meanNetPromoterScore",
      avg(fact.tangibles_gap) AS "TANGIBLES",
      avg(fact.reliability_gap) AS "RELIABILITY",
      avg(fact.responsiveness_gap) AS "RESPONSIVENESS",
      avg(fact.assurance_gap) AS "ASSURANCE",
      avg(fact.empathy_gap) AS "EMPATHY"`,
  },
  complaints: {
    table: 'kpi_feedback fact',
    time: 'fact.logged_at',
    where: `fact.type = 'COMPLAINT'`,
    measures: `count(*)::int AS "complaints",
      (count(*) FILTER (WHERE fact.severity = ANY($severe)))::int AS "severeComplaints",
      count(fact.resolved_at)::int AS "resolved",
      (avg(extract(epoch FROM fact.resolved_at - fact.logged_at)) / 3600)::float8
        AS "meanHoursToResolve",
      (avg(extract(epoch FROM fact.acknowledged_at - fact.logged_at)) / 3600)::float8
        AS "meanHoursToAcknowledge"`,
  },
  changes: {
    table: 'kpi_change fact',
    serviceTable:
      'kpi_change fact JOIN kpi_change_service service ON service.change_request_id = fact.change_request_id',
    time: 'fact.finished_at',
    where: 'fact.finished_at IS NOT NULL',
    measures: `count(*)::int AS "finished",
      (count(*) FILTER (WHERE fact.failed_at IS NULL
        AND COALESCE(fact.review_outcome, 'SUCCESSFUL') = 'SUCCESSFUL'))::int AS "successful",
      (count(*) FILTER (WHERE fact.failed_at IS NULL AND fact.review_outcome = 'PARTIAL'))::int
        AS "partial",
      (count(*) FILTER (WHERE fact.failed_at IS NOT NULL OR fact.review_outcome = 'FAILED'))::int
        AS "failed"`,
  },
};

/** The KPI projections read as time series: one SQL statement per family, scope kind and
 * window, however many services or customers are asked for. */
export class KpiSeriesRepository {
  constructor(private readonly manager: EntityManager) {}

  async series(query: SeriesQuery): Promise<KpiRow[]> {
    const source = FAMILIES[query.family];
    const { window } = query;
    const parameters: unknown[] = [];
    const parameter = (value: unknown, type: string) => {
      parameters.push(value);
      return `$${parameters.length}::${type}`;
    };
    const scope = {
      SERVICE: {
        table: source.serviceTable ?? source.table,
        id: source.serviceTable ? 'service.service_id' : 'fact.service_id',
      },
      CUSTOMER: { table: source.table, id: 'fact.customer_id' },
      PORTFOLIO: { table: source.table, id: 'NULL::uuid' },
    }[query.kind];
    const bucket = `date_trunc(${parameter(window.granularity.toLowerCase(), 'text')}, ${
      source.time
    }, ${parameter(window.timeZone, 'text')})`;
    const conditions = [
      ...(source.where ? [source.where] : []),
      ...(query.kind === 'PORTFOLIO'
        ? []
        : [`${scope.id} = ANY(${parameter(query.ids, 'uuid[]')})`]),
      ...(query.onlyCustomerIds
        ? [`fact.customer_id = ANY(${parameter(query.onlyCustomerIds, 'uuid[]')})`]
        : []),
      ...(window.from ? [`${source.time} >= ${parameter(window.from, 'timestamptz')}`] : []),
      ...(window.to ? [`${source.time} < ${parameter(window.to, 'timestamptz')}`] : []),
    ];
    const measures = source.measures.includes('$severe')
      ? source.measures.replace('$severe', parameter(query.severeSeverities, 'text[]'))
      : source.measures;
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT ${scope.id}::text AS "scopeId", ${bucket} AS "periodStart", ${measures}
       FROM ${scope.table}
       WHERE ${conditions.length ? conditions.join(' AND ') : 'true'}
       GROUP BY 1, 2
       ORDER BY 1, 2`,
      parameters,
    );
    return rows.map(({ scopeId, periodStart, ...measures }) => ({
      scopeId: scopeId as string | null,
      periodStart: periodStart as Date,
      measures: Object.fromEntries(
        Object.entries(measures).map(([name, value]) => [
          name,
          value === null ? null : Number(value),
        ]),
      ),
    }));
  }
}
