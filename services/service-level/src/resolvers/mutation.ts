import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  registerService: (_parent, { input }, { catalogue }) => catalogue.register(input),
  changeServiceLifecycle: (_parent, { input }, { catalogue }) => catalogue.changeLifecycle(input),
  assignBusinessCalendar: (_parent, { input }, { catalogue }) => catalogue.assignCalendar(input),
  defineBusinessCalendar: (_parent, { input }, { calendars }) => calendars.define(input),
  addCalendarHoliday: (_parent, { input }, { calendars }) => calendars.addHoliday(input),
  captureRequirement: (_parent, { input }, { requirements }) => requirements.capture(input),
  draftAgreementFromRequirement: (_parent, { input }, { agreements }) =>
    agreements.draftFromRequirement(input),
  draftAgreement: (_parent, { input }, { agreements }) => agreements.draft(input),
  addTarget: (_parent, { input }, { agreements }) => agreements.addTarget(input),
  signAgreement: (_parent, { input }, { agreements }) => agreements.sign(input),
  transitionAgreement: (_parent, { input }, { agreements }) => agreements.transition(input),
  registerSupportingAgreement: (_parent, { input }, { support }) => support.register(input),
  addSupportingTarget: (_parent, { input }, { support }) => support.addTarget(input),
  recordOutage: (_parent, { input }, { measurements }) => measurements.recordOutage(input),
  endOutage: (_parent, { input }, { measurements }) => measurements.endOutage(input),
  recordTicketTiming: (_parent, { input }, { measurements }) =>
    measurements.recordTicketTiming(input),
  recordMetricSample: (_parent, { input }, { measurements }) =>
    measurements.recordMetricSample(input),
};
