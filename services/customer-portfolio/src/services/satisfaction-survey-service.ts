import DataLoader from 'dataloader';
import { z } from 'zod';
import { idSchema, parseInput } from '@itsm/platform';
import {
  connectionOf,
  CustomerOwnedRecords,
  manyByKey,
  oneByKey,
  type PageArguments,
  pageRequest,
} from '@itsm/subgraph-kit';
import { computeServqual, type DimensionGap, recordSurveySchema } from '../domain/servqual';
import type { SatisfactionSurveyRecord } from '../entities/satisfaction-survey';
import { surveyRecordedEvent } from '../events/published';
import { SatisfactionSurveyRepository } from '../repositories/satisfaction-survey-repository';
import { contactOf } from './contact-service';
import { timeKeyOf, timeOrderKey } from './cursors';
import type { Portfolio } from './portfolio-access';

const surveyFilterSchema = z
  .object({
    customerId: idSchema.nullish(),
    serviceId: idSchema.nullish(),
    conductedFrom: z.date().nullish(),
    conductedBefore: z.date().nullish(),
  })
  .nullish();

/** SERVQUAL surveys; a CUSTOMER caller sees those of its own customers. */
export class SatisfactionSurveyService extends CustomerOwnedRecords<SatisfactionSurveyRecord> {
  private readonly repository: SatisfactionSurveyRepository;

  private readonly latestByCustomerId = new DataLoader<string, SatisfactionSurveyRecord | null>(
    async (ids) => oneByKey(ids, await this.repository.latestOf(ids), (s) => s.customerId),
  );

  private readonly dimensionsBySurveyId = new DataLoader<string, DimensionGap[]>(async (ids) =>
    manyByKey(ids, await this.repository.scoresOf(ids), (score) => score.surveyId).map(
      (scores) => computeServqual(scores).dimensions,
    ),
  );

  constructor(private readonly portfolio: Portfolio) {
    const repository = new SatisfactionSurveyRepository(portfolio.manager);
    super('SatisfactionSurvey', portfolio.request.caller, repository);
    this.repository = repository;
  }

  async list(filter: unknown, args: PageArguments) {
    const page = pageRequest(args, timeOrderKey);
    const parsed = parseInput(surveyFilterSchema, filter, 'filter') ?? {};
    const rows = await this.repository.page(
      parsed,
      page,
      this.portfolio.access.scopedCustomerIds(),
    );
    return connectionOf(rows, page, (row) => timeKeyOf(row.conductedAt, row.id));
  }

  /** The latest survey of a customer the caller may see. */
  async latestOf(customerId: string): Promise<SatisfactionSurveyRecord | null> {
    if (!this.portfolio.access.canRead(customerId)) return null;
    return this.latestByCustomerId.load(customerId);
  }

  /** The five dimensions in SERVQUAL's order, each with its gap. */
  dimensionsOf(survey: SatisfactionSurveyRecord): Promise<DimensionGap[]> {
    return this.dimensionsBySurveyId.load(survey.id);
  }

  async record(input: unknown): Promise<SatisfactionSurveyRecord> {
    const { access, clock } = this.portfolio;
    access.requireWriter('recordSurvey');
    const now = clock();
    const { scores, ...recording } = parseInput(recordSurveySchema(now), input);
    const { dimensions, overallGap } = computeServqual(scores);
    return this.portfolio.transactions.run(async (transaction) => {
      await access.lockCustomer(
        transaction.manager,
        recording.customerId,
        'input.customerId',
        'recordSurvey',
      );
      if (recording.respondentContactId) {
        await contactOf(
          transaction.manager,
          recording.respondentContactId,
          recording.customerId,
          'input.respondentContactId',
        );
      }
      const survey = await new SatisfactionSurveyRepository(transaction.manager).insert(
        {
          customerId: recording.customerId,
          serviceId: recording.serviceId ?? null,
          respondentContactId: recording.respondentContactId ?? null,
          conductedAt: recording.conductedAt,
          overallGap,
          overallSatisfaction: recording.overallSatisfaction ?? null,
          netPromoterScore: recording.netPromoterScore ?? null,
          comments: recording.comments ?? null,
          recordedBy: access.actor,
          recordedAt: now,
        },
        dimensions,
      );
      await transaction.publish(surveyRecordedEvent(survey, dimensions));
      return survey;
    });
  }
}
