import { z } from 'zod';
import { defineEvent, defineTopic, eventIdSchema, timestampSchema } from '../contract';

export const SERVICE_LIFECYCLES = ['PIPELINE', 'LIVE', 'RETIRED'] as const;
export const AGREEMENT_TYPES = ['CUSTOMER_BASED', 'SERVICE_BASED', 'MULTI_LEVEL'] as const;
export const AGREEMENT_STATUSES = [
  'DRAFT',
  'NEGOTIATING',
  'AGREED',
  'ACTIVE',
  'UNDER_REVIEW',
  'EXPIRED',
  'TERMINATED',
] as const;

export const TARGET_METRICS = [
  'AVAILABILITY',
  'RESPONSE_TIME',
  'RESOLUTION_TIME',
  'PERFORMANCE',
  'CUSTOMER_SATISFACTION',
] as const;
export const TARGET_STATUSES = ['MET', 'AT_RISK', 'BREACHED'] as const;
/** The unit of a target's value and of its measurements. */
export const MEASUREMENT_UNITS = ['PERCENT', 'MINUTES', 'MILLISECONDS', 'SCORE'] as const;
export const MEASUREMENT_PERIODS = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
/** The levels of a multi-level agreement, from the top. */
export const AGREEMENT_LEVELS = ['CORPORATE', 'CUSTOMER', 'SERVICE'] as const;
export const SIGNATORY_PARTIES = ['PROVIDER', 'CUSTOMER'] as const;
/** Operational level agreements with internal teams, underpinning contracts with suppliers. */
export const SUPPORTING_AGREEMENT_KINDS = ['OLA', 'UC'] as const;
export const TICKET_PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
/** The metrics measured from samples rather than from outages or ticket timings. */
export const SAMPLED_METRICS = ['PERFORMANCE', 'CUSTOMER_SATISFACTION'] as const;

export const serviceTopic = defineTopic({
  name: 'itsm.service-level.service',
  key: 'The service id.',
  description: 'The service catalogue: services entering, going live and retiring.',
});

export const agreementTopic = defineTopic({
  name: 'itsm.service-level.agreement',
  key: 'The agreement id.',
  description: 'Service level agreements through their lifecycle.',
});

export const outageTopic = defineTopic({
  name: 'itsm.service-level.outage',
  key: 'The outage id.',
  description: 'Outages of services, the measurements that availability targets are judged by.',
});

export const serviceRegistered = defineEvent({
  type: 'itsm.service-level.service.registered.v1',
  topic: serviceTopic,
  summary: 'A service was added to the catalogue.',
  data: z.object({
    serviceId: eventIdSchema,
    name: z.string(),
    owner: z.string(),
    lifecycle: z.enum(SERVICE_LIFECYCLES),
    registeredAt: timestampSchema,
  }),
});

export const agreementDrafted = defineEvent({
  type: 'itsm.service-level.agreement.drafted.v1',
  topic: agreementTopic,
  summary: 'A service level agreement was drafted.',
  data: z.object({
    agreementId: eventIdSchema,
    name: z.string(),
    type: z.enum(AGREEMENT_TYPES),
    status: z.enum(AGREEMENT_STATUSES),
    customerId: eventIdSchema.nullable().describe('Null for a service-based agreement.'),
    serviceIds: z.array(eventIdSchema).min(1),
    validFrom: timestampSchema.nullable(),
    validTo: timestampSchema.nullable(),
    draftedAt: timestampSchema,
  }),
});

export const outageRecorded = defineEvent({
  type: 'itsm.service-level.outage.recorded.v1',
  topic: outageTopic,
  summary: 'An outage of a service was recorded; an open outage has no end yet.',
  data: z.object({
    outageId: eventIdSchema,
    serviceId: eventIdSchema,
    startedAt: timestampSchema,
    endedAt: timestampSchema.nullable(),
    description: z.string().nullable(),
    recordedBy: z.string(),
    recordedAt: timestampSchema,
  }),
});

export const targetTopic = defineTopic({
  name: 'itsm.service-level.target',
  key: 'The service level target id.',
  description:
    'How each service level target stands in each measurement period: attainment, risk and ' +
    'breach. Keyed by target, so the events of one target arrive in order.',
});

/** What every target event says about the target, the service measured and the period. */
const targetStanding = {
  targetId: eventIdSchema,
  agreementId: eventIdSchema,
  customerId: eventIdSchema.nullable().describe('Null for a service-based agreement.'),
  serviceId: eventIdSchema.describe('The service whose measurements were judged.'),
  metric: z.enum(TARGET_METRICS),
  unit: z.enum(MEASUREMENT_UNITS),
  targetValue: z.number(),
  measuredValue: z.number().nullable().describe('Null while the period has no measurement.'),
  status: z.enum(TARGET_STATUSES),
  errorBudgetConsumedPercent: z
    .number()
    .min(0)
    .describe('Share of the allowed shortfall used so far; 100 or more is a breach.'),
  periodStart: timestampSchema,
  periodEnd: timestampSchema,
  evaluatedAt: timestampSchema,
};

export const targetMeasured = defineEvent({
  type: 'itsm.service-level.target.measured.v1',
  topic: targetTopic,
  summary: 'A measurement changed how a target stands in a period.',
  data: z.object(targetStanding),
});

export const targetAtRisk = defineEvent({
  type: 'itsm.service-level.target.at-risk.v1',
  topic: targetTopic,
  summary:
    'A target became at risk in a period, by the share of its error budget used or by its ' +
    'breach forecast; published once per target, service and period.',
  data: z.object({
    ...targetStanding,
    breachProbability: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .default(null)
      .describe(
        'The forecast probability of ending the period breached, when the period is the ' +
          'current one; above the configured probability it raises this event on its own.',
      ),
  }),
});

export const targetBreached = defineEvent({
  type: 'itsm.service-level.target.breached.v1',
  topic: targetTopic,
  summary: 'A target was breached in a period; published once per target, service and period.',
  data: z.object(targetStanding),
});

export const serviceLifecycleChanged = defineEvent({
  type: 'itsm.service-level.service.lifecycle-changed.v1',
  topic: serviceTopic,
  summary: 'A service moved along PIPELINE, LIVE and RETIRED.',
  data: z.object({
    serviceId: eventIdSchema,
    from: z.enum(SERVICE_LIFECYCLES),
    to: z.enum(SERVICE_LIFECYCLES),
    changedBy: z.string(),
    changedAt: timestampSchema,
  }),
});

export const serviceCalendarAssigned = defineEvent({
  type: 'itsm.service-level.service.calendar-assigned.v1',
  topic: serviceTopic,
  summary: 'The business calendar whose service hours a service is measured in changed.',
  data: z.object({
    serviceId: eventIdSchema,
    calendarId: eventIdSchema.nullable().describe('Null: round the clock, in UTC.'),
    assignedBy: z.string(),
    assignedAt: timestampSchema,
  }),
});

export const calendarTopic = defineTopic({
  name: 'itsm.service-level.calendar',
  key: 'The business calendar id.',
  description: 'Business calendars: service hours per weekday in a time zone, and holidays.',
});

const workingHours = z.object({
  weekday: z.enum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']),
  start: z.string().describe('Local time, HH:MM.'),
  end: z.string().describe('Local time, HH:MM; 24:00 is the end of the day.'),
});
const holiday = z.object({ date: z.iso.date(), name: z.string() });

export const calendarDefined = defineEvent({
  type: 'itsm.service-level.calendar.defined.v1',
  topic: calendarTopic,
  summary: 'A business calendar was defined.',
  data: z.object({
    calendarId: eventIdSchema,
    name: z.string(),
    timeZone: z.string().describe('An IANA time zone, such as Asia/Jakarta.'),
    workingHours: z.array(workingHours),
    holidays: z.array(holiday),
    definedAt: timestampSchema,
  }),
});

export const calendarHolidayAdded = defineEvent({
  type: 'itsm.service-level.calendar.holiday-added.v1',
  topic: calendarTopic,
  summary: 'A holiday, a day without service hours, was added to a business calendar.',
  data: z.object({
    calendarId: eventIdSchema,
    holiday,
    addedBy: z.string(),
    addedAt: timestampSchema,
  }),
});

export const requirementTopic = defineTopic({
  name: 'itsm.service-level.requirement',
  key: 'The service level requirement id.',
  description: "Customers' service level requirements, captured before any agreement exists.",
});

const requiredTarget = {
  metric: z.enum(TARGET_METRICS),
  unit: z.enum(MEASUREMENT_UNITS),
  targetValue: z.number(),
  priority: z.enum(TICKET_PRIORITIES).nullable().describe('For ticket metrics; null: any.'),
  compliancePercent: z
    .number()
    .nullable()
    .describe('The share of observations that must meet the value; null for AVAILABILITY.'),
  measurementPeriod: z.enum(MEASUREMENT_PERIODS),
};

export const requirementCaptured = defineEvent({
  type: 'itsm.service-level.requirement.captured.v1',
  topic: requirementTopic,
  summary: "A customer's service level requirement was captured.",
  data: z.object({
    requirementId: eventIdSchema,
    customerId: eventIdSchema,
    title: z.string(),
    serviceIds: z.array(eventIdSchema).min(1),
    targets: z.array(z.object(requiredTarget)).min(1),
    capturedBy: z.string(),
    capturedAt: timestampSchema,
  }),
});

export const agreementStatusChanged = defineEvent({
  type: 'itsm.service-level.agreement.status-changed.v1',
  topic: agreementTopic,
  summary: 'An agreement moved through its lifecycle, for example from AGREED to ACTIVE.',
  data: z.object({
    agreementId: eventIdSchema,
    customerId: eventIdSchema.nullable(),
    from: z.enum(AGREEMENT_STATUSES),
    to: z.enum(AGREEMENT_STATUSES),
    reviewDate: timestampSchema.nullable(),
    changedBy: z.string(),
    changedAt: timestampSchema,
  }),
});

export const agreementSigned = defineEvent({
  type: 'itsm.service-level.agreement.signed.v1',
  topic: agreementTopic,
  summary: 'A signatory of the provider or of the customer signed an agreement.',
  data: z.object({
    agreementId: eventIdSchema,
    name: z.string(),
    role: z.string(),
    party: z.enum(SIGNATORY_PARTIES),
    signedAt: timestampSchema,
  }),
});

export const agreementTargetAdded = defineEvent({
  type: 'itsm.service-level.agreement.target-added.v1',
  topic: agreementTopic,
  summary: 'A service level target was added to an agreement under negotiation.',
  data: z.object({
    agreementId: eventIdSchema,
    targetId: eventIdSchema,
    serviceId: eventIdSchema.nullable().describe('Null: every service of the agreement.'),
    ...requiredTarget,
    warningThresholdPercent: z.number(),
    calendarId: eventIdSchema.nullable().describe("Null: each service's own calendar."),
  }),
});

export const supportingAgreementTopic = defineTopic({
  name: 'itsm.service-level.supporting-agreement',
  key: 'The supporting agreement id.',
  description:
    'Operational level agreements (internal teams) and underpinning contracts (suppliers), ' +
    'and the targets with which they support service level targets.',
});

export const supportingAgreementRegistered = defineEvent({
  type: 'itsm.service-level.supporting-agreement.registered.v1',
  topic: supportingAgreementTopic,
  summary: 'An operational level agreement or an underpinning contract was registered.',
  data: z.object({
    supportingAgreementId: eventIdSchema,
    kind: z.enum(SUPPORTING_AGREEMENT_KINDS),
    name: z.string(),
    provider: z.string().describe('The internal team (OLA) or the supplier (UC).'),
    validFrom: timestampSchema.nullable(),
    validTo: timestampSchema.nullable(),
    registeredAt: timestampSchema,
  }),
});

export const supportingTargetAdded = defineEvent({
  type: 'itsm.service-level.supporting-agreement.target-added.v1',
  topic: supportingAgreementTopic,
  summary: 'A supporting agreement committed to a target that supports a service level target.',
  data: z.object({
    supportingAgreementId: eventIdSchema,
    supportingTargetId: eventIdSchema,
    supportsTargetId: eventIdSchema,
    serviceId: eventIdSchema,
    metric: z.enum(TARGET_METRICS),
    unit: z.enum(MEASUREMENT_UNITS),
    targetValue: z.number(),
    compliancePercent: z.number().nullable(),
    step: z
      .number()
      .int()
      .nullable()
      .describe('Its place in a sequence of steps that carry the target together; null: alone.'),
    addedAt: timestampSchema,
  }),
});

export const outageEnded = defineEvent({
  type: 'itsm.service-level.outage.ended.v1',
  topic: outageTopic,
  summary: 'An outage that was recorded while it went on has ended.',
  data: z.object({
    outageId: eventIdSchema,
    serviceId: eventIdSchema,
    startedAt: timestampSchema,
    endedAt: timestampSchema,
    endedBy: z.string(),
  }),
});

export const measurementTopic = defineTopic({
  name: 'itsm.service-level.measurement',
  key: 'The ticket timing or metric sample id.',
  description: 'Ticket timings and metric samples, the measurements of the other targets.',
});

const pause = z.object({ from: timestampSchema, to: timestampSchema.nullable() });

/** A ticket's timings, as a service desk reports them and as service-level records them. */
const ticketTimings = {
  serviceId: eventIdSchema,
  customerId: eventIdSchema.nullable(),
  priority: z.enum(TICKET_PRIORITIES),
  openedAt: timestampSchema,
  respondedAt: timestampSchema.nullable(),
  resolvedAt: timestampSchema.nullable(),
  cancelledAt: timestampSchema.nullable(),
  pauses: z.array(pause),
};

export const ticketTimingRecorded = defineEvent({
  type: 'itsm.service-level.ticket-timing.recorded.v1',
  topic: measurementTopic,
  summary: 'The timings of a ticket were recorded, or replaced by newer ones.',
  data: z.object({
    ticketTimingId: eventIdSchema,
    reference: z.string().describe("The ticket's reference in the service desk."),
    ...ticketTimings,
    recordedBy: z.string(),
    recordedAt: timestampSchema,
  }),
});

export const metricSampleRecorded = defineEvent({
  type: 'itsm.service-level.metric-sample.recorded.v1',
  topic: measurementTopic,
  summary: 'A performance or customer satisfaction sample was recorded.',
  data: z.object({
    sampleId: eventIdSchema,
    serviceId: eventIdSchema,
    customerId: eventIdSchema.nullable(),
    metric: z.enum(SAMPLED_METRICS),
    unit: z.enum(MEASUREMENT_UNITS),
    value: z.number(),
    observedAt: timestampSchema,
    recordedBy: z.string(),
  }),
});

/** Every event service-level publishes. */
export const serviceLevelEvents = [
  serviceRegistered,
  serviceLifecycleChanged,
  serviceCalendarAssigned,
  calendarDefined,
  calendarHolidayAdded,
  requirementCaptured,
  agreementDrafted,
  agreementStatusChanged,
  agreementSigned,
  agreementTargetAdded,
  supportingAgreementRegistered,
  supportingTargetAdded,
  outageRecorded,
  outageEnded,
  ticketTimingRecorded,
  metricSampleRecorded,
  targetMeasured,
  targetAtRisk,
  targetBreached,
] as const;

export const ingestTopic = defineTopic({
  name: 'itsm.service-level.ingest',
  key: 'The service id the measurement is about.',
  sender: 'Monitoring tools and service desks',
  description:
    'Measurements for service-level from monitoring tools and service desks: outages, ticket ' +
    'timings and metric samples. service-level consumes them as it takes the same ' +
    'measurements by mutation; a message it cannot use goes to the dead letter topic.',
});

const reporter = z.string().min(1).max(200).describe('The tool that reports, e.g. zabbix.');

export const outageObserved = defineEvent({
  type: 'itsm.monitoring.outage.observed.v1',
  topic: ingestTopic,
  summary:
    'A monitoring tool saw a service go down, or come back: the first message of a reference ' +
    'records the outage, a later one with endedAt ends it.',
  data: z.object({
    serviceId: eventIdSchema,
    reference: z
      .string()
      .min(1)
      .max(200)
      .describe("The tool's id for the outage, e.g. its alert id."),
    startedAt: timestampSchema,
    endedAt: timestampSchema.nullable(),
    description: z.string().max(2000).nullable(),
    reporter,
  }),
});

export const ticketTimed = defineEvent({
  type: 'itsm.monitoring.ticket.timed.v1',
  topic: ingestTopic,
  summary:
    "A service desk reports a ticket's timings; a later report of a reference replaces them.",
  data: z.object({
    reference: z.string().min(1).max(200),
    ...ticketTimings,
    reporter,
  }),
});

export const metricSampled = defineEvent({
  type: 'itsm.monitoring.metric.sampled.v1',
  topic: ingestTopic,
  summary: 'A monitoring tool or a survey took one performance or satisfaction sample.',
  data: z.object({
    serviceId: eventIdSchema,
    customerId: eventIdSchema.nullable(),
    metric: z.enum(SAMPLED_METRICS),
    value: z.number(),
    observedAt: timestampSchema,
    reporter,
  }),
});

/** What service-level takes in from outside tools on its ingest topic. */
export const serviceLevelIngestEvents = [outageObserved, ticketTimed, metricSampled] as const;
