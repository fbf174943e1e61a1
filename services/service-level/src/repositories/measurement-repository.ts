import { Brackets, type EntityManager, In, IsNull, LessThan, MoreThan } from 'typeorm';
import type { Period } from '../domain/measurement-period';
import type { MetricSampleRecording, TicketTimingRecording } from '../domain/measurement';
import type { OutageRecording } from '../domain/outage';
import { MetricSampleEntity, type MetricSampleRecord } from '../entities/metric-sample';
import { OutageEntity, type OutageRecord } from '../entities/outage';
import { TicketTimingEntity, type TicketTimingRecord } from '../entities/ticket-timing';

/** Outages, ticket timings and metric samples: what targets are judged by. */
export class MeasurementRepository {
  constructor(private readonly manager: EntityManager) {}

  private get outages() {
    return this.manager.getRepository(OutageEntity);
  }

  private get tickets() {
    return this.manager.getRepository(TicketTimingEntity);
  }

  private get samples() {
    return this.manager.getRepository(MetricSampleEntity);
  }

  outagesOfServices(serviceIds: readonly string[]): Promise<OutageRecord[]> {
    return this.outages.find({
      where: { serviceId: In([...serviceIds]) },
      order: { startedAt: 'DESC', id: 'ASC' },
    });
  }

  /** The outages of the services that overlap the span, open ones included. */
  outagesDuring(serviceIds: readonly string[], span: Period): Promise<OutageRecord[]> {
    const serviceId = In([...serviceIds]);
    return this.outages.find({
      where: [
        { serviceId, startedAt: LessThan(span.end), endedAt: MoreThan(span.start) },
        { serviceId, startedAt: LessThan(span.end), endedAt: IsNull() },
      ],
    });
  }

  findOutageForUpdate(where: { id: string } | { reference: string }): Promise<OutageRecord | null> {
    return this.outages.findOne({ where, lock: { mode: 'pessimistic_write' } });
  }

  insertOutage(outage: OutageRecording, recordedBy: string): Promise<OutageRecord> {
    return this.outages.save(this.outages.create({ ...outage, recordedBy }));
  }

  async endOutage(outage: OutageRecord, endedAt: Date): Promise<OutageRecord> {
    await this.outages.update({ id: outage.id }, { endedAt });
    return { ...outage, endedAt };
  }

  findTicket(reference: string): Promise<TicketTimingRecord | null> {
    return this.tickets.findOneBy({ reference });
  }

  /** Records a ticket's timings, or replaces those recorded before under its reference. */
  async upsertTicket(
    timing: TicketTimingRecording,
    recordedBy: string,
  ): Promise<{ ticket: TicketTimingRecord; previous: TicketTimingRecord | null }> {
    const previous = await this.tickets.findOne({
      where: { reference: timing.reference },
      lock: { mode: 'pessimistic_write' },
    });
    await this.tickets.upsert({ ...timing, recordedBy }, ['reference']);
    const ticket = await this.tickets.findOneByOrFail({ reference: timing.reference });
    return { ticket, previous };
  }

  /** The tickets of the scope opened in the span: each is judged in the period it opened. */
  ticketsOpenedDuring(scope: MeasurementScope, span: Period): Promise<TicketTimingRecord[]> {
    return this.tickets
      .createQueryBuilder('ticket')
      .where('ticket.opened_at >= :start AND ticket.opened_at < :end', span)
      .andWhere(withinScope('ticket', scope, { customerlessCountForAll: false }))
      .orderBy('ticket.opened_at')
      .addOrderBy('ticket.id')
      .getMany();
  }

  insertSample(sample: MetricSampleRecording, recordedBy: string): Promise<MetricSampleRecord> {
    return this.samples.save(this.samples.create({ ...sample, recordedBy }));
  }

  /** The samples of the scope and metrics observed in the span. A sample without a
   * customer (a latency probe) speaks for every customer. */
  samplesDuring(
    scope: MeasurementScope,
    metrics: readonly string[],
    span: Period,
  ): Promise<MetricSampleRecord[]> {
    return this.samples
      .createQueryBuilder('sample')
      .where('sample.metric IN (:...metrics)', { metrics })
      .andWhere('sample.observed_at >= :start AND sample.observed_at < :end', span)
      .andWhere(withinScope('sample', scope, { customerlessCountForAll: true }))
      .getMany();
  }
}

/** Whose measurements to read: every customer's on some services, and only some customers'
 * on others. A customer-based agreement counts only its customer's tickets, so a page of
 * customers need not read every ticket of their services. */
export interface MeasurementScope {
  everyCustomerOn: readonly string[];
  customersOn: { serviceIds: readonly string[]; customerIds: readonly string[] };
}

/** The rows of a measurement table (as `alias`) that the scope reads; with
 * `customerlessCountForAll`, rows without a customer count for each customer too. */
function withinScope(
  alias: string,
  scope: MeasurementScope,
  { customerlessCountForAll }: { customerlessCountForAll: boolean },
): Brackets {
  const ofCustomers = customerlessCountForAll
    ? `(${alias}.customer_id IS NULL OR ${alias}.customer_id = ANY(:customers))`
    : `${alias}.customer_id = ANY(:customers)`;
  return new Brackets((of) =>
    of
      .where(`${alias}.service_id = ANY(:everyCustomerOn)`, {
        everyCustomerOn: scope.everyCustomerOn,
      })
      .orWhere(`${alias}.service_id = ANY(:services) AND ${ofCustomers}`, {
        services: scope.customersOn.serviceIds,
        customers: scope.customersOn.customerIds,
      }),
  );
}
