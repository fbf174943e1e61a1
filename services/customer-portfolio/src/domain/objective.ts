import { z } from 'zod';
import { OBJECTIVE_STATUSES } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';
import { optionalText, requiredText } from './inputs';
import { assertStateAllows, Lifecycle } from './lifecycle';

export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

export const objectiveLifecycle = new Lifecycle<ObjectiveStatus>('The objective', {
  DRAFT: ['AGREED', 'WITHDRAWN'],
  AGREED: ['ACHIEVED', 'MISSED', 'WITHDRAWN'],
  ACHIEVED: [],
  MISSED: [],
  WITHDRAWN: [],
});

const dueDateSchema = z.iso.date('must be a date as YYYY-MM-DD');

const objectiveFields = {
  title: requiredText(200),
  description: optionalText(5000),
  measure: requiredText(500),
  target: requiredText(200),
  dueDate: dueDateSchema,
};

export const defineObjectiveSchema = z.object({ customerId: idSchema, ...objectiveFields });

export type ObjectiveDefinition = z.infer<typeof defineObjectiveSchema>;

export const updateObjectiveSchema = z.object({
  id: idSchema,
  title: objectiveFields.title.optional(),
  description: objectiveFields.description,
  measure: objectiveFields.measure.optional(),
  target: objectiveFields.target.optional(),
  dueDate: dueDateSchema.optional(),
});

export type ObjectivePatch = Omit<z.infer<typeof updateObjectiveSchema>, 'id'>;

export const agreeObjectiveSchema = z.object({ id: idSchema, contactId: idSchema });

const CLOSING_STATUSES = ['ACHIEVED', 'MISSED', 'WITHDRAWN'] as const;

export const closeObjectiveSchema = z.object({
  id: idSchema,
  status: z.enum(CLOSING_STATUSES, { message: `must be one of ${CLOSING_STATUSES.join(', ')}` }),
  note: requiredText(2000),
});

/** Only a DRAFT is edited: an agreed objective is what the customer agreed to. */
export function assertEditable(status: ObjectiveStatus): void {
  assertStateAllows('The objective', status, 'edited', ['DRAFT']);
}

/** An AGREED objective is overdue once the UTC date is past its due date. */
export function isOverdue(objective: { status: ObjectiveStatus; dueDate: string }, now: Date) {
  return objective.status === 'AGREED' && objective.dueDate < now.toISOString().slice(0, 10);
}
