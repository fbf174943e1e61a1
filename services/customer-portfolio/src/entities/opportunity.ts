import { EntitySchema } from 'typeorm';
import type { OpportunityState } from '../domain/opportunity';
import { instantColumn, numericColumn } from './columns';

export interface OpportunityRecord {
  id: string;
  customerId: string;
  title: string;
  requirement: string;
  expectedBenefit: string;
  estimatedCost: number;
  costCurrency: string;
  desiredOutcome: string;
  serviceId: string | null;
  state: OpportunityState;
  signedOffByContactId: string | null;
  signedOffAt: Date | null;
  identifiedBy: string;
  identifiedAt: Date;
  updatedAt: Date;
}

export const OpportunityEntity = new EntitySchema<OpportunityRecord>({
  name: 'Opportunity',
  tableName: 'opportunity',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    customerId: { type: 'uuid', name: 'customer_id' },
    title: { type: 'varchar', length: 200 },
    requirement: { type: 'text' },
    expectedBenefit: { type: 'text', name: 'expected_benefit' },
    estimatedCost: numericColumn('estimated_cost', 16),
    costCurrency: { type: 'char', length: 3, name: 'cost_currency' },
    desiredOutcome: { type: 'text', name: 'desired_outcome' },
    serviceId: { type: 'uuid', name: 'service_id', nullable: true },
    state: { type: 'varchar', length: 16 },
    signedOffByContactId: { type: 'uuid', name: 'signed_off_by_contact_id', nullable: true },
    signedOffAt: instantColumn('signed_off_at', { nullable: true }),
    identifiedBy: { type: 'varchar', length: 200, name: 'identified_by' },
    identifiedAt: instantColumn('identified_at'),
    updatedAt: { type: 'timestamptz', updateDate: true, name: 'updated_at' },
  },
});

export interface OpportunityTransitionRecord {
  id: string;
  opportunityId: string;
  fromState: OpportunityState;
  toState: OpportunityState;
  actor: string;
  note: string | null;
  occurredAt: Date;
}

export const OpportunityTransitionEntity = new EntitySchema<OpportunityTransitionRecord>({
  name: 'OpportunityTransition',
  tableName: 'opportunity_transition',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    opportunityId: { type: 'uuid', name: 'opportunity_id' },
    fromState: { type: 'varchar', length: 16, name: 'from_state' },
    toState: { type: 'varchar', length: 16, name: 'to_state' },
    actor: { type: 'varchar', length: 200 },
    note: { type: 'text', nullable: true },
    occurredAt: instantColumn('occurred_at'),
  },
});
