import { z } from 'zod';
import { MEASUREMENT_PERIODS, TARGET_METRICS, TICKET_PRIORITIES } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';
import { higherIsBetter, type TargetMetric, type TargetTerms, UNIT_OF } from './attainment';

export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** The metrics whose observations are ticket timers, which have priorities. */
export const TICKET_METRICS: readonly TargetMetric[] = ['RESPONSE_TIME', 'RESOLUTION_TIME'];

const percentSchema = z.number().gt(0, 'must be above 0').max(100, 'must be 100 at most');

/** The share of the error budget at which a target is AT_RISK. */
export const warningThresholdSchema = z
  .number()
  .gt(0, 'must be above 0')
  .lt(100, 'must be below 100: 100 is the breach');

/** A commitment's metric and value, as a requirement states it and a target keeps it. */
const commitmentShape = {
  metric: z.enum(TARGET_METRICS),
  targetValue: z.number().refine(Number.isFinite, 'must be a number'),
  priority: z.enum(TICKET_PRIORITIES).nullable().default(null),
  compliancePercent: percentSchema.nullable().default(null),
  measurementPeriod: z.enum(MEASUREMENT_PERIODS).default('MONTHLY'),
};

type Commitment = {
  metric: TargetMetric;
  targetValue: number;
  priority: TicketPriority | null;
  compliancePercent: number | null;
};

/** Checks a commitment against its metric and fills the compliance of observed metrics. */
function checkCommitment<T extends Commitment>(commitment: T, context: z.RefinementCtx): T {
  const issue = (path: string, message: string) =>
    context.addIssue({ code: 'custom', path: [path], message });
  const { metric, targetValue } = commitment;
  if (metric === 'AVAILABILITY' && !(targetValue > 0 && targetValue <= 100)) {
    issue('targetValue', 'an availability is a percent above 0 and at most 100');
  } else if (metric !== 'AVAILABILITY' && metric !== 'CUSTOMER_SATISFACTION' && targetValue <= 0) {
    issue('targetValue', `a ${UNIT_OF[metric].toLowerCase()} value must be above 0`);
  } else if (metric === 'CUSTOMER_SATISFACTION' && !(targetValue >= 0 && targetValue <= 10)) {
    issue('targetValue', 'a satisfaction score is between 0 and 10');
  }
  if (commitment.priority !== null && !TICKET_METRICS.includes(metric)) {
    issue('priority', `only ticket metrics have priorities, not ${metric}`);
  }
  if (metric === 'AVAILABILITY') {
    if (commitment.compliancePercent !== null) {
      issue('compliancePercent', 'availability is one ratio per period, with no compliance');
    }
    return commitment;
  }
  return { ...commitment, compliancePercent: commitment.compliancePercent ?? 100 };
}

export const requiredTargetSchema = z.object(commitmentShape).transform(checkCommitment);
export type RequiredTarget = z.infer<typeof requiredTargetSchema>;
/** The same, under a name that does not clash with the GraphQL type's. */
export type RequiredTargetModel = RequiredTarget;

export const addTargetSchema = z
  .object({
    ...commitmentShape,
    agreementId: idSchema,
    serviceId: idSchema.nullable().default(null),
    warningThresholdPercent: warningThresholdSchema.default(75),
    businessCalendarId: idSchema.nullable().default(null),
  })
  .transform(checkCommitment)
  .transform(({ businessCalendarId, ...target }) => ({
    ...target,
    calendarId: businessCalendarId,
  }));
export type TargetAddition = z.infer<typeof addTargetSchema>;

/** Is `a` at least as strict as `b`, a commitment on the same metric? Higher is stricter for
 * availability and satisfaction, lower for times; a higher compliance is stricter too. */
export function atLeastAsStrict(
  a: Pick<TargetTerms, 'metric' | 'targetValue' | 'compliancePercent'>,
  b: Pick<TargetTerms, 'metric' | 'targetValue' | 'compliancePercent'>,
): boolean {
  const value = higherIsBetter(a.metric)
    ? a.targetValue >= b.targetValue
    : a.targetValue <= b.targetValue;
  return value && (a.compliancePercent ?? 100) >= (b.compliancePercent ?? 100);
}

/** Two targets make the same commitment when they share metric and priority; a lower level
 * that sets one replaces the inherited one. */
export function sameCommitment(
  a: { metric: TargetMetric; priority: string | null },
  b: { metric: TargetMetric; priority: string | null },
): boolean {
  return a.metric === b.metric && a.priority === b.priority;
}

/** The targets that apply at a level: its own, then each inherited one that no nearer
 * level replaces. `levels` starts with the agreement itself and climbs to the top. */
export function effectiveTargets<T extends { metric: TargetMetric; priority: string | null }>(
  levels: readonly (readonly T[])[],
): T[] {
  const effective: T[] = [];
  for (const targets of levels) {
    for (const target of targets) {
      if (!effective.some((chosen) => sameCommitment(chosen, target))) effective.push(target);
    }
  }
  return effective;
}

/** "RESOLUTION_TIME P2: 240 MINUTES for 90%". */
export function describeCommitment(target: {
  metric: TargetMetric;
  targetValue: number;
  priority: string | null;
  compliancePercent: number | null;
}): string {
  const priority = target.priority ? ` ${target.priority}` : '';
  const compliance = target.compliancePercent === null ? '' : ` for ${target.compliancePercent}%`;
  return `${target.metric}${priority}: ${target.targetValue} ${UNIT_OF[target.metric]}${compliance}`;
}
