import { EntitySchema } from 'typeorm';
import type { ImprovementState } from '../domain/improvement-initiative';

/** One step of an initiative's history; the first, from no state, is its identification. */
export interface ImprovementTransitionRecord {
  position: string;
  initiativeId: string;
  fromState: ImprovementState | null;
  toState: ImprovementState;
  reason: string | null;
  actor: string;
  occurredAt: Date;
}

export const ImprovementTransitionEntity = new EntitySchema<ImprovementTransitionRecord>({
  name: 'ImprovementTransition',
  tableName: 'improvement_transition',
  columns: {
    position: { type: 'bigint', primary: true, generated: 'increment' },
    initiativeId: { type: 'uuid', name: 'initiative_id' },
    fromState: { type: 'varchar', length: 16, nullable: true, name: 'from_state' },
    toState: { type: 'varchar', length: 16, name: 'to_state' },
    reason: { type: 'text', nullable: true },
    actor: { type: 'varchar', length: 200 },
    occurredAt: { type: 'timestamptz', name: 'occurred_at', createDate: true },
  },
});
