import DataLoader from 'dataloader';
import { canReadCustomer, isCustomerScoped, normalizeId, parseInput } from '@itsm/platform';
import type { RequestContext } from '@itsm/subgraph-kit';
import {
  changePoint,
  complaintPoint,
  type Measures,
  satisfactionPoint,
  slaAttainmentPoint,
} from '../domain/kpi-points';
import { type KpiWindow, kpiWindowSchema } from '../domain/kpi-window';
import { severeSeverities } from '../domain/rules/complaint-rule';
import type { ImprovementSettings } from '../environment';
import type {
  KpiFamily,
  KpiRow,
  KpiScopeKind,
  KpiSeriesRepository,
} from '../repositories/kpi-series-repository';

/** What a KpiSeries is about: a service, a customer or the portfolio, over a window. Its
 * lists are loaded only when asked for. */
export interface KpiScope {
  kind: KpiScopeKind;
  id: string | null;
  window: KpiWindow;
}

interface SeriesKey {
  family: KpiFamily;
  scope: KpiScope;
}

const POINTS = {
  slaAttainment: slaAttainmentPoint,
  satisfaction: satisfactionPoint,
  complaints: complaintPoint,
  changes: changePoint,
} satisfies Record<KpiFamily, (periodStart: Date, measures: Measures) => unknown>;

/**
 * KPIs as time series, read from the projections only. The series of many services or
 * customers in one request cost one SQL statement per family asked for. A CUSTOMER caller's
 * series count only the facts of its own customers.
 */
export class KpiService {
  private readonly series = new DataLoader<SeriesKey, KpiRow[], string>(
    (keys) => this.loadSeries(keys),
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: KpiSeriesRepository,
    private readonly settings: ImprovementSettings,
  ) {}

  portfolio(window: unknown): KpiScope {
    return { kind: 'PORTFOLIO', id: null, window: this.parseWindow(window) };
  }

  ofService(serviceId: string, window: unknown): KpiScope {
    return { kind: 'SERVICE', id: normalizeId(serviceId), window: this.parseWindow(window) };
  }

  /** A CUSTOMER caller asking for another customer gets an empty series. */
  ofCustomer(customerId: string, window: unknown): KpiScope {
    const id = normalizeId(customerId);
    const visible = id !== null && canReadCustomer(this.request.caller, id);
    return { kind: 'CUSTOMER', id: visible ? id : null, window: this.parseWindow(window) };
  }

  async slaAttainment(scope: KpiScope) {
    return this.points('slaAttainment', scope);
  }

  async satisfaction(scope: KpiScope) {
    return this.points('satisfaction', scope);
  }

  async complaints(scope: KpiScope) {
    return this.points('complaints', scope);
  }

  async changes(scope: KpiScope) {
    return this.points('changes', scope);
  }

  private async points<Family extends KpiFamily>(family: Family, scope: KpiScope) {
    if (scope.kind !== 'PORTFOLIO' && scope.id === null) return [];
    const rows = await this.series.load({ family, scope });
    return rows.map(
      (row) => POINTS[family](row.periodStart, row.measures) as ReturnType<(typeof POINTS)[Family]>,
    );
  }

  private parseWindow(window: unknown): KpiWindow {
    return parseInput(kpiWindowSchema(this.settings.kpiTimeZone), window ?? {}, 'window');
  }

  /** One query per family, scope kind and window, for all the ids asked for together. */
  private async loadSeries(keys: readonly SeriesKey[]): Promise<KpiRow[][]> {
    const { caller } = this.request;
    const groups = new Map<string, SeriesKey[]>();
    for (const key of keys) {
      const group = JSON.stringify([key.family, key.scope.kind, key.scope.window]);
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const rowsByKey = new Map<string, KpiRow[]>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const [{ family, scope }] = group as [SeriesKey];
        const rows = await this.repository.series({
          family,
          kind: scope.kind,
          ids: [...new Set(group.map((key) => key.scope.id!))],
          window: scope.window,
          onlyCustomerIds: isCustomerScoped(caller) ? caller.customerIds : null,
          severeSeverities: severeSeverities(this.settings.thresholds),
        });
        for (const key of group) {
          rowsByKey.set(
            JSON.stringify(key),
            rows.filter((row) => scope.kind === 'PORTFOLIO' || row.scopeId === key.scope.id),
          );
        }
      }),
    );
    return keys.map((key) => rowsByKey.get(JSON.stringify(key))!);
  }
}
