import DataLoader from 'dataloader';
import {
  type Clock,
  canReadCustomer,
  normalizeId,
  NotFoundError,
  parseId,
  parseInput,
  ValidationError,
} from '@itsm/platform';
import { manyByKey, type RequestContext } from '@itsm/subgraph-kit';
import { earlierPeriods, periodContaining } from '../domain/measurement-period';
import { requiredTargetSchema } from '../domain/target';
import { whatIfSchema } from '../domain/what-if';
import { toCsv } from '../domain/report';
import type { AgreementRecord } from '../entities/agreement';
import type { ServiceRecord } from '../entities/service';
import type { TargetRecord } from '../entities/target';
import type { AgreementRepository } from '../repositories/agreement-repository';
import type { AgreementService } from './agreement-service';
import type { ForecastView, StandingEvaluator, StandingView } from './standing-evaluator';

export interface ReportLineView {
  standing: StandingView;
  trend: StandingView[];
}

export interface ReportView {
  agreement: AgreementRecord;
  lines: ReportLineView[];
  breaches: number;
  csv: string;
}

/** One service of a what-if replay: the period as measured, and under the proposal. */
export interface WhatIfLineView {
  actual: StandingView;
  proposed: StandingView;
}

export interface WhatIfView {
  target: TargetRecord;
  /** The target with the proposed terms in place. */
  proposedTerms: TargetRecord;
  lines: WhatIfLineView[];
}

export interface ComplianceSummaryView {
  activeAgreements: number;
  targets: number;
  met: number;
  atRisk: number;
  breached: number;
  compliancePercent: number | null;
}

const MAX_TREND_PERIODS = 12;

const CSV_HEADER = [
  'agreement',
  'target_id',
  'metric',
  'priority',
  'service',
  'period_start',
  'period_end',
  'target_value',
  'compliance_percent',
  'unit',
  'measured_value',
  'status',
  'error_budget_consumed_percent',
  'at_risk_at',
  'breached_at',
  'explanation',
];

/** Service level reports and compliance summaries, computed from the measurements as they
 * stand: a CUSTOMER caller gets them only for its own agreements. */
export class ReportService {
  private readonly inForceByCustomerId = new DataLoader<string, AgreementRecord[]>(async (ids) =>
    manyByKey(
      ids,
      await this.agreementRepository.inForceOfCustomers(ids),
      (agreement) => agreement.customerId,
    ),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly agreements: AgreementService,
    private readonly agreementRepository: AgreementRepository,
    private readonly evaluator: StandingEvaluator,
    private readonly clock: Clock,
  ) {}

  /** One line per effective target and service in its scope, for the period of the target
   * that contains `at`, with the trend of the periods before. */
  async report(
    agreementId: string,
    at: Date,
    trendPeriods: number | null | undefined,
  ): Promise<ReportView> {
    const now = this.clock();
    const count = trendPeriods ?? 3;
    if (!Number.isInteger(count) || count < 0 || count > MAX_TREND_PERIODS) {
      throw new ValidationError('trendPeriods', `trendPeriods: must be 0 to ${MAX_TREND_PERIODS}`);
    }
    const agreement = await this.agreements.findVisible(parseId(agreementId, 'agreementId'));
    if (!agreement) throw new NotFoundError('ServiceLevelAgreement', agreementId, 'agreementId');
    const services = await this.agreements.servicesOf(agreement);
    const lines: ReportLineView[] = [];
    for (const target of await this.agreements.effectiveTargetsOf(agreement)) {
      const owner = await this.agreements.agreementOfTarget(target);
      for (const service of inScope(target, services)) {
        const period = await this.evaluator.periodOf(target, service.id, at);
        const calendar = await this.evaluator.calendarOf(target, service.id);
        const standing = await this.evaluator.standing(target, owner, service.id, period, now);
        const trend = [];
        for (const earlier of earlierPeriods(
          target.measurementPeriod,
          calendar.timeZone,
          at,
          count,
        )) {
          trend.push(await this.evaluator.standing(target, owner, service.id, earlier, now));
        }
        lines.push({ standing, trend });
      }
    }
    const names = new Map(services.map((service) => [service.id, service.name]));
    return {
      agreement,
      lines,
      breaches: lines.filter((line) => line.standing.status === 'BREACHED').length,
      csv: toCsv(
        CSV_HEADER,
        lines.flatMap((line) =>
          [line.standing, ...line.trend].map((standing) => csvRow(agreement, standing, names)),
        ),
      ),
    };
  }

  /** How a target stands on each service in its scope in the period containing `at`. */
  async standingsOf(target: TargetRecord, at: Date | null | undefined) {
    const now = this.clock();
    const agreement = await this.agreements.agreementOfTarget(target);
    const standings: StandingView[] = [];
    for (const service of inScope(target, await this.agreements.servicesOf(agreement))) {
      const period = await this.evaluator.periodOf(target, service.id, at ?? now);
      standings.push(await this.evaluator.standing(target, agreement, service.id, period, now));
    }
    return standings;
  }

  /** The breach forecast of a target on each service in its scope, for the current period. */
  async forecastsOf(target: TargetRecord): Promise<ForecastView[]> {
    const now = this.clock();
    const agreement = await this.agreements.agreementOfTarget(target);
    const forecasts: ForecastView[] = [];
    for (const service of inScope(target, await this.agreements.servicesOf(agreement))) {
      forecasts.push(await this.evaluator.forecast(target, agreement, service.id, now));
    }
    return forecasts;
  }

  /**
   * Replays the period of a target that contains `periodContaining` under a proposed target
   * value, compliance, warning threshold or calendar, beside the period as measured. It only
   * reads: the proposal is applied to copies, and nothing is written or published.
   */
  async whatIf(input: unknown): Promise<WhatIfView> {
    const now = this.clock();
    const proposal = parseInput(whatIfSchema(now), input);
    const target = await this.agreements.targetById(proposal.targetId);
    const commitment = parseInput(requiredTargetSchema, {
      metric: target.metric,
      targetValue: proposal.targetValue ?? target.targetValue,
      priority: target.priority,
      compliancePercent: proposal.compliancePercent ?? target.compliancePercent,
      measurementPeriod: target.measurementPeriod,
    });
    const proposedTerms: TargetRecord = {
      ...target,
      targetValue: commitment.targetValue,
      compliancePercent: commitment.compliancePercent,
      warningThresholdPercent: proposal.warningThresholdPercent ?? target.warningThresholdPercent,
    };
    const agreement = await this.agreements.agreementOfTarget(target);
    const at = proposal.periodContaining;
    const lines: WhatIfLineView[] = [];
    for (const service of inScope(target, await this.agreements.servicesOf(agreement))) {
      const calendar = proposal.calendar ?? (await this.evaluator.calendarOf(target, service.id));
      const period = periodContaining(target.measurementPeriod, calendar.timeZone, at);
      const proposed = await this.evaluator.standing(
        proposedTerms,
        agreement,
        service.id,
        period,
        now,
        calendar,
      );
      lines.push({
        actual: await this.evaluator.standing(
          target,
          agreement,
          service.id,
          await this.evaluator.periodOf(target, service.id, at),
          now,
        ),
        // The stored target, so that a client's cache keeps its terms; no alert was raised.
        proposed: { ...proposed, target, atRiskAt: null, breachedAt: null },
      });
    }
    return { target, proposedTerms, lines };
  }

  /** How a customer's agreements in force stand in the periods containing `at`. */
  async compliance(
    customerId: string,
    at: Date | null | undefined,
  ): Promise<ComplianceSummaryView | null> {
    const now = this.clock();
    const key = normalizeId(customerId);
    if (!key || !canReadCustomer(this.request.caller, key)) return null;
    const inForce = await this.inForceByCustomerId.load(key);
    const moment = at ?? now;
    // Every standing at once, so that a page of customers is judged in a few batched reads.
    const statuses = await Promise.all(
      inForce.map(async (agreement) => {
        const [services, targets] = await Promise.all([
          this.agreements.servicesOf(agreement),
          this.agreements.targetsOf(agreement),
        ]);
        return Promise.all(
          targets.flatMap((target) =>
            inScope(target, services).map(async (service) => {
              const period = await this.evaluator.periodOf(target, service.id, moment);
              const standing = await this.evaluator.standing(
                target,
                agreement,
                service.id,
                period,
                now,
              );
              return standing.status;
            }),
          ),
        );
      }),
    );
    const summary: ComplianceSummaryView = {
      activeAgreements: inForce.length,
      targets: 0,
      met: 0,
      atRisk: 0,
      breached: 0,
      compliancePercent: null,
    };
    for (const status of statuses.flat()) {
      summary.targets += 1;
      if (status === 'MET') summary.met += 1;
      else if (status === 'AT_RISK') summary.atRisk += 1;
      else summary.breached += 1;
    }
    if (summary.targets > 0) {
      summary.compliancePercent = Number(
        (((summary.targets - summary.breached) / summary.targets) * 100).toFixed(2),
      );
    }
    return summary;
  }
}

function inScope(target: TargetRecord, services: readonly ServiceRecord[]): ServiceRecord[] {
  return target.serviceId
    ? services.filter((service) => service.id === target.serviceId)
    : [...services];
}

function csvRow(agreement: AgreementRecord, standing: StandingView, names: Map<string, string>) {
  const { target } = standing;
  return [
    agreement.name,
    target.id,
    target.metric,
    target.priority,
    names.get(standing.serviceId) ?? standing.serviceId,
    standing.period.start.toISOString(),
    standing.period.end.toISOString(),
    target.targetValue,
    target.compliancePercent,
    standing.unit,
    standing.measuredValue,
    standing.status,
    standing.errorBudgetConsumedPercent,
    standing.atRiskAt?.toISOString() ?? null,
    standing.breachedAt?.toISOString() ?? null,
    standing.explanation,
  ];
}
