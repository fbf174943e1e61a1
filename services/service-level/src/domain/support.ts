import { z } from 'zod';
import { SUPPORTING_AGREEMENT_KINDS } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';
import { higherIsBetter, type TargetTerms, UNIT_OF } from './attainment';
import { atLeastAsStrict, describeCommitment } from './target';

export type SupportingAgreementKind = (typeof SUPPORTING_AGREEMENT_KINDS)[number];
export type SupportVerdict = 'SUPPORTED' | 'WEAKER' | 'UNSUPPORTED';

export const registerSupportingAgreementSchema = z
  .object({
    kind: z.enum(SUPPORTING_AGREEMENT_KINDS),
    name: z.string().trim().min(1, 'must not be empty').max(200),
    provider: z.string().trim().min(1, 'must not be empty').max(200),
    validFrom: z.date().nullable().default(null),
    validTo: z.date().nullable().default(null),
  })
  .refine(
    (agreement) =>
      !agreement.validFrom || !agreement.validTo || agreement.validTo > agreement.validFrom,
    {
      path: ['validTo'],
      message: 'must be after validFrom',
    },
  );

export const addSupportingTargetSchema = z.object({
  supportingAgreementId: idSchema,
  supportsTargetId: idSchema,
  serviceId: idSchema,
  targetValue: z.number().refine(Number.isFinite, 'must be a number'),
  compliancePercent: z.number().gt(0, 'must be above 0').max(100).nullable().default(null),
  step: z.number().int().min(1, 'must be 1 or more').max(20).nullable().default(null),
});

export interface Validity {
  validFrom: Date | null;
  validTo: Date | null;
}

export function inForce(agreement: Validity, at: Date): boolean {
  return (
    (!agreement.validFrom || agreement.validFrom <= at) &&
    (!agreement.validTo || at < agreement.validTo)
  );
}

type Terms = Pick<TargetTerms, 'metric' | 'targetValue' | 'compliancePercent'> & {
  priority: string | null;
};

type Commitment = Pick<TargetTerms, 'targetValue' | 'compliancePercent'>;

/** A supporting commitment: carried alone (`step` null), or one step of a sequence. */
export type Support = Commitment & { provider: string; step: number | null };

/** Whether a metric's commitments can be chained: times add up and availabilities
 * multiply, but satisfaction scores do not compose. */
export function chainable(metric: TargetTerms['metric']): boolean {
  return metric !== 'CUSTOMER_SATISFACTION';
}

/** What a sequence of steps promises end to end. Minutes and milliseconds add up; in
 * series, availabilities multiply. Each step may miss its own value for a share of
 * observations, so the sequence meets every step at least 100 - Σ(100 - cᵢ)% of the time
 * (the union bound, which holds whatever the steps' correlation). */
export function composeSteps(
  metric: TargetTerms['metric'],
  steps: readonly Commitment[],
): Commitment {
  if (metric === 'AVAILABILITY') {
    const up = steps.reduce((product, step) => product * (step.targetValue / 100), 1);
    return { targetValue: round(up * 100), compliancePercent: null };
  }
  const misses = steps.reduce((sum, step) => sum + (100 - (step.compliancePercent ?? 100)), 0);
  return {
    targetValue: round(steps.reduce((sum, step) => sum + step.targetValue, 0)),
    compliancePercent: round(Math.max(0, 100 - misses)),
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export interface ChainFit<S> {
  /** The commitment counted at each step, in step order. */
  steps: S[];
  composed: Commitment;
  fits: boolean;
  /** Slack in the target's unit: positive when the steps leave room, negative when they overrun. */
  margin: number;
  explanation: string;
}

/**
 * Whether the steps of a support chain add up to the target: a 240-minute resolution
 * carried by a 120-minute OLA handover and then a 180-minute UC fix does not fit, although
 * each step alone is shorter. Where several commitments share a step, the strongest counts.
 */
export function fitOfSteps<S extends Support>(
  target: Terms,
  supports: readonly S[],
): ChainFit<S> | null {
  const strongestFirst = byStrength(
    target.metric,
    supports.filter((support) => support.step !== null),
  );
  const steps = [...new Set(strongestFirst.map((support) => support.step!))]
    .sort((a, b) => a - b)
    .map((step) => strongestFirst.find((support) => support.step === step)!);
  if (steps.length === 0) return null;
  const composed = composeSteps(target.metric, steps);
  const fits = atLeastAsStrict({ ...target, ...composed }, target);
  const margin = round(
    higherIsBetter(target.metric)
      ? composed.targetValue - target.targetValue
      : target.targetValue - composed.targetValue,
  );
  const unit = UNIT_OF[target.metric];
  const parts = steps
    .map(
      (step) =>
        `${step.step}. ${step.provider} ${step.targetValue}${step.compliancePercent === null ? '' : ` for ${step.compliancePercent}%`}`,
    )
    .join(', ');
  const sum = describeCommitment({ ...target, ...composed });
  const promise = describeCommitment(target);
  const slack = margin >= 0 ? `${margin} ${unit} to spare` : `${-margin} ${unit} over`;
  return {
    steps,
    composed,
    fits,
    margin,
    explanation: fits
      ? `the steps ${parts} add up to ${sum}, which fits ${promise} with ${slack}`
      : `the steps ${parts} add up to ${sum}, which does not fit ${promise}` +
        (margin < 0 ? `: ${slack}` : `: the steps together are met less often than promised`),
  };
}

function byStrength<S extends Commitment>(
  metric: TargetTerms['metric'],
  supports: readonly S[],
): S[] {
  const direction = higherIsBetter(metric) ? -1 : 1;
  return [...supports].sort(
    (a, b) =>
      direction * (a.targetValue - b.targetValue) ||
      (b.compliancePercent ?? 100) - (a.compliancePercent ?? 100),
  );
}

export interface SupportAssessment<S> {
  verdict: SupportVerdict;
  /** Strongest first. */
  supports: S[];
  /** How the sequential steps add up; null when no support is a step. */
  chain: ChainFit<S> | null;
  explanation: string;
}

/**
 * How an SLA target stands on one service, given the supporting targets of OLAs and UCs in
 * force there: supported when one commits to at least as much alone, or when the steps of
 * a sequence add up to it. A supplier who resolves in 300 minutes cannot carry a promise
 * of 240.
 */
export function assessSupport<S extends Support>(
  target: Terms,
  supports: readonly S[],
): SupportAssessment<S> {
  const sorted = byStrength(target.metric, supports);
  const chain = fitOfSteps(target, supports);
  const promise = describeCommitment(target);
  const terms = (support: S) => ({ ...target, ...pickCommitment(support) });
  const carrying = sorted.find(
    (support) => support.step === null && atLeastAsStrict(terms(support), target),
  );
  if (carrying) {
    return {
      verdict: 'SUPPORTED',
      supports: sorted,
      chain,
      explanation: `${carrying.provider} commits to ${describeCommitment(terms(carrying))}, which carries ${promise}`,
    };
  }
  if (chain?.fits) {
    return { verdict: 'SUPPORTED', supports: sorted, chain, explanation: chain.explanation };
  }
  const strongestAlone = sorted.find((support) => support.step === null);
  if (!strongestAlone && !chain) {
    return {
      verdict: 'UNSUPPORTED',
      supports: [],
      chain: null,
      explanation: `no OLA or UC in force supports ${promise}`,
    };
  }
  const reasons = [
    strongestAlone &&
      `the strongest support, ${strongestAlone.provider}'s ${describeCommitment(terms(strongestAlone))}, is weaker than ${promise}`,
    chain?.explanation,
  ].filter(Boolean);
  return { verdict: 'WEAKER', supports: sorted, chain, explanation: reasons.join('; ') };
}

function pickCommitment({ targetValue, compliancePercent }: Commitment): Commitment {
  return { targetValue, compliancePercent };
}
