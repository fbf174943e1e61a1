import type { BusinessCalendarResolvers } from '../generated/graphql';

export const BusinessCalendar: BusinessCalendarResolvers = {
  serviceMinutesBetween: (calendar, { from, to }, { calendars }) =>
    calendars.serviceMinutesBetween(calendar, from, to),
};
