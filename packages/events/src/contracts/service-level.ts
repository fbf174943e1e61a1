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
