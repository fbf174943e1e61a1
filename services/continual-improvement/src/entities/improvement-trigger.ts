import { EntitySchema } from 'typeorm';

/** An event that caused a rule to open an initiative or add to it. */
export interface ImprovementTriggerRecord {
  initiativeId: string;
  eventId: string;
  eventType: string;
  occurredAt: Date;
  summary: string;
}

export const ImprovementTriggerEntity = new EntitySchema<ImprovementTriggerRecord>({
  name: 'ImprovementTrigger',
  tableName: 'improvement_trigger',
  columns: {
    initiativeId: { type: 'uuid', primary: true, name: 'initiative_id' },
    eventId: { type: 'uuid', primary: true, name: 'event_id' },
    eventType: { type: 'varchar', length: 200, name: 'event_type' },
    occurredAt: { type: 'timestamptz', name: 'occurred_at' },
    summary: { type: 'text' },
  },
});
