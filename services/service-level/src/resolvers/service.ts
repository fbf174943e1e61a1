import type { ServiceResolvers } from '../generated/graphql';

export const Service: ServiceResolvers = {
  __resolveReference: ({ id }, { catalogue }) => catalogue.find(id),
  businessCalendar: (service, _args, { calendars }) => calendars.find(service.calendarId),
  agreements: (service, _args, { agreements }) => agreements.ofService(service.id),
  outages: (service, _args, { measurements }) => measurements.outagesOf(service.id),
};
