import type { Readiness } from '@itsm/platform';

const TIMEOUT_MS = 2000;

/** The gateway is ready only when every subgraph says it is. */
export async function subgraphReadiness(subgraphUrls: Record<string, string>): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      const healthUrl = new URL('/health/ready', url);
      try {
        const response = await fetch(healthUrl, { signal: AbortSignal.timeout(TIMEOUT_MS) });
        return [
          name,
          { ok: response.ok, ...(!response.ok && { detail: `HTTP ${response.status}` }) },
        ];
      } catch (error) {
        return [name, { ok: false, detail: (error as Error).message }];
      }
    }),
  );
  return Object.fromEntries(entries);
}
