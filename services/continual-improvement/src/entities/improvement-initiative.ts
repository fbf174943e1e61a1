import { EntitySchema } from 'typeorm';
import type {
  ImprovementSource,
  ImprovementState,
  Priority,
} from '../domain/improvement-initiative';

export interface ImprovementInitiativeRecord {
  id: string;
  title: string;
  problemStatement: string;
  source: ImprovementSource;
  state: ImprovementState;
  priority: Priority;
  owner: string | null;
  customerId: string | null;
  serviceId: string | null;
  createdAt: Date;
}

export const ImprovementInitiativeEntity = new EntitySchema<ImprovementInitiativeRecord>({
  name: 'ImprovementInitiative',
  tableName: 'improvement_initiative',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    title: { type: 'varchar', length: 200 },
    problemStatement: { type: 'text', name: 'problem_statement' },
    source: { type: 'varchar', length: 16 },
    // Declared so that an insert reads the database default back.
    state: { type: 'varchar', length: 16, default: 'IDENTIFIED' },
    priority: { type: 'varchar', length: 16 },
    owner: { type: 'varchar', length: 200, nullable: true },
    customerId: { type: 'uuid', nullable: true, name: 'customer_id' },
    serviceId: { type: 'uuid', nullable: true, name: 'service_id' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
