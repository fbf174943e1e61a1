import { EntitySchema } from 'typeorm';
import type { ChangeState } from '../domain/change-request';

/** One step of a change request's history: raising (from no state) or a transition. */
export interface StateTransitionRecord {
  /** A bigint, in the order the steps happened. */
  position: string;
  changeRequestId: string;
  fromState: ChangeState | null;
  toState: ChangeState;
  actor: string;
  reason: string | null;
  occurredAt: Date;
}

export const StateTransitionEntity = new EntitySchema<StateTransitionRecord>({
  name: 'StateTransition',
  tableName: 'change_request_transition',
  columns: {
    position: { type: 'bigint', primary: true, generated: 'increment' },
    changeRequestId: { type: 'uuid', name: 'change_request_id' },
    fromState: { type: 'varchar', length: 16, nullable: true, name: 'from_state' },
    toState: { type: 'varchar', length: 16, name: 'to_state' },
    actor: { type: 'varchar', length: 200 },
    reason: { type: 'text', nullable: true },
    occurredAt: { type: 'timestamptz', createDate: true, name: 'occurred_at' },
  },
});
