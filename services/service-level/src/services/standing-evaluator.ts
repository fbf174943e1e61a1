import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Transaction } from '@itsm/events';
import { manyByKey, oneByKey } from '@itsm/subgraph-kit';
import {
  availabilityStanding,
  type Observation,
  observationStanding,
  type Standing,
  type TargetMetric,
  UNIT_OF,
  type MeasurementUnit,
} from '../domain/attainment';
import {
  type BreachForecast,
  type ForecastSettings,
  forecastAvailability,
  forecastObservations,
  recentWindow,
} from '../domain/breach-forecast';
import { type CalendarRules, ROUND_THE_CLOCK } from '../domain/business-calendar';
import { type BudgetImpact, budgetImpact } from '../domain/change-impact';
import { type Period, periodContaining, periodsOverlapping } from '../domain/measurement-period';
import {
  type GoalCandidate,
  type GoalPolicy,
  governingGoal,
  RESOLUTION_TIMER,
  RESPONSE_TIMER,
  runTimers,
  type TimerDefinition,
  type TimerReport,
  ticketChanges,
} from '../domain/sla-timer';
import { TICKET_METRICS } from '../domain/target';
import type { AgreementRecord } from '../entities/agreement';
import type { MetricSampleRecord } from '../entities/metric-sample';
import type { OutageRecord } from '../entities/outage';
import type { ServiceRecord } from '../entities/service';
import type { TargetAlertRecord } from '../entities/target-alert';
import type { TargetRecord } from '../entities/target';
import type { TicketTimingRecord } from '../entities/ticket-timing';
import { standingEvents } from '../events/published';
import { AgreementRepository } from '../repositories/agreement-repository';
import { CalendarRepository } from '../repositories/calendar-repository';
import {
  MeasurementRepository,
  type MeasurementScope,
} from '../repositories/measurement-repository';
import { ServiceRepository } from '../repositories/service-repository';
import { StandingRepository } from '../repositories/standing-repository';
import { TargetRepository } from '../repositories/target-repository';

/** A target's standing on one service in one period, with what explains it. */
export interface StandingView extends Standing {
  target: TargetRecord;
  agreement: AgreementRecord;
  serviceId: string;
  period: Period;
  unit: MeasurementUnit;
  serviceMinutes: number | null;
  downtimeMinutes: number | null;
  allowedDowntimeMinutes: number | null;
  observations: number | null;
  misses: number | null;
  allowedMisses: number | null;
  atRiskAt: Date | null;
  breachedAt: Date | null;
}

/** A target's breach forecast on one service for the period containing now. */
export interface ForecastView extends BreachForecast {
  target: TargetRecord;
  serviceId: string;
  /** Whether the probability is above the configured at-risk probability. */
  atRisk: boolean;
}

export interface TimerView extends TimerReport {
  metric: TargetMetric;
  governingTarget: TargetRecord;
  governingReason: string;
}

const TIMER_OF: Partial<Record<TargetMetric, TimerDefinition>> = {
  RESPONSE_TIME: RESPONSE_TIMER,
  RESOLUTION_TIME: RESOLUTION_TIMER,
};
const MINUTE = 60_000;
// Before any ticket: the goal policy holds from the beginning of time.
const EPOCH = new Date(0);

/**
 * Judges targets from the measurements: the one place that turns outages, ticket timings
 * and samples into standings, for reads (reports, summaries, timers) and for the events a
 * new measurement publishes. Bound to one entity manager, so inside a transaction it reads
 * what the transaction wrote.
 */
export class StandingEvaluator {
  // Records that rarely change: kept for the evaluator's life, a request or a transaction.
  private readonly services: DataLoader<string, ServiceRecord | null>;
  private readonly calendars: DataLoader<string, CalendarRules | null>;
  // Measurements and alerts: batched, never kept, so a transaction reads what it wrote.
  private readonly alerts: DataLoader<string, TargetAlertRecord[]>;
  private readonly outages: DataLoader<MeasurementKey, OutageRecord[]>;
  private readonly tickets: DataLoader<MeasurementKey, TicketTimingRecord[]>;
  private readonly samples: DataLoader<MeasurementKey, MetricSampleRecord[]>;

  constructor(
    private readonly manager: EntityManager,
    private readonly forecastSettings: ForecastSettings,
  ) {
    const measurements = new MeasurementRepository(manager);
    this.services = new DataLoader(async (ids) =>
      oneByKey(ids, await new ServiceRepository(manager).findByIds(ids), (service) => service.id),
    );
    this.calendars = new DataLoader(async (ids) =>
      oneByKey(ids, await new CalendarRepository(manager).findByIds(ids), (found) => found.id),
    );
    const once = { cache: false };
    this.alerts = new DataLoader(
      async (targetIds) =>
        manyByKey(
          targetIds,
          await new StandingRepository(manager).alertsOf(targetIds),
          (alert) => alert.targetId,
        ),
      once,
    );
    this.outages = new DataLoader(async (keys) => {
      const outages = await measurements.outagesDuring(serviceIdsOf(keys), spanOf(keys));
      return keys.map(({ serviceId, period }) =>
        outages.filter(
          (outage) =>
            outage.serviceId === serviceId &&
            outage.startedAt < period.end &&
            (outage.endedAt === null || outage.endedAt > period.start),
        ),
      );
    }, once);
    this.tickets = new DataLoader(async (keys) => {
      const tickets = await measurements.ticketsOpenedDuring(scopeOf(keys), spanOf(keys));
      return keys.map(({ serviceId, period, customerId }) =>
        tickets.filter(
          (ticket) =>
            ticket.serviceId === serviceId &&
            within(ticket.openedAt, period) &&
            concerns({ customerId }, ticket.customerId),
        ),
      );
    }, once);
    this.samples = new DataLoader(async (keys) => {
      const metrics = [...new Set(keys.map((key) => key.metric))];
      const samples = await measurements.samplesDuring(scopeOf(keys), metrics, spanOf(keys));
      return keys.map(({ serviceId, metric, period, customerId }) =>
        samples.filter(
          (sample) =>
            sample.serviceId === serviceId &&
            sample.metric === metric &&
            within(sample.observedAt, period) &&
            // A sample without a customer (a latency probe) speaks for every customer.
            (sample.customerId === null || concerns({ customerId }, sample.customerId)),
        ),
      );
    }, once);
  }

  /** The calendar a target is measured in on a service: its own, else the service's, else
   * round the clock. */
  async calendarOf(target: TargetRecord, serviceId: string): Promise<CalendarRules> {
    const service = await this.services.load(serviceId);
    const calendarId = target.calendarId ?? service?.calendarId ?? null;
    if (!calendarId) return ROUND_THE_CLOCK;
    return (await this.calendars.load(calendarId)) ?? ROUND_THE_CLOCK;
  }

  async periodOf(target: TargetRecord, serviceId: string, at: Date): Promise<Period> {
    const calendar = await this.calendarOf(target, serviceId);
    return periodContaining(target.measurementPeriod, calendar.timeZone, at);
  }

  /** How the target stands on the service in the period, as of `now`; in its own calendar
   * unless another is proposed (a what-if replay). */
  async standing(
    target: TargetRecord,
    agreement: AgreementRecord,
    serviceId: string,
    period: Period,
    now: Date,
    proposedCalendar?: CalendarRules,
  ): Promise<StandingView> {
    const calendar = proposedCalendar ?? (await this.calendarOf(target, serviceId));
    const asOf = new Date(Math.min(now.getTime(), period.end.getTime()));
    const key = { serviceId, period, metric: target.metric, customerId: agreement.customerId };
    const [alertTimes, judged] = await Promise.all([
      this.alertTimes(target.id, serviceId, period),
      target.metric === 'AVAILABILITY'
        ? this.outages
            .load(key)
            .then((outages) => availabilityStanding(target, calendar, period, outages, asOf))
        : this.observations(target, agreement, serviceId, period, asOf, calendar).then(
            (observations) => observationStanding(target, observations),
          ),
    ]);
    return {
      target,
      agreement,
      serviceId,
      period,
      unit: UNIT_OF[target.metric],
      serviceMinutes: null,
      downtimeMinutes: null,
      allowedDowntimeMinutes: null,
      observations: null,
      misses: null,
      allowedMisses: null,
      ...alertTimes,
      ...judged,
    };
  }

  /** How likely the target is to end the period containing `now` breached on the service,
   * from the measurements of the recent window. */
  async forecast(
    target: TargetRecord,
    agreement: AgreementRecord,
    serviceId: string,
    now: Date,
  ): Promise<ForecastView> {
    const calendar = await this.calendarOf(target, serviceId);
    const period = periodContaining(target.measurementPeriod, calendar.timeZone, now);
    const window = recentWindow(now, this.forecastSettings.windowDays);
    let forecast: BreachForecast;
    if (target.metric === 'AVAILABILITY') {
      const outages = await new MeasurementRepository(this.manager).outagesDuring([serviceId], {
        start: new Date(Math.min(window.start.getTime(), period.start.getTime())),
        end: period.end,
      });
      forecast = forecastAvailability(target, calendar, period, window, outages, now);
    } else {
      const current = await this.observations(target, agreement, serviceId, period, now, calendar);
      const recent = await this.observations(target, agreement, serviceId, window, now, calendar);
      forecast = forecastObservations(target, period, window, current, recent, now);
    }
    return {
      ...forecast,
      target,
      serviceId,
      atRisk: forecast.probability > this.forecastSettings.atRiskProbability,
    };
  }

  /** What a planned window would cost an availability target on the service, per period. */
  async budgetImpact(
    target: TargetRecord,
    serviceId: string,
    window: Period,
    now: Date,
  ): Promise<BudgetImpact[]> {
    const calendar = await this.calendarOf(target, serviceId);
    const kind = target.measurementPeriod;
    const outages = await new MeasurementRepository(this.manager).outagesDuring([serviceId], {
      start: periodContaining(kind, calendar.timeZone, window.start).start,
      end: periodContaining(kind, calendar.timeZone, window.end).end,
    });
    return budgetImpact(target, kind, calendar, window, outages, now);
  }

  private async observations(
    target: TargetRecord,
    agreement: AgreementRecord,
    serviceId: string,
    period: Period,
    asOf: Date,
    calendar: CalendarRules,
  ): Promise<Observation[]> {
    const timer = TIMER_OF[target.metric];
    const key = { serviceId, period, metric: target.metric, customerId: agreement.customerId };
    if (!timer) {
      const samples = await this.samples.load(key);
      return samples.map((sample) => ({ value: sample.value, final: true }));
    }
    const goal: GoalPolicy = () => ({
      durationMs: target.targetValue * MINUTE,
      governedBy: target.id,
    });
    const tickets = await this.tickets.load(key);
    return tickets
      .filter((ticket) => target.priority === null || ticket.priority === target.priority)
      .flatMap((ticket) =>
        runTimers(timer, calendar, [{ at: EPOCH, policy: goal }, ...ticketChanges(ticket)], asOf),
      )
      .filter((report) => report.stage !== 'CANCELLED')
      .map((report) => ({
        value: report.businessElapsedMs / MINUTE,
        final: report.stage === 'COMPLETED',
      }));
  }

  private async alertTimes(targetId: string, serviceId: string, period: Period) {
    const alerts = await this.alerts.load(targetId);
    const of = (kind: string) =>
      alerts.find(
        (alert) =>
          alert.serviceId === serviceId &&
          alert.kind === kind &&
          alert.periodStart.getTime() === period.start.getTime(),
      )?.raisedAt ?? null;
    return { atRiskAt: of('AT_RISK'), breachedAt: of('BREACHED') };
  }

  /** The targets in force on a service for the given metrics, with their agreements. */
  async targetsInForce(serviceId: string, metrics: readonly TargetMetric[]) {
    const agreements = await new AgreementRepository(this.manager).inForceCovering(serviceId);
    if (agreements.length === 0) return [];
    const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
    const targets = await new TargetRepository(this.manager).findByAgreementIds([...byId.keys()]);
    return targets
      .filter((target) => metrics.includes(target.metric))
      .filter((target) => target.serviceId === null || target.serviceId === serviceId)
      .map((target) => ({ target, agreement: byId.get(target.agreementId)! }));
  }

  /**
   * Re-judges the targets in force on a service after a measurement between `from` and
   * `to`, and publishes what changed: `target.measured` when the standing moved, and
   * `target.at-risk` and `target.breached` once per target, service and period. The period
   * containing now is always judged again, since a measurement of the window changes its
   * forecast, which raises `target.at-risk` when the breach probability is above the
   * configured one, whatever share of the budget is used. A measurement of one customer
   * (`of`) counts only for the agreements that concern that customer, so only theirs are
   * judged again: a busy service has thousands of customer-based agreements.
   */
  async remeasure(
    transaction: Transaction,
    serviceId: string,
    metrics: readonly TargetMetric[],
    from: Date,
    to: Date,
    now: Date,
    of?: { customerId: string | null },
  ): Promise<void> {
    const standings = new StandingRepository(this.manager);
    const until = new Date(Math.min(to.getTime(), now.getTime()));
    const window = recentWindow(now, this.forecastSettings.windowDays);
    const affected = (await this.targetsInForce(serviceId, metrics)).filter(
      ({ agreement }) => !of || concerns(agreement, of.customerId),
    );
    for (const { target, agreement } of affected) {
      const calendar = await this.calendarOf(target, serviceId);
      const current = periodContaining(target.measurementPeriod, calendar.timeZone, now);
      const isCurrent = (period: Period) => period.start.getTime() === current.start.getTime();
      const periods = periodsOverlapping(target.measurementPeriod, calendar.timeZone, from, until);
      // Only its forecast can change: its standing is judged for what the forecast raises.
      const forecastOnly = !periods.some(isCurrent) && until >= window.start;
      for (const period of forecastOnly ? [...periods, current] : periods) {
        const view = await this.standing(target, agreement, serviceId, period, now);
        const forecast = isCurrent(period)
          ? await this.forecast(target, agreement, serviceId, now)
          : null;
        const key = { targetId: target.id, serviceId, periodStart: period.start };
        const previous = await standings.findStanding(key);
        const changed =
          !(forecastOnly && isCurrent(period)) &&
          (!previous ||
            previous.measuredValue !== view.measuredValue ||
            previous.status !== view.status ||
            previous.errorBudgetConsumedPercent !== view.errorBudgetConsumedPercent);
        const raised = {
          atRisk:
            (view.status !== 'MET' || forecast?.atRisk === true) &&
            (await standings.raiseOnce(key, 'AT_RISK', now)),
          breached: view.status === 'BREACHED' && (await standings.raiseOnce(key, 'BREACHED', now)),
        };
        if (changed) {
          await standings.saveStanding({
            ...key,
            measuredValue: view.measuredValue,
            status: view.status,
            errorBudgetConsumedPercent: view.errorBudgetConsumedPercent,
            evaluatedAt: now,
          });
        }
        await transaction.publish(
          ...standingEvents(view, now, { measured: changed, ...raised }, forecast?.probability),
        );
      }
    }
  }

  /** The SLA timers of a ticket, each against the tightest target that covers it. */
  async timersOf(ticket: TicketTimingRecord, now: Date): Promise<TimerView[]> {
    const inForce = await this.targetsInForce(ticket.serviceId, TICKET_METRICS);
    const covering = inForce.filter(
      ({ target, agreement }) =>
        concerns(agreement, ticket.customerId) &&
        (target.priority === null || target.priority === ticket.priority),
    );
    const views: TimerView[] = [];
    for (const metric of TICKET_METRICS) {
      const candidates = covering.filter(({ target }) => target.metric === metric);
      const governing = governingGoal(
        candidates.map(({ target, agreement }) => goalCandidate(target, agreement)),
      );
      if (!governing) continue;
      const target = candidates.find(
        ({ target }) => target.id === governing.candidate.targetId,
      )!.target;
      const policy: GoalPolicy = () => ({
        durationMs: governing.candidate.goalMinutes * MINUTE,
        governedBy: target.id,
      });
      const calendar = await this.calendarOf(target, ticket.serviceId);
      const reports = runTimers(
        TIMER_OF[metric]!,
        calendar,
        [{ at: EPOCH, policy }, ...ticketChanges(ticket)],
        now,
      );
      views.push(
        ...reports.map((report) => ({
          ...report,
          metric,
          governingTarget: target,
          governingReason: governing.reason,
        })),
      );
    }
    return views;
  }
}

/** One service's measurements of one metric in one period, for an agreement of one
 * customer or, when customerId is null, of every customer. */
interface MeasurementKey {
  serviceId: string;
  period: Period;
  metric: TargetMetric;
  customerId: string | null;
}

const serviceIdsOf = (keys: readonly MeasurementKey[]) => [
  ...new Set(keys.map((key) => key.serviceId)),
];

function scopeOf(keys: readonly MeasurementKey[]): MeasurementScope {
  const ofOneCustomer = keys.filter((key) => key.customerId !== null);
  return {
    everyCustomerOn: serviceIdsOf(keys.filter((key) => key.customerId === null)),
    customersOn: {
      serviceIds: serviceIdsOf(ofOneCustomer),
      customerIds: [...new Set(ofOneCustomer.map((key) => key.customerId!))],
    },
  };
}

/** The span from the earliest start to the latest end of the keys' periods. */
function spanOf(keys: readonly MeasurementKey[]): Period {
  return {
    start: new Date(Math.min(...keys.map((key) => key.period.start.getTime()))),
    end: new Date(Math.max(...keys.map((key) => key.period.end.getTime()))),
  };
}

const within = (at: Date, period: Period) => at >= period.start && at < period.end;

/** A service-based agreement concerns every customer; the others only their own. */
function concerns(
  agreement: Pick<AgreementRecord, 'customerId'>,
  customerId: string | null,
): boolean {
  return agreement.customerId === null || agreement.customerId === customerId;
}

function goalCandidate(target: TargetRecord, agreement: AgreementRecord): GoalCandidate {
  const level = agreement.level ? `${agreement.level} level` : agreement.type;
  return {
    targetId: target.id,
    goalMinutes: target.targetValue,
    source: `"${agreement.name}" (${level})`,
  };
}
