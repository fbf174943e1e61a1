import { EntitySchema } from 'typeorm';
import type { ServqualDimension } from '../domain/servqual';
import { instantColumn, numericColumn } from './columns';

export interface SatisfactionSurveyRecord {
  id: string;
  customerId: string;
  serviceId: string | null;
  respondentContactId: string | null;
  conductedAt: Date;
  overallGap: number;
  overallSatisfaction: number | null;
  netPromoterScore: number | null;
  comments: string | null;
  recordedBy: string;
  recordedAt: Date;
}

export const SatisfactionSurveyEntity = new EntitySchema<SatisfactionSurveyRecord>({
  name: 'SatisfactionSurvey',
  tableName: 'satisfaction_survey',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    customerId: { type: 'uuid', name: 'customer_id' },
    serviceId: { type: 'uuid', name: 'service_id', nullable: true },
    respondentContactId: { type: 'uuid', name: 'respondent_contact_id', nullable: true },
    conductedAt: instantColumn('conducted_at'),
    overallGap: numericColumn('overall_gap', 3),
    overallSatisfaction: numericColumn('overall_satisfaction', 3, { nullable: true }),
    netPromoterScore: { type: 'smallint', name: 'net_promoter_score', nullable: true },
    comments: { type: 'text', nullable: true },
    recordedBy: { type: 'varchar', length: 200, name: 'recorded_by' },
    recordedAt: instantColumn('recorded_at'),
  },
});

export interface SurveyScoreRecord {
  surveyId: string;
  dimension: ServqualDimension;
  expectation: number;
  perception: number;
  gap: number;
}

export const SurveyScoreEntity = new EntitySchema<SurveyScoreRecord>({
  name: 'SurveyScore',
  tableName: 'survey_score',
  columns: {
    surveyId: { type: 'uuid', name: 'survey_id', primary: true },
    dimension: { type: 'varchar', length: 16, primary: true },
    expectation: numericColumn('expectation', 3),
    perception: numericColumn('perception', 3),
    gap: numericColumn('gap', 3),
  },
});
