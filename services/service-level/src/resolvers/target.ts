import { UNIT_OF } from '../domain/attainment';
import type {
  BreachForecastResolvers,
  ForecastInputsResolvers,
  ServiceLevelTargetResolvers,
  TargetStandingResolvers,
} from '../generated/graphql';

export const ServiceLevelTarget: ServiceLevelTargetResolvers = {
  agreement: (target, _args, { agreements }) => agreements.agreementOfTarget(target),
  service: (target, _args, { catalogue }) =>
    target.serviceId ? catalogue.get(target.serviceId, 'serviceId') : null,
  unit: (target) => UNIT_OF[target.metric],
  businessCalendar: (target, _args, { calendars }) => calendars.find(target.calendarId),
  inheritsFrom: (target, _args, { agreements }) => agreements.inheritsFrom(target),
  supportChain: (target, _args, { support }) => support.chainOf(target),
  standings: (target, { at }, { reports }) => reports.standingsOf(target, at),
  forecasts: (target, _args, { reports }) => reports.forecastsOf(target),
};

export const TargetStanding: TargetStandingResolvers = {
  service: (standing, _args, { catalogue }) => catalogue.get(standing.serviceId, 'serviceId'),
  periodStart: (standing) => standing.period.start,
  periodEnd: (standing) => standing.period.end,
};

export const BreachForecast: BreachForecastResolvers = {
  service: (forecast, _args, { catalogue }) => catalogue.get(forecast.serviceId, 'serviceId'),
  periodStart: (forecast) => forecast.period.start,
  periodEnd: (forecast) => forecast.period.end,
};

export const ForecastInputs: ForecastInputsResolvers = {
  windowStart: (inputs) => inputs.window.start,
  windowEnd: (inputs) => inputs.window.end,
};
