import type { TestStack } from './stack';

/**
 * The gateway's count of open live update subscriptions on a stream, from its /metrics.
 * A subscriber has no acknowledgement that its subscription runs; tests wait for this
 * count before causing the event they expect.
 */
export async function activeSubscriptions(stack: TestStack, stream: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
  const line = text
    .split('\n')
    .find((row) => row.startsWith(`itsm_live_subscriptions{stream="${stream}"`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}
