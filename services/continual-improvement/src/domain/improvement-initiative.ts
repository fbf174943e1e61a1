import { z } from 'zod';
import { IMPROVEMENT_SOURCES, IMPROVEMENT_STATES, PRIORITIES } from '@itsm/events/contracts';
import { idSchema } from '@itsm/platform';

export type ImprovementSource = (typeof IMPROVEMENT_SOURCES)[number];
export type ImprovementState = (typeof IMPROVEMENT_STATES)[number];
export type Priority = (typeof PRIORITIES)[number];

// Customers and services live in other subgraphs, so their ids are checked for shape only.
export const identifyImprovementSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(200),
  problemStatement: z.string().trim().min(1, 'must not be empty').max(5000),
  priority: z.enum(PRIORITIES),
  owner: z.string().trim().min(1, 'must not be empty').max(200).nullish(),
  customerId: idSchema.nullish(),
  serviceId: idSchema.nullish(),
});

export type ImprovementIdentification = z.infer<typeof identifyImprovementSchema>;

/** What a new initiative is stored with; the database assigns its id, state and creation time. */
export interface NewImprovementInitiative {
  title: string;
  problemStatement: string;
  source: ImprovementSource;
  priority: Priority;
  owner: string | null;
  customerId: string | null;
  serviceId: string | null;
}

/** An initiative identified by hand; event-driven sources are recorded by their own rules. */
export function manualInitiative(
  identification: ImprovementIdentification,
): NewImprovementInitiative {
  return {
    title: identification.title,
    problemStatement: identification.problemStatement,
    source: 'MANUAL',
    priority: identification.priority,
    owner: identification.owner ?? null,
    customerId: identification.customerId ?? null,
    serviceId: identification.serviceId ?? null,
  };
}
