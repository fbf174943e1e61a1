import type { KpiSeriesResolvers } from '../generated/graphql';

export const KpiSeries: KpiSeriesResolvers = {
  granularity: ({ window }) => window.granularity,
  timeZone: ({ window }) => window.timeZone,
  slaAttainment: (scope, _args, { kpis }) => kpis.slaAttainment(scope),
  satisfaction: (scope, _args, { kpis }) => kpis.satisfaction(scope),
  complaints: (scope, _args, { kpis }) => kpis.complaints(scope),
  changes: (scope, _args, { kpis }) => kpis.changes(scope),
};
