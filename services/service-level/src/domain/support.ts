import { z } from 'zod';
import { SUPPORTING_AGREEMENT_KINDS } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';
import { higherIsBetter, type TargetTerms } from './attainment';
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

export interface SupportAssessment<Support> {
  verdict: SupportVerdict;
  /** Strongest first. */
  supports: Support[];
  explanation: string;
}

/**
 * How an SLA target stands on one service, given the supporting targets of OLAs and UCs in
 * force there: supported when one commits to at least as much. A supplier who resolves in
 * 300 minutes cannot carry a promise of 240.
 */
export function assessSupport<
  Support extends Pick<TargetTerms, 'targetValue' | 'compliancePercent'> & { provider: string },
>(target: Terms, supports: readonly Support[]): SupportAssessment<Support> {
  const terms = (support: Support) => ({
    ...target,
    targetValue: support.targetValue,
    compliancePercent: support.compliancePercent,
  });
  const direction = higherIsBetter(target.metric) ? -1 : 1;
  const sorted = [...supports].sort(
    (a, b) =>
      direction * (a.targetValue - b.targetValue) ||
      (b.compliancePercent ?? 100) - (a.compliancePercent ?? 100),
  );
  const promise = describeCommitment(target);
  const carrying = sorted.find((support) => atLeastAsStrict(terms(support), target));
  if (carrying) {
    return {
      verdict: 'SUPPORTED',
      supports: sorted,
      explanation: `${carrying.provider} commits to ${describeCommitment(terms(carrying))}, which carries ${promise}`,
    };
  }
  const [strongest] = sorted;
  if (!strongest) {
    return {
      verdict: 'UNSUPPORTED',
      supports: [],
      explanation: `no OLA or UC in force supports ${promise}`,
    };
  }
  return {
    verdict: 'WEAKER',
    supports: sorted,
    explanation: `the strongest support, ${strongest.provider}'s ${describeCommitment(terms(strongest))}, is weaker than ${promise}`,
  };
}
