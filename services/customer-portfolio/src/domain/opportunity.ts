import { z } from 'zod';
import { OPPORTUNITY_STATES } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';
import { moneySchema, optionalText, requiredText } from './inputs';
import { assertStateAllows, Lifecycle, transitionConflict } from './lifecycle';

export type OpportunityState = (typeof OPPORTUNITY_STATES)[number];

export const opportunityLifecycle = new Lifecycle<OpportunityState>('The opportunity', {
  IDENTIFIED: ['ASSESSED', 'REJECTED'],
  ASSESSED: ['APPROVED', 'REJECTED'],
  APPROVED: ['IN_PORTFOLIO', 'REJECTED'],
  IN_PORTFOLIO: [],
  REJECTED: [],
});

/** Before approval the business case is still open: it may be edited and signed off. */
const OPEN_STATES: readonly OpportunityState[] = ['IDENTIFIED', 'ASSESSED'];

const businessCase = {
  requirement: requiredText(5000),
  expectedBenefit: requiredText(5000),
  estimatedCost: moneySchema,
  desiredOutcome: requiredText(5000),
};

export const identifyOpportunitySchema = z.object({
  customerId: idSchema,
  title: requiredText(200),
  ...businessCase,
  serviceId: idSchema.nullish(),
});

export type OpportunityIdentification = z.infer<typeof identifyOpportunitySchema>;

export const updateOpportunitySchema = z.object({
  id: idSchema,
  title: requiredText(200).optional(),
  requirement: businessCase.requirement.optional(),
  expectedBenefit: businessCase.expectedBenefit.optional(),
  estimatedCost: moneySchema.optional(),
  desiredOutcome: businessCase.desiredOutcome.optional(),
  serviceId: idSchema.nullish(),
});

export type OpportunityPatch = Omit<z.infer<typeof updateOpportunitySchema>, 'id'>;

/** The fields the customer signs off; changing one of them voids the sign-off. */
export const BUSINESS_CASE_FIELDS = [
  'requirement',
  'expectedBenefit',
  'estimatedCost',
  'desiredOutcome',
] as const;

export const signOffOpportunitySchema = z.object({ id: idSchema, contactId: idSchema });

export const advanceOpportunitySchema = z
  .object({
    id: idSchema,
    state: z.enum(OPPORTUNITY_STATES),
    note: optionalText(2000),
  })
  .refine((advance) => advance.state !== 'REJECTED' || advance.note, {
    path: ['note'],
    message: 'must say why the opportunity is rejected',
  });

interface OpportunityFacts {
  state: OpportunityState;
  signedOffAt: Date | null;
}

/** Where the opportunity may go now: APPROVED only once the customer has signed off. */
export function allowedTransitions(opportunity: OpportunityFacts): readonly OpportunityState[] {
  return opportunityLifecycle
    .allowedFrom(opportunity.state)
    .filter((state) => state !== 'APPROVED' || opportunity.signedOffAt !== null);
}

export function assertAdvance(opportunity: OpportunityFacts, to: OpportunityState): void {
  const allowed = allowedTransitions(opportunity);
  if (allowed.includes(to)) return;
  const waitsForSignOff = opportunityLifecycle.allowedFrom(opportunity.state).includes(to);
  throw transitionConflict(
    'The opportunity',
    opportunity.state,
    to,
    allowed,
    waitsForSignOff ? 'APPROVED needs the customer’s sign-off first' : undefined,
  );
}

/** The business case is edited and signed off only while it is still open. */
export function assertBusinessCaseOpen(state: OpportunityState, action: string): void {
  assertStateAllows('The opportunity', state, action, OPEN_STATES);
}
