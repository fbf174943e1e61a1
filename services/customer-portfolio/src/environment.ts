import { z } from 'zod';
import { parseEnvironment } from '@itsm/platform';
import { readSubgraphSettings, type SubgraphSettings } from '@itsm/subgraph-kit';
import { type AcknowledgementDeadlines, DEFAULT_ACKNOWLEDGEMENT_MINUTES } from './domain/feedback';

/** The rules of this subgraph that its operators choose. */
export interface PortfolioSettings {
  /** `all`: an ACCOUNT_MANAGER writes to every customer; `own`: only to the customers whose
   * account manager is the caller's subject. */
  accountManagerWrites: 'all' | 'own';
  /** Minutes within which feedback of each severity must be acknowledged. */
  acknowledgementMinutes: AcknowledgementDeadlines;
}

const YEAR_IN_MINUTES = 525_600;
const minutes = (fallback: number) =>
  z.coerce.number().int().positive().max(YEAR_IN_MINUTES).default(fallback);

export function readPortfolioSettings(
  environment: Record<string, string | undefined>,
): PortfolioSettings {
  const parsed = parseEnvironment(
    {
      ACCOUNT_MANAGER_WRITES: z.enum(['all', 'own']).default('all'),
      FEEDBACK_ACKNOWLEDGE_MINUTES_CRITICAL: minutes(DEFAULT_ACKNOWLEDGEMENT_MINUTES.CRITICAL),
      FEEDBACK_ACKNOWLEDGE_MINUTES_HIGH: minutes(DEFAULT_ACKNOWLEDGEMENT_MINUTES.HIGH),
      FEEDBACK_ACKNOWLEDGE_MINUTES_MEDIUM: minutes(DEFAULT_ACKNOWLEDGEMENT_MINUTES.MEDIUM),
      FEEDBACK_ACKNOWLEDGE_MINUTES_LOW: minutes(DEFAULT_ACKNOWLEDGEMENT_MINUTES.LOW),
    },
    environment,
  );
  return {
    accountManagerWrites: parsed.ACCOUNT_MANAGER_WRITES,
    acknowledgementMinutes: {
      CRITICAL: parsed.FEEDBACK_ACKNOWLEDGE_MINUTES_CRITICAL,
      HIGH: parsed.FEEDBACK_ACKNOWLEDGE_MINUTES_HIGH,
      MEDIUM: parsed.FEEDBACK_ACKNOWLEDGE_MINUTES_MEDIUM,
      LOW: parsed.FEEDBACK_ACKNOWLEDGE_MINUTES_LOW,
    },
  };
}

/** Read when the subgraph definition is built, so `pnpm start` applies them as well. */
export const portfolioSettings = readPortfolioSettings(process.env);

/** The settings of the standalone process (`main.ts`); a function, so that importing the
 * subgraph definition does not require DATABASE_URL. */
export function processSettings(): SubgraphSettings {
  return readSubgraphSettings(process.env, 'customer-portfolio');
}
