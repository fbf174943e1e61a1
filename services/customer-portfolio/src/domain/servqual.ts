import { z } from 'zod';
import { SERVQUAL_DIMENSIONS } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';
import { hundredthsSchema, optionalText, pastInstantSchema, roundHalfAwayFromZero } from './inputs';

export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number];

export interface DimensionScore {
  dimension: ServqualDimension;
  /** 1 to 5: what the customer expected. */
  expectation: number;
  /** 1 to 5: what the customer experienced. */
  perception: number;
}

export interface DimensionGap extends DimensionScore {
  /** Perception minus expectation: negative when the service fell short. */
  gap: number;
}

export interface ServqualResult {
  /** In SERVQUAL's order. */
  dimensions: DimensionGap[];
  /** The mean of the five gaps, rounded half away from zero to two decimals. */
  overallGap: number;
}

const scoreSchema = hundredthsSchema(1, 5);

const scoresSchema = z
  .array(
    z.object({
      dimension: z.enum(SERVQUAL_DIMENSIONS),
      expectation: scoreSchema,
      perception: scoreSchema,
    }),
  )
  .refine(
    (scores) =>
      scores.length === SERVQUAL_DIMENSIONS.length &&
      SERVQUAL_DIMENSIONS.every((dimension) => scores.some((s) => s.dimension === dimension)),
    `must score each of ${SERVQUAL_DIMENSIONS.join(', ')} exactly once`,
  );

export function recordSurveySchema(now: Date) {
  return z.object({
    customerId: idSchema,
    serviceId: idSchema.nullish(),
    respondentContactId: idSchema.nullish(),
    conductedAt: pastInstantSchema(now),
    scores: scoresSchema,
    overallSatisfaction: scoreSchema.nullish(),
    netPromoterScore: z.number().int('must be a whole number').min(-100).max(100).nullish(),
    comments: optionalText(5000),
  });
}

export type SurveyRecording = z.infer<ReturnType<typeof recordSurveySchema>>;

const hundredths = (score: number) => Math.round(score * 100);

/** SERVQUAL's gaps, computed in hundredths so that no binary fraction creeps in. */
export function computeServqual(scores: readonly DimensionScore[]): ServqualResult {
  const dimensions = SERVQUAL_DIMENSIONS.map((dimension) => {
    const score = scores.find((candidate) => candidate.dimension === dimension);
    if (!score) throw new Error(`No score for ${dimension}`);
    const gap = hundredths(score.perception) - hundredths(score.expectation);
    return { ...score, gap: gap / 100 };
  });
  const totalGap = dimensions.reduce((sum, { gap }) => sum + hundredths(gap), 0);
  const overallGap = roundHalfAwayFromZero(totalGap / dimensions.length) / 100;
  return { dimensions, overallGap };
}
