import { z } from 'zod';
import {
  APPROVAL_DECISIONS,
  CHANGE_STATES,
  CHANGE_TYPES,
  REVIEW_OUTCOMES,
} from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';
import { LEVELS, type Level } from './ratings';

export type ChangeType = (typeof CHANGE_TYPES)[number];
export type ChangeState = (typeof CHANGE_STATES)[number];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const MAX_AFFECTED_SERVICES = 50;

const title = z.string().trim().min(1, 'must not be empty').max(200);
const plan = z.string().trim().min(1, 'must not be empty').max(10_000).nullish();
const level = z.enum(LEVELS).nullish();

/** What describes a change and may still be edited while it is a draft. */
const details = {
  description: z.string().max(5000).nullish(),
  category: z.string().trim().min(1, 'must not be empty').max(100).nullish(),
  impact: level,
  urgency: level,
  likelihood: level,
  implementationPlan: plan,
  backoutPlan: plan,
  testPlan: plan,
};

// Customers and services belong to other subgraphs: their ids are checked for shape only.
export const raiseChangeRequestSchema = z
  .object({
    title,
    type: z.enum(CHANGE_TYPES),
    customerId: idSchema.nullish(),
    serviceIds: z
      .array(idSchema)
      .min(1, 'must name at least one service')
      .max(MAX_AFFECTED_SERVICES)
      .refine((ids) => new Set(ids).size === ids.length, 'must not name a service twice'),
    standardChangeModelId: idSchema.nullish(),
    ...details,
  })
  .superRefine(({ type, standardChangeModelId }, context) => {
    if (type === 'STANDARD' && !standardChangeModelId) {
      context.addIssue({
        code: 'custom',
        path: ['standardChangeModelId'],
        message: 'a STANDARD change is raised from a pre-authorised change model',
      });
    } else if (type !== 'STANDARD' && standardChangeModelId) {
      context.addIssue({
        code: 'custom',
        path: ['standardChangeModelId'],
        message: `only a STANDARD change follows a change model, not a ${type} one`,
      });
    }
  });

export type ChangeRequestDraft = z.infer<typeof raiseChangeRequestSchema>;

/** An edit of a draft: only the fields given change; null clears an optional one. */
export const updateChangeRequestSchema = z
  .object({ title: title.optional(), ...details })
  .refine((edit) => Object.keys(edit).length > 0, 'must change at least one field');

export type ChangeRequestEdit = z.infer<typeof updateChangeRequestSchema>;

/** What a request must carry before it is submitted, in the order they are asked for. */
export const REQUIRED_FOR_SUBMISSION = [
  'impact',
  'urgency',
  'likelihood',
  'implementationPlan',
  'backoutPlan',
  'testPlan',
] as const;

/** The first field a request still lacks for submission, or null when it is complete. */
export function missingForSubmission(
  request: Record<(typeof REQUIRED_FOR_SUBMISSION)[number], unknown>,
): (typeof REQUIRED_FOR_SUBMISSION)[number] | null {
  return REQUIRED_FOR_SUBMISSION.find((field) => request[field] == null) ?? null;
}

const reason = z.string().trim().min(1, 'must not be empty').max(2000);

/** The optional note of a transition, kept in the history. */
export const optionalReasonSchema = reason.nullish();
/** Cancelling and failing must say why. */
export const requiredReasonSchema = reason;

export const assessmentSchema = z.object({
  impact: z.enum(LEVELS),
  urgency: z.enum(LEVELS),
  likelihood: z.enum(LEVELS),
  reason: optionalReasonSchema,
});

export interface Ratings {
  impact: Level;
  urgency: Level;
  likelihood: Level;
}

export const approvalDecisionSchema = z
  .object({ decision: z.enum(APPROVAL_DECISIONS), reason: optionalReasonSchema })
  .refine((input) => input.decision === 'APPROVED' || input.reason, {
    message: 'a rejection must give its reason',
    path: ['reason'],
  });

export const reviewSchema = z.object({
  outcome: z.enum(REVIEW_OUTCOMES),
  incidentsCaused: z.number().int().min(0).max(100_000),
  lessonsLearned: z.string().trim().max(10_000).nullish(),
});

export type Review = z.infer<typeof reviewSchema>;

const requiredPlan = z.string().trim().min(1, 'must not be empty').max(10_000);

export const standardChangeModelSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().max(5000).nullish(),
  category: details.category,
  impact: z.enum(LEVELS),
  likelihood: z.enum(LEVELS),
  implementationPlan: requiredPlan,
  backoutPlan: requiredPlan,
  testPlan: requiredPlan,
});

export type StandardChangeModelDraft = z.infer<typeof standardChangeModelSchema>;

/** The human-readable reference of a change request, from its sequence number; PostgreSQL
 * returns a bigint as a decimal string. */
export function changeReference(number: string): string {
  return `CHG-${number.padStart(6, '0')}`;
}

/** The outcomes a review may record: a change that failed and was backed out can only have
 * failed; an implemented one may still turn out partial or failed. */
export function outcomesFor(state: ChangeState): readonly ReviewOutcome[] {
  return state === 'FAILED' ? ['FAILED'] : REVIEW_OUTCOMES;
}

/** A STANDARD draft starts from its model: what the draft leaves out, the model fills in. */
export function followingModel(
  draft: ChangeRequestDraft,
  model: Pick<
    StandardChangeModelDraft,
    'category' | 'impact' | 'likelihood' | 'implementationPlan' | 'backoutPlan' | 'testPlan'
  >,
): ChangeRequestDraft {
  return {
    ...draft,
    category: draft.category ?? model.category,
    impact: draft.impact ?? model.impact,
    likelihood: draft.likelihood ?? model.likelihood,
    implementationPlan: draft.implementationPlan ?? model.implementationPlan,
    backoutPlan: draft.backoutPlan ?? model.backoutPlan,
    testPlan: draft.testPlan ?? model.testPlan,
  };
}
