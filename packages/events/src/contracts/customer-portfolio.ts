import { z } from 'zod';
import { defineEvent, defineTopic, eventIdSchema, timestampSchema } from '../contract';

export const CUSTOMER_TIERS = ['STRATEGIC', 'KEY', 'STANDARD'] as const;
export const CUSTOMER_STATUSES = ['PROSPECT', 'ACTIVE', 'FORMER'] as const;
export const RELATIONSHIP_LEVELS = [
  'BASIC',
  'REACTIVE',
  'ACCOUNTABLE',
  'PROACTIVE',
  'PARTNERSHIP',
] as const;

export const FEEDBACK_TYPES = ['COMPLAINT', 'COMPLIMENT', 'COMMENT', 'SUGGESTION'] as const;
export const FEEDBACK_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
/** SERVQUAL's five dimensions of service quality. */
export const SERVQUAL_DIMENSIONS = [
  'TANGIBLES',
  'RELIABILITY',
  'RESPONSIVENESS',
  'ASSURANCE',
  'EMPATHY',
] as const;

export const customerTopic = defineTopic({
  name: 'itsm.customer-portfolio.customer',
  key: 'The customer id.',
  description: 'The life of each customer in the business relationship portfolio.',
});

export const customerRegistered = defineEvent({
  type: 'itsm.customer-portfolio.customer.registered.v1',
  topic: customerTopic,
  summary: 'A customer was registered in the portfolio.',
  data: z.object({
    customerId: eventIdSchema,
    code: z.string(),
    name: z.string(),
    segment: z.string().nullable(),
    tier: z.enum(CUSTOMER_TIERS),
    status: z.enum(CUSTOMER_STATUSES),
    accountManager: z.string(),
    relationshipLevel: z.enum(RELATIONSHIP_LEVELS),
    registeredAt: timestampSchema,
  }),
});

export const feedbackTopic = defineTopic({
  name: 'itsm.customer-portfolio.feedback',
  key: 'The feedback id.',
  description: 'Complaints, compliments, comments and suggestions, from logging to closure.',
});

export const surveyTopic = defineTopic({
  name: 'itsm.customer-portfolio.survey',
  key: 'The survey id.',
  description: 'SERVQUAL satisfaction surveys of customers.',
});

const feedbackFacts = {
  feedbackId: eventIdSchema,
  customerId: eventIdSchema,
  type: z.enum(FEEDBACK_TYPES),
  severity: z.enum(FEEDBACK_SEVERITIES),
  serviceId: eventIdSchema.nullable().describe('The service the feedback is about, if any.'),
  summary: z.string(),
  loggedAt: timestampSchema,
};

export const feedbackLogged = defineEvent({
  type: 'itsm.customer-portfolio.feedback.logged.v1',
  topic: feedbackTopic,
  summary: 'A customer gave feedback: a complaint, compliment, comment or suggestion.',
  data: z.object({ ...feedbackFacts, loggedBy: z.string() }),
});

export const feedbackResolved = defineEvent({
  type: 'itsm.customer-portfolio.feedback.resolved.v1',
  topic: feedbackTopic,
  summary: 'Feedback was resolved; the times to acknowledge and to resolve are measured.',
  data: z.object({
    ...feedbackFacts,
    acknowledgedAt: timestampSchema,
    resolvedAt: timestampSchema,
    resolution: z.string(),
    resolvedBy: z.string(),
  }),
});

export const surveyRecorded = defineEvent({
  type: 'itsm.customer-portfolio.survey.recorded.v1',
  topic: surveyTopic,
  summary:
    'A SERVQUAL survey was recorded. Each gap is perception minus expectation, on scores ' +
    'of 1 to 5, so a negative gap means the service fell short of what the customer expected.',
  data: z.object({
    surveyId: eventIdSchema,
    customerId: eventIdSchema,
    serviceId: eventIdSchema.nullable(),
    conductedAt: timestampSchema,
    dimensions: z
      .array(
        z.object({
          dimension: z.enum(SERVQUAL_DIMENSIONS),
          expectation: z.number().min(1).max(5),
          perception: z.number().min(1).max(5),
          gap: z.number().min(-4).max(4),
        }),
      )
      .length(SERVQUAL_DIMENSIONS.length),
    overallGap: z.number().min(-4).max(4).describe('The mean of the five gaps.'),
    netPromoterScore: z.number().int().min(-100).max(100).nullable(),
    recordedBy: z.string(),
    recordedAt: timestampSchema,
  }),
});

/** Every event customer-portfolio publishes. */
export const customerPortfolioEvents = [
  customerRegistered,
  feedbackLogged,
  feedbackResolved,
  surveyRecorded,
] as const;
