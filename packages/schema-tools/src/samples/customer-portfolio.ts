import {
  contactAdded,
  contactRemoved,
  contactUpdated,
  customerRegistered,
  customerRelationshipLevelChanged,
  customerRevenueRecorded,
  customerUpdated,
  eventOf,
  feedbackAcknowledged,
  feedbackClosed,
  feedbackLogged,
  feedbackResolved,
  objectiveAgreed,
  objectiveClosed,
  objectiveDefined,
  objectiveUpdated,
  opportunityAdvanced,
  opportunityIdentified,
  opportunitySignedOff,
  opportunityUpdated,
  type PendingEvent,
  SERVQUAL_DIMENSIONS,
  serviceDependencyAdded,
  serviceDependencyRemoved,
  serviceDependencyUpdated,
  surveyRecorded,
} from '@itsm/events';
import { at, ids } from './ids';

/** Ids only these samples use. */
const local = {
  contact: 'a5e3f4fc-27b8-4d0d-9dc1-f2b1c0dfef0b',
  objective: 'b6f405fd-38c9-4e1e-8ed2-03c2d1e0f00c',
  dependency: 'c7051600-49da-4f2f-9fe3-14d3e2f1010d',
  opportunity: 'd8162711-5aeb-4a30-8af4-25e4f302120e',
};

const manager = 'account.manager@itsm.local';
const occurrence = { actor: manager, occurredAt: at };

const complaint = {
  feedbackId: ids.feedback,
  customerId: ids.customer,
  type: 'COMPLAINT',
  severity: 'HIGH',
  serviceId: ids.service,
  summary: 'Payments timed out during the sale.',
  loggedAt: at,
} as const;

const feedbackClock = { receivedAt: '2026-03-02T09:00:00Z', acknowledgeBy: '2026-03-02T13:00:00Z' };

const contact = {
  customerId: ids.customer,
  contactId: local.contact,
  name: 'Sari Wijaya',
  email: 'sari@acme.example',
  phone: null,
  jobTitle: 'Head of e-commerce',
  roles: ['DECISION_MAKER', 'SPONSOR'] as ('DECISION_MAKER' | 'SPONSOR')[],
  ...occurrence,
};

const objective = {
  customerId: ids.customer,
  objectiveId: local.objective,
  title: 'Fewer abandoned checkouts',
  measure: 'Checkout payment success rate',
  target: '99.5 %',
  dueDate: '2026-06-30',
  status: 'DRAFT',
  agreedByContactId: null,
  agreedAt: null,
  ...occurrence,
} as const;

const dependency = {
  customerId: ids.customer,
  dependencyId: local.dependency,
  serviceId: ids.service,
  criticality: 'CRITICAL',
  userCount: 1200,
  businessProcess: 'Checkout',
  ...occurrence,
} as const;

const opportunity = {
  opportunityId: local.opportunity,
  customerId: ids.customer,
  title: 'E-wallet payments',
  state: 'IDENTIFIED',
  estimatedCost: { amount: 150000000, currency: 'IDR' },
  serviceId: ids.service,
  signedOffByContactId: null,
  signedOffAt: null,
  ...occurrence,
} as const;
const signedOff = { signedOffByContactId: local.contact, signedOffAt: at };

export const customerPortfolioSamples: PendingEvent[] = [
  eventOf(customerRegistered, ids.customer, {
    customerId: ids.customer,
    code: 'ACME',
    name: 'Acme Ltd',
    segment: null,
    tier: 'KEY',
    status: 'ACTIVE',
    accountManager: manager,
    relationshipLevel: 'PROACTIVE',
    registeredAt: at,
  }),
  eventOf(customerUpdated, ids.customer, {
    customerId: ids.customer,
    code: 'ACME',
    name: 'Acme Ltd',
    segment: 'E-commerce',
    tier: 'STRATEGIC',
    status: 'ACTIVE',
    previousStatus: 'PROSPECT',
    accountManager: manager,
    predictedAnnualValue: { amount: 2500000000, currency: 'IDR' },
    changedFields: ['segment', 'tier', 'status', 'predictedAnnualValue'],
    ...occurrence,
  }),
  eventOf(customerRelationshipLevelChanged, ids.customer, {
    customerId: ids.customer,
    fromLevel: 'REACTIVE',
    toLevel: 'PROACTIVE',
    reason: 'Quarterly business reviews agreed.',
    ...occurrence,
  }),
  eventOf(customerRevenueRecorded, ids.customer, {
    customerId: ids.customer,
    period: '2026-02',
    revenue: { amount: 210000000, currency: 'IDR' },
    previousRevenue: null,
    ...occurrence,
  }),
  eventOf(contactAdded, ids.customer, contact),
  eventOf(contactUpdated, ids.customer, { ...contact, phone: '+62 21 555 0100' }),
  eventOf(contactRemoved, ids.customer, contact),
  eventOf(objectiveDefined, ids.customer, objective),
  eventOf(objectiveUpdated, ids.customer, { ...objective, target: '99.7 %' }),
  eventOf(objectiveAgreed, ids.customer, {
    ...objective,
    status: 'AGREED',
    agreedByContactId: local.contact,
    agreedAt: at,
  }),
  eventOf(objectiveClosed, ids.customer, {
    ...objective,
    status: 'ACHIEVED',
    agreedByContactId: local.contact,
    agreedAt: at,
    outcomeNote: 'Success rate reached 99.6 % in June.',
  }),
  eventOf(serviceDependencyAdded, ids.customer, dependency),
  eventOf(serviceDependencyUpdated, ids.customer, { ...dependency, userCount: 1500 }),
  eventOf(serviceDependencyRemoved, ids.customer, dependency),
  eventOf(opportunityIdentified, local.opportunity, {
    ...opportunity,
    desiredOutcome: 'Buyers pay from their e-wallets at checkout.',
  }),
  eventOf(opportunityUpdated, local.opportunity, {
    ...opportunity,
    changedFields: ['estimatedCost'],
    signOffVoided: false,
  }),
  eventOf(opportunitySignedOff, local.opportunity, { ...opportunity, ...signedOff }),
  eventOf(opportunityAdvanced, local.opportunity, {
    ...opportunity,
    ...signedOff,
    state: 'APPROVED',
    fromState: 'ASSESSED',
    note: null,
  }),
  eventOf(feedbackLogged, ids.feedback, {
    ...complaint,
    loggedBy: manager,
    ...feedbackClock,
    contactId: local.contact,
  }),
  eventOf(feedbackAcknowledged, ids.feedback, {
    ...complaint,
    ...feedbackClock,
    acknowledgedAt: '2026-03-02T10:00:00Z',
    acknowledgedBy: manager,
    timeToAcknowledgeSeconds: 3600,
    late: false,
  }),
  eventOf(feedbackResolved, ids.feedback, {
    ...complaint,
    acknowledgedAt: '2026-03-02T10:00:00Z',
    resolvedAt: '2026-03-03T09:30:00Z',
    resolution: 'Raised the gateway timeout and added capacity.',
    resolvedBy: manager,
    ...feedbackClock,
    timeToAcknowledgeSeconds: 3600,
    timeToResolveSeconds: 88200,
  }),
  eventOf(feedbackClosed, ids.feedback, {
    ...complaint,
    closedAt: '2026-03-04T09:00:00Z',
    closedBy: manager,
  }),
  eventOf(surveyRecorded, ids.survey, {
    surveyId: ids.survey,
    customerId: ids.customer,
    serviceId: null,
    conductedAt: at,
    dimensions: SERVQUAL_DIMENSIONS.map((dimension) => ({
      dimension,
      expectation: 5,
      perception: 4,
      gap: -1,
    })),
    overallGap: -1,
    netPromoterScore: 20,
    overallSatisfaction: 4,
    recordedBy: manager,
    recordedAt: at,
  }),
];
