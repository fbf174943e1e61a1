/** The model each resolver of this subgraph receives as its parent, per GraphQL type
 * (graphql-codegen `mappers`, relative to src/generated/). */
export const mappers: Record<string, string> = {
  Customer: '@itsm/subgraph-kit#EntityReference',
  Service: '@itsm/subgraph-kit#EntityReference',
  ChangeRequest: '../entities/change-request#ChangeRequestRecord',
  ChangeApproval: '../entities/approval#ApprovalRecord',
  ChangeStateTransition: '../entities/state-transition#StateTransitionRecord',
  PostImplementationReview: '../entities/review#ReviewRecord',
  BlackoutWindow: '../entities/blackout-window#BlackoutWindowRecord',
  ScheduleConflict: '../services/schedule-service#ConflictView',
  ChangeSchedule: '../services/schedule-service#ChangeScheduleView',
  StandardChangeModel: '../entities/standard-change-model#StandardChangeModelRecord',
  Release: '../entities/release#ReleaseRecord',
  UserAcceptance: '../entities/release#AcceptanceRecord',
};
