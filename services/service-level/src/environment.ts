import { z } from 'zod';
import { parseEnvironment } from '@itsm/platform';
import { readSubgraphSettings, type SubgraphSettings } from '@itsm/subgraph-kit';
import type { ForecastSettings } from './domain/breach-forecast';

/** The rules of this subgraph that its operators choose. */
export interface ServiceLevelSettings {
  forecast: ForecastSettings;
}

export function readServiceLevelSettings(
  environment: Record<string, string | undefined>,
): ServiceLevelSettings {
  const parsed = parseEnvironment(
    {
      BREACH_FORECAST_WINDOW_DAYS: z.coerce.number().int().min(1).max(366).default(30),
      BREACH_FORECAST_AT_RISK_PROBABILITY: z.coerce.number().gt(0).lt(1).default(0.5),
    },
    environment,
  );
  return {
    forecast: {
      windowDays: parsed.BREACH_FORECAST_WINDOW_DAYS,
      atRiskProbability: parsed.BREACH_FORECAST_AT_RISK_PROBABILITY,
    },
  };
}

/** Read when the subgraph definition is built, so `pnpm start` applies them as well. */
export const serviceLevelSettings = readServiceLevelSettings(process.env);

/** The settings of the standalone process (`main.ts`); a function, so that importing the
 * subgraph definition does not require DATABASE_URL. The default port, 4002, comes from
 * the platform's SUBGRAPHS table. */
export function processSettings(): SubgraphSettings {
  return readSubgraphSettings(process.env, 'service-level');
}
