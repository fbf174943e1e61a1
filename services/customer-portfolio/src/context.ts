import type { DataSource } from 'typeorm';
import type { Transactions } from '@itsm/events';
import type { RequestContext } from '@itsm/subgraph-kit';
import type { Clock } from '@itsm/platform';
import type { PortfolioSettings } from './environment';
import { BusinessObjectiveService } from './services/business-objective-service';
import { ContactService } from './services/contact-service';
import { CustomerService } from './services/customer-service';
import { FeedbackService } from './services/feedback-service';
import { HealthService } from './services/health-service';
import { OpportunityService } from './services/opportunity-service';
import { type Portfolio, PortfolioAccess } from './services/portfolio-access';
import { SatisfactionSurveyService } from './services/satisfaction-survey-service';
import { ServiceDependencyService } from './services/service-dependency-service';

export interface Context extends RequestContext {
  customers: CustomerService;
  contacts: ContactService;
  objectives: BusinessObjectiveService;
  dependencies: ServiceDependencyService;
  opportunities: OpportunityService;
  surveys: SatisfactionSurveyService;
  feedback: FeedbackService;
  health: HealthService;
}

export function createContext(
  request: RequestContext,
  dataSource: DataSource,
  transactions: Transactions,
  settings: PortfolioSettings,
  clock: Clock,
): Context {
  const portfolio: Portfolio = {
    request,
    access: new PortfolioAccess(request, settings),
    transactions,
    manager: dataSource.manager,
    clock,
    settings,
  };
  const surveys = new SatisfactionSurveyService(portfolio);
  const feedback = new FeedbackService(portfolio);
  return {
    ...request,
    customers: new CustomerService(portfolio),
    contacts: new ContactService(portfolio),
    objectives: new BusinessObjectiveService(portfolio),
    dependencies: new ServiceDependencyService(portfolio),
    opportunities: new OpportunityService(portfolio),
    surveys,
    feedback,
    health: new HealthService(portfolio, surveys, feedback),
  };
}
