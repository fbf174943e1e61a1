import { EntitySchema } from 'typeorm';
import type {
  ImprovementSource,
  ImprovementState,
  MeasureColumns,
  Priority,
} from '../domain/improvement-initiative';

export interface ImprovementInitiativeRecord extends MeasureColumns {
  id: string;
  title: string;
  problemStatement: string;
  source: ImprovementSource;
  state: ImprovementState;
  priority: Priority;
  owner: string | null;
  customerId: string | null;
  /** An ISO date, YYYY-MM-DD. */
  dueDate: string | null;
  actualValue: number | null;
  expectedBenefit: string | null;
  expectedBenefitValue: number | null;
  realisedBenefit: string | null;
  realisedBenefitValue: number | null;
  validatedAt: Date | null;
  ruleKey: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const optional = (type: 'varchar' | 'text' | 'double precision' | 'timestamptz', name: string) =>
  ({ type, nullable: true, name }) as const;

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
    dueDate: { type: 'date', nullable: true, name: 'due_date' },
    measureName: { ...optional('varchar', 'measure_name'), length: 200 },
    measureUnit: { ...optional('varchar', 'measure_unit'), length: 32 },
    measureDirection: { ...optional('varchar', 'measure_direction'), length: 16 },
    baselineValue: optional('double precision', 'baseline_value'),
    baselineAt: optional('timestamptz', 'baseline_at'),
    targetValue: optional('double precision', 'target_value'),
    actualValue: optional('double precision', 'actual_value'),
    expectedBenefit: optional('text', 'expected_benefit'),
    expectedBenefitValue: optional('double precision', 'expected_benefit_value'),
    realisedBenefit: optional('text', 'realised_benefit'),
    realisedBenefitValue: optional('double precision', 'realised_benefit_value'),
    validatedAt: optional('timestamptz', 'validated_at'),
    ruleKey: { ...optional('varchar', 'rule_key'), length: 200 },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
    updatedAt: { type: 'timestamptz', updateDate: true, name: 'updated_at' },
  },
});
