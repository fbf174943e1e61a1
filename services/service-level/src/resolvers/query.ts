import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  services: (_parent, args, { catalogue }) => catalogue.list(args),
  service: (_parent, { id }, { catalogue }) => catalogue.get(id),
  agreement: (_parent, { id }, { agreements }) => agreements.get(id),
  agreementsDueForReview: (_parent, { asOf }, { agreements }) => agreements.dueForReview(asOf),
  businessCalendars: (_parent, _args, { calendars }) => calendars.list(),
  businessCalendar: (_parent, { id }, { calendars }) => calendars.get(id),
  requirement: (_parent, { id }, { requirements }) => requirements.get(id),
  target: (_parent, { id }, { agreements }) => agreements.targetById(id),
  supportingAgreements: (_parent, _args, { support }) => support.list(),
  supportingAgreement: (_parent, { id }, { support }) => support.get(id),
  ticketTiming: (_parent, { reference }, { measurements }) => measurements.ticket(reference),
  serviceLevelReport: (_parent, { agreementId, periodContaining, trendPeriods }, { reports }) =>
    reports.report(agreementId, periodContaining, trendPeriods),
  whatIf: (_parent, { input }, { reports }) => reports.whatIf(input),
};
