import type { Transaction } from '@itsm/events';
import { ConflictError, NotFoundError, parseInput, ValidationError } from '@itsm/platform';
import type { ForecastSettings } from '../domain/breach-forecast';
import { TICKET_METRICS } from '../domain/target';
import { recordMetricSampleSchema, recordTicketTimingSchema } from '../domain/measurement';
import { endOutageSchema, recordOutageSchema } from '../domain/outage';
import type { MetricSampleRecord } from '../entities/metric-sample';
import type { OutageRecord } from '../entities/outage';
import type { TicketTimingRecord } from '../entities/ticket-timing';
import {
  metricSampleRecordedEvent,
  outageEndedEvent,
  outageRecordedEvent,
  ticketTimingRecordedEvent,
} from '../events/published';
import { MeasurementRepository } from '../repositories/measurement-repository';
import { ServiceRepository } from '../repositories/service-repository';
import { StandingEvaluator } from './standing-evaluator';

/**
 * Records measurements inside one transaction and re-judges the targets they touch, so the
 * measurement, its events and the standing events commit together. The mutations and the
 * ingest topic both come here: the same validation, the same effects.
 */
export class MeasurementRecorder {
  private readonly measurements: MeasurementRepository;
  private readonly evaluator: StandingEvaluator;

  constructor(
    private readonly transaction: Transaction,
    private readonly now: Date,
    forecastSettings: ForecastSettings,
  ) {
    this.measurements = new MeasurementRepository(transaction.manager);
    this.evaluator = new StandingEvaluator(transaction.manager, forecastSettings);
  }

  /** Records an outage. A monitoring tool names its outage with a reference: recording the
   * reference again with an end ends the outage, and without one changes nothing. */
  async recordOutage(input: unknown, recordedBy: string): Promise<OutageRecord> {
    const recording = parseInput(recordOutageSchema(this.now), input);
    await this.requireService(recording.serviceId);
    const known = recording.reference
      ? await this.measurements.findOutageForUpdate({ reference: recording.reference })
      : null;
    if (known) {
      if (
        known.serviceId !== recording.serviceId ||
        known.startedAt.getTime() !== recording.startedAt.getTime()
      ) {
        throw new ConflictError(
          `Outage ${recording.reference} was recorded for another service or start`,
          { field: 'input.reference' },
        );
      }
      if (known.endedAt || !recording.endedAt) return known;
      return this.end(known, recording.endedAt, recordedBy);
    }
    const outage = await this.measurements.insertOutage(recording, recordedBy);
    await this.transaction.publish(outageRecordedEvent(outage));
    await this.remeasureAvailability(outage);
    return outage;
  }

  async endOutage(input: unknown, endedBy: string): Promise<OutageRecord> {
    const { outageId, endedAt } = parseInput(endOutageSchema(this.now), input);
    const outage = await this.measurements.findOutageForUpdate({ id: outageId });
    if (!outage) throw new NotFoundError('Outage', outageId, 'input.outageId');
    if (outage.endedAt) {
      throw new ConflictError(`The outage already ended at ${outage.endedAt.toISOString()}`, {
        field: 'input.outageId',
      });
    }
    if (endedAt <= outage.startedAt) {
      throw new ValidationError(
        'input.endedAt',
        `input.endedAt: must be after the outage started, ${outage.startedAt.toISOString()}`,
      );
    }
    return this.end(outage, endedAt, endedBy);
  }

  async recordTicketTiming(input: unknown, recordedBy: string): Promise<TicketTimingRecord> {
    const timing = parseInput(recordTicketTimingSchema(this.now), input);
    await this.requireService(timing.serviceId);
    const { ticket, previous } = await this.measurements.upsertTicket(timing, recordedBy);
    await this.transaction.publish(ticketTimingRecordedEvent(ticket, this.now));
    // A ticket moved to another service or period is re-judged where it was too.
    for (const before of previous ? [previous, ticket] : [ticket]) {
      await this.evaluator.remeasure(
        this.transaction,
        before.serviceId,
        TICKET_METRICS,
        before.openedAt,
        before.openedAt,
        this.now,
        { customerId: before.customerId },
      );
    }
    return ticket;
  }

  async recordMetricSample(input: unknown, recordedBy: string): Promise<MetricSampleRecord> {
    const recording = parseInput(recordMetricSampleSchema(this.now), input);
    await this.requireService(recording.serviceId);
    const sample = await this.measurements.insertSample(recording, recordedBy);
    await this.transaction.publish(metricSampleRecordedEvent(sample));
    // A sample without a customer (a latency probe) speaks for every customer.
    await this.evaluator.remeasure(
      this.transaction,
      sample.serviceId,
      [sample.metric],
      sample.observedAt,
      sample.observedAt,
      this.now,
      sample.customerId === null ? undefined : { customerId: sample.customerId },
    );
    return sample;
  }

  /** Ends an open outage. The periods it was judged in while open run to now, so they are
   * all judged again. */
  private async end(outage: OutageRecord, endedAt: Date, endedBy: string) {
    const ended = await this.measurements.endOutage(outage, endedAt);
    await this.transaction.publish(outageEndedEvent({ ...ended, endedAt }, endedBy));
    await this.remeasureAvailability(ended, this.now);
    return ended;
  }

  private remeasureAvailability(outage: OutageRecord, until = outage.endedAt ?? this.now) {
    return this.evaluator.remeasure(
      this.transaction,
      outage.serviceId,
      ['AVAILABILITY'],
      outage.startedAt,
      until,
      this.now,
    );
  }

  private async requireService(serviceId: string) {
    const [service] = await new ServiceRepository(this.transaction.manager).findByIds([serviceId]);
    if (!service) throw new NotFoundError('Service', serviceId, 'input.serviceId');
  }
}
