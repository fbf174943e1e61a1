import DataLoader from 'dataloader';
import { manyByKey } from '@itsm/subgraph-kit';
import { BREACH_WINDOW_DAYS, computeHealth } from '../domain/health';
import type { CustomerRecord } from '../entities/customer';
import { type AttributedBreach, SlaBreachRepository } from '../repositories/sla-breach-repository';
import type { FeedbackService } from './feedback-service';
import type { Portfolio } from './portfolio-access';
import type { SatisfactionSurveyService } from './satisfaction-survey-service';

const DAY_MS = 24 * 60 * 60 * 1000;

export type CustomerHealthModel = Awaited<ReturnType<HealthService['healthOf']>>;

/** The customer health score from what the portfolio holds and what service-level reported. */
export class HealthService {
  private readonly breachesByCustomerId: DataLoader<string, AttributedBreach[]>;

  constructor(
    private readonly portfolio: Portfolio,
    private readonly surveys: SatisfactionSurveyService,
    private readonly feedback: FeedbackService,
  ) {
    const now = portfolio.clock();
    this.breachesByCustomerId = new DataLoader(async (ids) =>
      manyByKey(
        ids,
        await new SlaBreachRepository(portfolio.manager).breachesOf(
          ids,
          new Date(now.getTime() - BREACH_WINDOW_DAYS * DAY_MS),
        ),
        (breach) => breach.attributedTo,
      ),
    );
  }

  async healthOf(customer: CustomerRecord) {
    this.portfolio.access.requireInternalReader('The health score');
    const [latestSurvey, unresolvedComplaints, breaches] = await Promise.all([
      this.surveys.latestOf(customer.id),
      this.feedback.unresolvedComplaintsOf(customer.id),
      this.breachesByCustomerId.load(customer.id),
    ]);
    const health = computeHealth({
      latestSurvey,
      unresolvedComplaints,
      breaches: breaches.length,
    });
    return {
      ...health,
      satisfaction: { ...health.satisfaction, latestSurvey },
      slaBreaches: { ...health.slaBreaches, breaches },
      computedAt: this.portfolio.clock(),
    };
  }
}
