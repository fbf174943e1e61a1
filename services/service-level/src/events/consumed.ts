import {
  type ConsumerDefinition,
  ingestTopic,
  metricSampled,
  on,
  outageObserved,
  type ReceivedEvent,
  type Transaction,
  ticketTimed,
} from '@itsm/events';
import type { Clock } from '@itsm/platform';
import type { ServiceLevelSettings } from '../environment';
import { MeasurementRecorder } from '../services/measurement-recorder';

const at = (timestamp: string | null) => (timestamp === null ? null : new Date(timestamp));

/** Who recorded an ingested measurement: the reporting tool, as the mutation path names
 * the caller. */
const by = (event: ReceivedEvent & { data: { reporter: string } }) =>
  `${event.data.reporter} (ingest)`;

/**
 * Measurements from monitoring tools and service desks. Each goes through the recorder the
 * mutations use, inside the consumer's transaction with the inbox row, so a redelivered
 * message records nothing twice. A measurement the recorder refuses (an unknown service, a
 * timing out of order) fails the handler and ends in the dead letter topic.
 */
export const ingestConsumer = (
  settings: ServiceLevelSettings,
  clock: Clock,
): ConsumerDefinition => ({
  group: 'service-level',
  topics: [ingestTopic.name],
  handlers: [
    on(outageObserved, (event, transaction: Transaction) =>
      new MeasurementRecorder(transaction, clock(), settings.forecast)
        .recordOutage(
          {
            serviceId: event.data.serviceId,
            reference: event.data.reference,
            startedAt: new Date(event.data.startedAt),
            endedAt: at(event.data.endedAt),
            description: event.data.description,
          },
          by(event),
        )
        .then(() => undefined),
    ),
    on(ticketTimed, (event, transaction: Transaction) => {
      const ticket = event.data;
      return new MeasurementRecorder(transaction, clock(), settings.forecast)
        .recordTicketTiming(
          {
            reference: ticket.reference,
            serviceId: ticket.serviceId,
            customerId: ticket.customerId,
            priority: ticket.priority,
            openedAt: new Date(ticket.openedAt),
            respondedAt: at(ticket.respondedAt),
            resolvedAt: at(ticket.resolvedAt),
            cancelledAt: at(ticket.cancelledAt),
            pauses: ticket.pauses.map((pause) => ({
              from: new Date(pause.from),
              to: at(pause.to),
            })),
          },
          by(event),
        )
        .then(() => undefined);
    }),
    on(metricSampled, (event, transaction: Transaction) => {
      const sample = event.data;
      return new MeasurementRecorder(transaction, clock(), settings.forecast)
        .recordMetricSample(
          {
            serviceId: sample.serviceId,
            customerId: sample.customerId,
            metric: sample.metric,
            value: sample.value,
            observedAt: new Date(sample.observedAt),
          },
          by(event),
        )
        .then(() => undefined);
    }),
  ],
});
