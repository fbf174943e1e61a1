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
export const FEEDBACK_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'CLOSED'] as const;
export const CONTACT_ROLES = ['DECISION_MAKER', 'SPONSOR', 'KEY_USER', 'USER', 'BILLING'] as const;
export const OBJECTIVE_STATUSES = ['DRAFT', 'AGREED', 'ACHIEVED', 'MISSED', 'WITHDRAWN'] as const;
/** Most critical first. */
export const BUSINESS_CRITICALITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export const OPPORTUNITY_STATES = [
  'IDENTIFIED',
  'ASSESSED',
  'APPROVED',
  'IN_PORTFOLIO',
  'REJECTED',
] as const;
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

/** When the customer gave the feedback and when it had to be acknowledged. */
const feedbackClock = {
  receivedAt: timestampSchema.describe(
    'When the customer gave the feedback; the response times count from here.',
  ),
  acknowledgeBy: timestampSchema.describe(
    'The acknowledgement deadline, from the severity; fixed when the feedback was logged.',
  ),
};

/** Fields added to the first agreed events: customer-portfolio always sends them, but they
 * stay optional so that events written to the first contract still validate. */
function addedLater<Shape extends Record<string, z.ZodType>>(shape: Shape) {
  return Object.fromEntries(
    Object.entries(shape).map(([name, field]) => [name, field.optional()]),
  ) as { [Name in keyof Shape]: z.ZodOptional<Shape[Name]> };
}

export const feedbackLogged = defineEvent({
  type: 'itsm.customer-portfolio.feedback.logged.v1',
  topic: feedbackTopic,
  summary: 'A customer gave feedback: a complaint, compliment, comment or suggestion.',
  data: z.object({
    ...feedbackFacts,
    loggedBy: z.string(),
    ...addedLater({
      ...feedbackClock,
      contactId: eventIdSchema.nullable().describe('The contact who gave it, if recorded.'),
    }),
  }),
});

const secondsSchema = z.number().int().min(0);

export const feedbackAcknowledged = defineEvent({
  type: 'itsm.customer-portfolio.feedback.acknowledged.v1',
  topic: feedbackTopic,
  summary: 'Feedback was acknowledged; the time to acknowledge is measured.',
  data: z.object({
    ...feedbackFacts,
    ...feedbackClock,
    acknowledgedAt: timestampSchema,
    acknowledgedBy: z.string(),
    timeToAcknowledgeSeconds: secondsSchema,
    late: z.boolean().describe('True when acknowledged after the deadline.'),
  }),
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
    ...addedLater({
      ...feedbackClock,
      timeToAcknowledgeSeconds: secondsSchema,
      timeToResolveSeconds: secondsSchema,
    }),
  }),
});

export const feedbackClosed = defineEvent({
  type: 'itsm.customer-portfolio.feedback.closed.v1',
  topic: feedbackTopic,
  summary: 'Resolved feedback was closed.',
  data: z.object({ ...feedbackFacts, closedAt: timestampSchema, closedBy: z.string() }),
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
    ...addedLater({
      overallSatisfaction: z
        .number()
        .min(1)
        .max(5)
        .nullable()
        .describe('An overall satisfaction score of 1 to 5, if asked.'),
    }),
    recordedBy: z.string(),
    recordedAt: timestampSchema,
  }),
});

const moneySchema = z.object({
  amount: z.number().min(0).describe('In major units, at most two decimals.'),
  currency: z.string().length(3).describe('ISO 4217.'),
});

/** Who made a change and when. */
const occurrence = {
  actor: z.string().describe('The subject of the caller who made the change.'),
  occurredAt: timestampSchema,
};

function customerEvent<const Verb extends string, Shape extends z.ZodRawShape>(
  verb: Verb,
  summary: string,
  shape: Shape,
) {
  return defineEvent({
    type: `itsm.customer-portfolio.customer.${verb}.v1`,
    topic: customerTopic,
    summary,
    data: z.object({ customerId: eventIdSchema, ...shape, ...occurrence }),
  });
}

export const customerUpdated = customerEvent(
  'updated',
  'Facts about a customer changed: name, segment, tier, status, account manager or ' +
    'predicted value. The data holds the customer as it is now.',
  {
    code: z.string(),
    name: z.string(),
    segment: z.string().nullable(),
    tier: z.enum(CUSTOMER_TIERS),
    status: z.enum(CUSTOMER_STATUSES),
    previousStatus: z.enum(CUSTOMER_STATUSES),
    accountManager: z.string(),
    predictedAnnualValue: moneySchema.nullable(),
    changedFields: z.array(z.string()).min(1),
  },
);

export const customerRelationshipLevelChanged = customerEvent(
  'relationship-level-changed',
  'The relationship with a customer moved to another level.',
  {
    fromLevel: z.enum(RELATIONSHIP_LEVELS),
    toLevel: z.enum(RELATIONSHIP_LEVELS),
    reason: z.string(),
  },
);

export const customerRevenueRecorded = customerEvent(
  'revenue-recorded',
  "A month's revenue from a customer was recorded, or corrected.",
  {
    period: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .describe('The month, YYYY-MM.'),
    revenue: moneySchema,
    previousRevenue: moneySchema.nullable().describe('What was recorded before, if corrected.'),
  },
);

const contactFacts = {
  contactId: eventIdSchema,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  jobTitle: z.string().nullable(),
  roles: z.array(z.enum(CONTACT_ROLES)).min(1),
};

export const contactAdded = customerEvent('contact-added', 'A contact was added.', contactFacts);
export const contactUpdated = customerEvent(
  'contact-updated',
  'A contact changed; the data holds it as it is now.',
  contactFacts,
);
export const contactRemoved = customerEvent(
  'contact-removed',
  'A contact was removed.',
  contactFacts,
);

const objectiveFacts = {
  objectiveId: eventIdSchema,
  title: z.string(),
  measure: z.string(),
  target: z.string(),
  dueDate: z.iso.date(),
  status: z.enum(OBJECTIVE_STATUSES),
  agreedByContactId: eventIdSchema.nullable(),
  agreedAt: timestampSchema.nullable(),
};

export const objectiveDefined = customerEvent(
  'objective-defined',
  'A desired business outcome of a customer was recorded as a draft.',
  objectiveFacts,
);
export const objectiveUpdated = customerEvent(
  'objective-updated',
  'A draft business objective was edited.',
  objectiveFacts,
);
export const objectiveAgreed = customerEvent(
  'objective-agreed',
  'A business objective was agreed with the customer.',
  objectiveFacts,
);
export const objectiveClosed = customerEvent(
  'objective-closed',
  'A business objective ended: achieved, missed or withdrawn.',
  { ...objectiveFacts, outcomeNote: z.string() },
);

const dependencyFacts = {
  dependencyId: eventIdSchema,
  serviceId: eventIdSchema,
  criticality: z.enum(BUSINESS_CRITICALITIES),
  userCount: z.number().int().min(0),
  businessProcess: z.string().nullable(),
};

export const serviceDependencyAdded = customerEvent(
  'service-dependency-added',
  "A customer's business was recorded as depending on a service.",
  dependencyFacts,
);
export const serviceDependencyUpdated = customerEvent(
  'service-dependency-updated',
  "The criticality or use of a customer's service dependency changed.",
  dependencyFacts,
);
export const serviceDependencyRemoved = customerEvent(
  'service-dependency-removed',
  'A customer no longer depends on a service.',
  dependencyFacts,
);

export const opportunityTopic = defineTopic({
  name: 'itsm.customer-portfolio.opportunity',
  key: 'The opportunity id.',
  description: 'New service requirements of customers, from identification to the portfolio.',
});

const opportunityFacts = {
  opportunityId: eventIdSchema,
  customerId: eventIdSchema,
  title: z.string(),
  state: z.enum(OPPORTUNITY_STATES),
  estimatedCost: moneySchema,
  serviceId: eventIdSchema.nullable(),
  signedOffByContactId: eventIdSchema.nullable(),
  signedOffAt: timestampSchema.nullable(),
};

export const opportunityIdentified = defineEvent({
  type: 'itsm.customer-portfolio.opportunity.identified.v1',
  topic: opportunityTopic,
  summary: 'A new service requirement of a customer was identified, with its business case.',
  data: z.object({ ...opportunityFacts, desiredOutcome: z.string(), ...occurrence }),
});

export const opportunityUpdated = defineEvent({
  type: 'itsm.customer-portfolio.opportunity.updated.v1',
  topic: opportunityTopic,
  summary: 'The business case of an opportunity was edited; a changed case voids the sign-off.',
  data: z.object({
    ...opportunityFacts,
    changedFields: z.array(z.string()).min(1),
    signOffVoided: z.boolean(),
    ...occurrence,
  }),
});

export const opportunitySignedOff = defineEvent({
  type: 'itsm.customer-portfolio.opportunity.signed-off.v1',
  topic: opportunityTopic,
  summary: 'The customer signed off the requirement and business case of an opportunity.',
  data: z.object({ ...opportunityFacts, ...occurrence }),
});

export const opportunityAdvanced = defineEvent({
  type: 'itsm.customer-portfolio.opportunity.advanced.v1',
  topic: opportunityTopic,
  summary: 'An opportunity moved to another state of its lifecycle.',
  data: z.object({
    ...opportunityFacts,
    fromState: z.enum(OPPORTUNITY_STATES),
    note: z.string().nullable(),
    ...occurrence,
  }),
});

/** Every event customer-portfolio publishes. */
export const customerPortfolioEvents = [
  customerRegistered,
  customerUpdated,
  customerRelationshipLevelChanged,
  customerRevenueRecorded,
  contactAdded,
  contactUpdated,
  contactRemoved,
  objectiveDefined,
  objectiveUpdated,
  objectiveAgreed,
  objectiveClosed,
  serviceDependencyAdded,
  serviceDependencyUpdated,
  serviceDependencyRemoved,
  opportunityIdentified,
  opportunityUpdated,
  opportunitySignedOff,
  opportunityAdvanced,
  feedbackLogged,
  feedbackAcknowledged,
  feedbackResolved,
  feedbackClosed,
  surveyRecorded,
] as const;
