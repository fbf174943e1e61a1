import { entityReference } from '@itsm/subgraph-kit';
import { UNIT_OF } from '../domain/attainment';
import type {
  MetricSampleResolvers,
  TicketTimerResolvers,
  TicketTimingResolvers,
} from '../generated/graphql';

const minutes = (ms: number) => Number((ms / 60_000).toFixed(3));

export const TicketTiming: TicketTimingResolvers = {
  service: (ticket, _args, { catalogue }) => catalogue.get(ticket.serviceId, 'serviceId'),
  customer: (ticket) => entityReference(ticket.customerId),
  timers: (ticket, { at }, { measurements }) => measurements.timersOf(ticket, at),
};

export const TicketTimer: TicketTimerResolvers = {
  goalMinutes: (timer) => minutes(timer.goal.durationMs),
  businessElapsedMinutes: (timer) => minutes(timer.businessElapsedMs),
  businessPausedMinutes: (timer) => minutes(timer.businessPausedMs),
  actualElapsedMinutes: (timer) => minutes(timer.actualElapsedMs),
  thresholds: (timer) => timer.firings,
};

export const MetricSample: MetricSampleResolvers = {
  service: (sample, _args, { catalogue }) => catalogue.get(sample.serviceId, 'serviceId'),
  customer: (sample) => entityReference(sample.customerId),
  unit: (sample) => UNIT_OF[sample.metric],
};
