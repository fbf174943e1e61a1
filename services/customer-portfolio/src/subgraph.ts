import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@itsm/subgraph-kit';
import { type Context, createContext } from './context';
import { type Clock, systemClock } from '@itsm/platform';
import { BusinessObjectiveEntity } from './entities/business-objective';
import { ContactEntity } from './entities/contact';
import { CustomerEntity } from './entities/customer';
import { FeedbackEntity } from './entities/feedback';
import { OpportunityEntity, OpportunityTransitionEntity } from './entities/opportunity';
import { RelationshipLevelChangeEntity } from './entities/relationship-level-change';
import { RevenueEntryEntity } from './entities/revenue-entry';
import { SatisfactionSurveyEntity, SurveyScoreEntity } from './entities/satisfaction-survey';
import { ServiceDependencyEntity } from './entities/service-dependency';
import { SlaBreachEntity } from './entities/sla-breach';
import { type PortfolioSettings, portfolioSettings } from './environment';
import { portfolioConsumer } from './events/consumed';
import { CreateCustomer1763900000000 } from './migrations/1763900000000-create-customer';
import { ExtendCustomer1763900000010 } from './migrations/1763900000010-extend-customer';
import { CreateContact1763900000020 } from './migrations/1763900000020-create-contact';
import { CreateObjectiveAndDependency1763900000030 } from './migrations/1763900000030-create-objective-and-dependency';
import { CreateOpportunity1763900000040 } from './migrations/1763900000040-create-opportunity';
import { CreateSurveyAndFeedback1763900000050 } from './migrations/1763900000050-create-survey-and-feedback';
import { CreateSlaBreach1763900000060 } from './migrations/1763900000060-create-sla-breach';
import { resolvers } from './resolvers';

export interface PortfolioOptions {
  settings: PortfolioSettings;
  /** Tests pass a clock of their own; the default is the system's. */
  clock?: Clock;
}

/** The subgraph with the given rules; `customerPortfolio` uses the environment's. */
export function createCustomerPortfolio({
  settings,
  clock = systemClock,
}: PortfolioOptions): SubgraphDefinition<Context> {
  return {
    name: 'customer-portfolio',
    typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
    resolvers,
    entities: [
      CustomerEntity,
      RelationshipLevelChangeEntity,
      RevenueEntryEntity,
      ContactEntity,
      BusinessObjectiveEntity,
      ServiceDependencyEntity,
      OpportunityEntity,
      OpportunityTransitionEntity,
      SatisfactionSurveyEntity,
      SurveyScoreEntity,
      FeedbackEntity,
      SlaBreachEntity,
    ],
    migrations: [
      CreateCustomer1763900000000,
      ExtendCustomer1763900000010,
      CreateContact1763900000020,
      CreateObjectiveAndDependency1763900000030,
      CreateOpportunity1763900000040,
      CreateSurveyAndFeedback1763900000050,
      CreateSlaBreach1763900000060,
    ],
    consumer: portfolioConsumer,
    createContext: (request, dataSource, transactions) =>
      createContext(request, dataSource, transactions, settings, clock),
  };
}

export const customerPortfolio = createCustomerPortfolio({ settings: portfolioSettings });
