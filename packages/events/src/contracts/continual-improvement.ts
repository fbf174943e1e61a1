import { z } from 'zod';
import { defineEvent, defineTopic, eventIdSchema, timestampSchema } from '../contract';

export const IMPROVEMENT_SOURCES = [
  'SLA_BREACH',
  'OUTAGE',
  'COMPLAINT',
  'SURVEY',
  'CHANGE_FAILURE',
  'REVIEW',
  'MANUAL',
] as const;
export const IMPROVEMENT_STATES = [
  'IDENTIFIED',
  'ASSESSED',
  'APPROVED',
  'IN_PROGRESS',
  'IMPLEMENTED',
  'VALIDATED',
  'CLOSED',
  'REJECTED',
] as const;
export const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;

export const improvementTopic = defineTopic({
  name: 'itsm.continual-improvement.improvement',
  key: 'The improvement initiative id.',
  description: 'The CSI register: initiatives from identification to closure.',
});

export const improvementIdentified = defineEvent({
  type: 'itsm.continual-improvement.improvement.identified.v1',
  topic: improvementTopic,
  summary: 'An improvement initiative entered the CSI register, by hand or through a rule.',
  data: z.object({
    initiativeId: eventIdSchema,
    title: z.string(),
    source: z.enum(IMPROVEMENT_SOURCES),
    priority: z.enum(PRIORITIES),
    state: z.enum(IMPROVEMENT_STATES),
    owner: z.string().nullable(),
    customerId: eventIdSchema.nullable(),
    serviceId: eventIdSchema.nullable(),
    triggeredBy: z
      .array(eventIdSchema)
      .describe(
        'The ids of the events that caused a rule to open it; empty when identified by hand.',
      ),
    identifiedAt: timestampSchema,
  }),
});

/** Every event continual-improvement publishes. */
export const continualImprovementEvents = [improvementIdentified] as const;
