import DataLoader from 'dataloader';
import type { Transactions } from '@itsm/events';
import {
  type Clock,
  canReadCustomer,
  NotFoundError,
  parseInput,
  requireAnyRole,
} from '@itsm/platform';
import { manyByKey, type RequestContext } from '@itsm/subgraph-kit';
import type { ForecastSettings } from '../domain/breach-forecast';
import { ticketLookupSchema } from '../domain/measurement';
import type { MetricSampleRecord } from '../entities/metric-sample';
import type { OutageRecord } from '../entities/outage';
import type { TicketTimingRecord } from '../entities/ticket-timing';
import { MeasurementRepository } from '../repositories/measurement-repository';
import { MeasurementRecorder } from './measurement-recorder';
import { StandingEvaluator, type TimerView } from './standing-evaluator';

/** Measurements by mutation, with the caller's role checked; the recording itself is the
 * ingest consumer's too (MeasurementRecorder). */
export class MeasurementService {
  private readonly outagesByServiceId = new DataLoader<string, OutageRecord[]>(async (ids) =>
    manyByKey(ids, await this.repository.outagesOfServices(ids), (outage) => outage.serviceId),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: MeasurementRepository,
    private readonly evaluator: StandingEvaluator,
    private readonly transactions: Transactions,
    private readonly forecastSettings: ForecastSettings,
    private readonly clock: Clock,
  ) {}

  outagesOf(serviceId: string): Promise<OutageRecord[]> {
    return this.outagesByServiceId.load(serviceId);
  }

  /** A ticket the caller may see: a CUSTOMER caller sees its own customers' tickets. */
  async ticket(wanted: string): Promise<TicketTimingRecord> {
    const { reference } = parseInput(ticketLookupSchema, { reference: wanted }, null);
    const ticket = await this.repository.findTicket(reference);
    if (!ticket || !canReadCustomer(this.request.caller, ticket.customerId)) {
      throw new NotFoundError('TicketTiming', reference, 'reference');
    }
    return ticket;
  }

  timersOf(ticket: TicketTimingRecord, at: Date | null | undefined): Promise<TimerView[]> {
    return this.evaluator.timersOf(ticket, at ?? this.clock());
  }

  recordOutage(input: unknown): Promise<OutageRecord> {
    return this.record('recordOutage', (recorder, by) => recorder.recordOutage(input, by));
  }

  endOutage(input: unknown): Promise<OutageRecord> {
    return this.record('endOutage', (recorder, by) => recorder.endOutage(input, by));
  }

  recordTicketTiming(input: unknown): Promise<TicketTimingRecord> {
    return this.record('recordTicketTiming', (recorder, by) =>
      recorder.recordTicketTiming(input, by),
    );
  }

  recordMetricSample(input: unknown): Promise<MetricSampleRecord> {
    return this.record('recordMetricSample', (recorder, by) =>
      recorder.recordMetricSample(input, by),
    );
  }

  private async record<T>(
    action: string,
    work: (recorder: MeasurementRecorder, recordedBy: string) => Promise<T>,
  ): Promise<T> {
    const now = this.clock();
    const { caller } = this.request;
    requireAnyRole(caller, ['SERVICE_LEVEL_MANAGER'], action);
    const recorded = await this.transactions.run((transaction) =>
      work(new MeasurementRecorder(transaction, now, this.forecastSettings), caller.subject),
    );
    this.request.logger.info({ action }, 'measurement recorded');
    return recorded;
  }
}
