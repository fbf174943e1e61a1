import { z } from 'zod';
import {
  IMPROVEMENT_SOURCES,
  IMPROVEMENT_STATES,
  MEASURE_DIRECTIONS,
  PRIORITIES,
} from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';

export type ImprovementSource = (typeof IMPROVEMENT_SOURCES)[number];
export type ImprovementState = (typeof IMPROVEMENT_STATES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];

export function higherPriority(a: Priority, b: Priority): Priority {
  return PRIORITIES.indexOf(a) >= PRIORITIES.indexOf(b) ? a : b;
}

/** What the initiative is judged by: a baseline, a target, and later the actual value. */
export interface MeasureDefinition {
  name: string;
  unit: string;
  direction: MeasureDirection;
  baseline: number;
  target: number;
  /** When the baseline was measured; a rule moves it forward as newer evidence arrives. */
  baselineAt: Date | null;
}

export interface Benefit {
  description: string;
  /** An amount in the organisation's reporting currency, when it can be put in money. */
  value: number | null;
}

/** What a new initiative is stored with; the database assigns its id, state and creation time. */
export interface NewImprovementInitiative {
  title: string;
  problemStatement: string;
  source: ImprovementSource;
  priority: Priority;
  owner: string | null;
  customerId: string | null;
  serviceIds: string[];
  agreementIds: string[];
  dueDate: string | null;
  measure: MeasureDefinition | null;
  expectedBenefit: Benefit | null;
  /** Set by rules: what the initiative is about, so that one rule keeps one unfinished
   * initiative per subject (a target, a service, a change) rather than one per event. */
  ruleKey: string | null;
}

const MAX_RELATED = 50;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const ids = z
  .array(idSchema)
  .max(MAX_RELATED)
  .refine((list) => new Set(list).size === list.length, 'must not name an id twice');

export const measureSchema = z.object({
  name: text(200),
  unit: text(32),
  direction: z.enum(MEASURE_DIRECTIONS),
  baseline: finite,
  target: finite,
});

export const benefitSchema = z.object({
  description: text(2000),
  value: finite.min(0, 'must not be negative').nullish(),
});

const dueDateSchema = z.iso.date('must be a date as YYYY-MM-DD');

// Customers, services and agreements live in other subgraphs, so their ids are checked for
// shape only.
const describedFields = {
  title: text(200),
  problemStatement: text(5000),
  priority: z.enum(PRIORITIES),
  owner: text(200).nullish(),
  customerId: idSchema.nullish(),
  serviceIds: ids.nullish(),
  agreementIds: ids.nullish(),
  dueDate: dueDateSchema.nullish(),
  measure: measureSchema.nullish(),
  expectedBenefit: benefitSchema.nullish(),
};

export const identifyImprovementSchema = z.object({
  ...describedFields,
  /** Kept from the first version of the API; it joins serviceIds. */
  serviceId: idSchema.nullish(),
});

export type ImprovementIdentification = z.infer<typeof identifyImprovementSchema>;

/** An initiative identified by hand; event-driven sources are recorded by their own rules. */
export function manualInitiative(
  identification: ImprovementIdentification,
): NewImprovementInitiative {
  const { serviceId, serviceIds, measure, expectedBenefit } = identification;
  return {
    title: identification.title,
    problemStatement: identification.problemStatement,
    source: 'MANUAL',
    priority: identification.priority,
    owner: identification.owner ?? null,
    customerId: identification.customerId ?? null,
    serviceIds: [...new Set([...(serviceIds ?? []), ...(serviceId ? [serviceId] : [])])],
    agreementIds: identification.agreementIds ?? [],
    dueDate: identification.dueDate ?? null,
    measure: measure ? { ...measure, baselineAt: null } : null,
    expectedBenefit: expectedBenefit ? benefitOf(expectedBenefit) : null,
    ruleKey: null,
  };
}

export function benefitOf(input: z.infer<typeof benefitSchema>): Benefit {
  return { description: input.description, value: input.value ?? null };
}

/** Every field may be left out to keep it; null clears an optional one. */
export const updateImprovementSchema = z
  .object({
    id: idSchema,
    ...describedFields,
    title: describedFields.title.optional(),
    problemStatement: describedFields.problemStatement.optional(),
    priority: describedFields.priority.optional(),
  })
  .refine((update) => Object.keys(update).length > 1, {
    message: 'must change at least one field',
    path: ['id'],
  });

export type ImprovementUpdate = z.infer<typeof updateImprovementSchema>;

export const recordResultSchema = z.object({
  id: idSchema,
  actual: finite,
  realisedBenefit: benefitSchema.nullish(),
});

export type ImprovementResult = z.infer<typeof recordResultSchema>;

/** Whether a value reaches the target, in the measure's direction. */
export function meetsTarget(
  measure: Pick<MeasureDefinition, 'direction' | 'target'>,
  value: number,
): boolean {
  return measure.direction === 'HIGHER_IS_BETTER'
    ? value >= measure.target
    : value <= measure.target;
}

/** How an initiative's measure is stored: flat, every column set or none. */
export interface MeasureColumns {
  measureName: string | null;
  measureUnit: string | null;
  measureDirection: MeasureDirection | null;
  baselineValue: number | null;
  baselineAt: Date | null;
  targetValue: number | null;
}

export function measureColumns(measure: MeasureDefinition | null): MeasureColumns {
  return {
    measureName: measure?.name ?? null,
    measureUnit: measure?.unit ?? null,
    measureDirection: measure?.direction ?? null,
    baselineValue: measure?.baseline ?? null,
    baselineAt: measure?.baselineAt ?? null,
    targetValue: measure?.target ?? null,
  };
}

export function measureOf(row: MeasureColumns): MeasureDefinition | null {
  const { measureName, measureUnit, measureDirection, baselineValue, targetValue } = row;
  if (measureName === null || measureUnit === null || measureDirection === null) return null;
  if (baselineValue === null || targetValue === null) return null;
  return {
    name: measureName,
    unit: measureUnit,
    direction: measureDirection,
    baseline: baselineValue,
    target: targetValue,
    baselineAt: row.baselineAt,
  };
}

export const advanceImprovementSchema = z.object({
  id: idSchema,
  to: z.enum(IMPROVEMENT_STATES),
  reason: text(2000).nullish(),
});

/** Every filter of the register narrows it; a list matches any of its values. */
export const registerFilterSchema = z
  .object({
    states: z.array(z.enum(IMPROVEMENT_STATES)).nullish(),
    sources: z.array(z.enum(IMPROVEMENT_SOURCES)).nullish(),
    priorities: z.array(z.enum(PRIORITIES)).nullish(),
    customerId: idSchema.nullish(),
    serviceId: idSchema.nullish(),
    overdue: z.boolean().nullish(),
  })
  .nullish();

export type RegisterFilter = NonNullable<z.infer<typeof registerFilterSchema>>;

/** The register's order, newest first, as a cursor holds it. */
export const initiativeSortKey = z.tuple([z.iso.datetime({ offset: true }), idSchema]);
