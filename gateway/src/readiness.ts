import type { Readiness } from '@itsm/platform';

const TIMEOUT_MS = 2000;

/** The gateway is ready only when every subgraph says it is; each subgraph's own checks
 * (its database, its event transport) are passed on. */
export async function subgraphReadiness(subgraphUrls: Record<string, string>): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      const healthUrl = new URL('/health/ready', url);
      try {
        const response = await fetch(healthUrl, { signal: AbortSignal.timeout(TIMEOUT_MS) });
        const body = (await response.json().catch(() => ({}))) as { checks?: Readiness };
        return [
          name,
          {
            ok: response.ok,
            ...(!response.ok && { detail: `HTTP ${response.status}` }),
            ...(body.checks && { checks: body.checks }),
          },
        ];
      } catch (error) {
        return [name, { ok: false, detail: (error as Error).message }];
      }
    }),
  );
  return Object.fromEntries(entries);
}
