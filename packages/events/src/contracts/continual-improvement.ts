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
/** Whether a measure improves by going up (availability) or down (resolution time). */
export const MEASURE_DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;

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
    serviceId: eventIdSchema
      .nullable()
      .describe('The first of serviceIds, or null when the initiative concerns no service.'),
    serviceIds: z
      .array(eventIdSchema)
      .describe('Every service the initiative concerns.')
      .optional(),
    agreementIds: z
      .array(eventIdSchema)
      .describe('The service level agreements the initiative concerns.')
      .optional(),
    triggeredBy: z
      .array(eventIdSchema)
      .describe(
        'The ids of the events that caused a rule to open it; empty when identified by hand.',
      ),
    identifiedAt: timestampSchema,
  }),
});

export const improvementAdvanced = defineEvent({
  type: 'itsm.continual-improvement.improvement.advanced.v1',
  topic: improvementTopic,
  summary: 'An initiative moved along its lifecycle, for example from APPROVED to IN_PROGRESS.',
  data: z.object({
    initiativeId: eventIdSchema,
    fromState: z.enum(IMPROVEMENT_STATES),
    state: z.enum(IMPROVEMENT_STATES),
    reason: z.string().nullable(),
    customerId: eventIdSchema.nullable(),
    actor: z.string().describe('Who moved it.'),
    occurredAt: timestampSchema,
  }),
});

const measure = z.object({
  name: z.string(),
  unit: z.string(),
  direction: z.enum(MEASURE_DIRECTIONS),
  baseline: z.number(),
  target: z.number(),
  actual: z.number(),
});

export const improvementValidated = defineEvent({
  type: 'itsm.continual-improvement.improvement.validated.v1',
  topic: improvementTopic,
  summary:
    'An implemented initiative was validated: its actual measure met the target. Published ' +
    'with the advanced event of the same transition.',
  data: z.object({
    initiativeId: eventIdSchema,
    customerId: eventIdSchema.nullable(),
    measure,
    expectedBenefitValue: z.number().nullable(),
    realisedBenefitValue: z
      .number()
      .nullable()
      .describe('In the same currency as the expected value.'),
    validatedBy: z.string(),
    validatedAt: timestampSchema,
  }),
});

export const improvementEscalated = defineEvent({
  type: 'itsm.continual-improvement.improvement.escalated.v1',
  topic: improvementTopic,
  summary: 'A rule raised the priority of an open initiative on new evidence.',
  data: z.object({
    initiativeId: eventIdSchema,
    customerId: eventIdSchema.nullable(),
    fromPriority: z.enum(PRIORITIES),
    priority: z.enum(PRIORITIES),
    triggeredBy: z.array(eventIdSchema).describe('The events of the new evidence.'),
    escalatedAt: timestampSchema,
  }),
});

/** Every event continual-improvement publishes. */
export const continualImprovementEvents = [
  improvementIdentified,
  improvementAdvanced,
  improvementValidated,
  improvementEscalated,
] as const;
