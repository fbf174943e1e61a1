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
  summary: 'A target became at risk in a period; published once per target, service and period.',
  data: z.object(targetStanding),
});

export const targetBreached = defineEvent({
  type: 'itsm.service-level.target.breached.v1',
  topic: targetTopic,
  summary: 'A target was breached in a period; published once per target, service and period.',
  data: z.object(targetStanding),
});

/** Every event service-level publishes. */
export const serviceLevelEvents = [
  serviceRegistered,
  agreementDrafted,
  outageRecorded,
  targetMeasured,
  targetAtRisk,
  targetBreached,
] as const;
