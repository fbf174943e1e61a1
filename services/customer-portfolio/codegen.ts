/** The model each resolver of this subgraph receives as its parent, per GraphQL type
 * (graphql-codegen `mappers`, relative to src/generated/). */
export const mappers: Record<string, string> = {
  Customer: '../entities/customer#CustomerRecord',
  RelationshipLevelChange: '../entities/relationship-level-change#RelationshipLevelChangeRecord',
  RevenueEntry: '../entities/revenue-entry#RevenueEntryRecord',
  Contact: '../entities/contact#ContactRecord',
  Stakeholders: '../services/contact-service#StakeholdersModel',
  BusinessObjective: '../entities/business-objective#BusinessObjectiveRecord',
  ServiceDependency: '../entities/service-dependency#ServiceDependencyRecord',
  Opportunity: '../entities/opportunity#OpportunityRecord',
  OpportunityTransition: '../entities/opportunity#OpportunityTransitionRecord',
  SatisfactionSurvey: '../entities/satisfaction-survey#SatisfactionSurveyRecord',
  ServqualScore: '../domain/servqual#DimensionGap',
  Feedback: '../entities/feedback#FeedbackRecord',
  CustomerHealth: '../services/health-service#CustomerHealthModel',
  SlaBreach: '../repositories/sla-breach-repository#AttributedBreach',
  Service: '@itsm/subgraph-kit#EntityReference',
};
