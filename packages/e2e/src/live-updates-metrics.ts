import { metricsOf, sample } from './metrics';
import type { TestStack } from './stack';

/** A live updates metric of the gateway, for one stream, from its /metrics. */
export async function liveMetric(
  stack: TestStack,
  name: 'itsm_live_subscriptions' | 'itsm_live_updates_pushed_total',
  stream: string,
): Promise<number> {
  return sample(await metricsOf(stack.gateway.url), name, { stream }) ?? 0;
}

/**
 * The gateway's count of open subscriptions on a stream. A subscriber has no
 * acknowledgement that its subscription runs; tests wait for this count before causing the
 * event they expect.
 */
export function activeSubscriptions(stack: TestStack, stream: string): Promise<number> {
  return liveMetric(stack, 'itsm_live_subscriptions', stream);
}
