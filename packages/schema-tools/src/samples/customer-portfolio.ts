import {
  customerRegistered,
  eventOf,
  feedbackLogged,
  feedbackResolved,
  type PendingEvent,
  SERVQUAL_DIMENSIONS,
  surveyRecorded,
} from '@itsm/events';
import { at, ids } from './ids';

const complaint = {
  feedbackId: ids.feedback,
  customerId: ids.customer,
  type: 'COMPLAINT',
  severity: 'HIGH',
  serviceId: ids.service,
  summary: 'Payments timed out during the sale.',
  loggedAt: at,
} as const;

export const customerPortfolioSamples: PendingEvent[] = [
  eventOf(customerRegistered, ids.customer, {
    customerId: ids.customer,
    code: 'ACME',
    name: 'Acme Ltd',
    segment: null,
    tier: 'KEY',
    status: 'ACTIVE',
    accountManager: 'account.manager@itsm.local',
    relationshipLevel: 'PROACTIVE',
    registeredAt: at,
  }),
  eventOf(feedbackLogged, ids.feedback, { ...complaint, loggedBy: 'account.manager@itsm.local' }),
  eventOf(feedbackResolved, ids.feedback, {
    ...complaint,
    acknowledgedAt: '2026-03-02T10:00:00Z',
    resolvedAt: '2026-03-03T09:30:00Z',
    resolution: 'Raised the gateway timeout and added capacity.',
    resolvedBy: 'account.manager@itsm.local',
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
    recordedBy: 'account.manager@itsm.local',
    recordedAt: at,
  }),
];
