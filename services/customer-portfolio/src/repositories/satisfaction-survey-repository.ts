import { type EntityManager, In } from 'typeorm';
import type { PageRequest } from '@itsm/subgraph-kit';
import {
  SatisfactionSurveyEntity,
  type SatisfactionSurveyRecord,
  SurveyScoreEntity,
  type SurveyScoreRecord,
} from '../entities/satisfaction-survey';
import { keysetPage } from './keyset';

export interface SurveyFilter {
  customerId?: string | null;
  serviceId?: string | null;
  conductedFrom?: Date | null;
  conductedBefore?: Date | null;
}

export class SatisfactionSurveyRepository {
  constructor(private readonly manager: EntityManager) {}

  private get surveys() {
    return this.manager.getRepository(SatisfactionSurveyEntity);
  }

  findByIds(ids: readonly string[]): Promise<SatisfactionSurveyRecord[]> {
    return this.surveys.findBy({ id: In([...ids]) });
  }

  /** Every survey of the customers, the latest first. */
  findByCustomerIds(customerIds: readonly string[]): Promise<SatisfactionSurveyRecord[]> {
    return this.surveys.find({
      where: { customerId: In([...customerIds]) },
      order: { conductedAt: 'DESC', id: 'DESC' },
    });
  }

  /** Each customer's latest survey, in one statement. */
  latestOf(customerIds: readonly string[]): Promise<SatisfactionSurveyRecord[]> {
    return this.surveys
      .createQueryBuilder('survey')
      .distinctOn(['survey.customerId'])
      .where('survey.customerId IN (:...customerIds)', { customerIds })
      .orderBy('survey.customerId')
      .addOrderBy('survey.conductedAt', 'DESC')
      .addOrderBy('survey.id', 'DESC')
      .getMany();
  }

  /** The latest conducted first; `onlyCustomerIds` restricts it to a CUSTOMER caller's. */
  page(
    filter: SurveyFilter,
    page: PageRequest,
    onlyCustomerIds: string[] | null,
  ): Promise<SatisfactionSurveyRecord[]> {
    const query = this.surveys.createQueryBuilder('survey');
    if (onlyCustomerIds) {
      query.andWhere('survey.customerId = ANY(:onlyCustomerIds)', { onlyCustomerIds });
    }
    if (filter.customerId) {
      query.andWhere('survey.customerId = :customerId', { customerId: filter.customerId });
    }
    if (filter.serviceId) {
      query.andWhere('survey.serviceId = :serviceId', { serviceId: filter.serviceId });
    }
    if (filter.conductedFrom) {
      query.andWhere('survey.conductedAt >= :from', { from: filter.conductedFrom });
    }
    if (filter.conductedBefore) {
      query.andWhere('survey.conductedAt < :before', { before: filter.conductedBefore });
    }
    return keysetPage(query, 'conductedAt', 'DESC', page);
  }

  async insert(
    survey: Omit<SatisfactionSurveyRecord, 'id'>,
    scores: Omit<SurveyScoreRecord, 'surveyId'>[],
  ): Promise<SatisfactionSurveyRecord> {
    const saved = await this.surveys.save(this.surveys.create(survey));
    await this.manager
      .getRepository(SurveyScoreEntity)
      .insert(scores.map((score) => ({ ...score, surveyId: saved.id })));
    return saved;
  }

  scoresOf(surveyIds: readonly string[]): Promise<SurveyScoreRecord[]> {
    return this.manager.getRepository(SurveyScoreEntity).findBy({ surveyId: In([...surveyIds]) });
  }
}
