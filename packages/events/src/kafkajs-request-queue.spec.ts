// kafkajs 2.2.4, its last release, is patched (patches/kafkajs@2.2.4.patch) so that an idle
// connection stops checking its empty queue of requests every millisecond.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue');

const silent = { debug: () => undefined, warn: () => undefined, error: () => undefined };

function requestQueue() {
  return new RequestQueue({
    maxInFlightRequests: 1,
    requestTimeout: 30_000,
    enforceRequestTimeout: false,
    clientId: 'spec',
    broker: 'localhost:9092',
    logger: silent,
  });
}

/** A request as a broker connection pushes it; `sent` counts the times it went out. */
function request(correlationId: number) {
  const state = { sent: 0 };
  return {
    state,
    pushed: {
      entry: { correlationId, apiKey: 0, apiName: 'Produce', apiVersion: 0, resolve: () => {} },
      expectResponse: true,
      sendRequest: () => (state.sent += 1),
    },
  };
}

describe("kafkajs's request queue, as patched", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('schedules nothing once an answer leaves no request waiting', () => {
    const queue = requestQueue();
    const first = request(1);
    queue.push(first.pushed);
    expect(first.state.sent).toBe(1);
    queue.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(jest.getTimerCount()).toBe(0);
    queue.destroy();
  });

  it('still sends a request that waits out a throttle, when the throttle ends', () => {
    const queue = requestQueue();
    queue.maybeThrottle(50);
    const waiting = request(2);
    queue.push(waiting.pushed);
    expect(waiting.state.sent).toBe(0);
    jest.advanceTimersByTime(49);
    expect(waiting.state.sent).toBe(0);
    jest.advanceTimersByTime(1);
    expect(waiting.state.sent).toBe(1);
    queue.destroy();
  });

  it('sends a request that waited for a free slot once the one in flight is answered', () => {
    const queue = requestQueue();
    queue.push(request(3).pushed);
    const second = request(4);
    queue.push(second.pushed);
    expect(second.state.sent).toBe(0);
    queue.fulfillRequest({ correlationId: 3, payload: Buffer.alloc(0), size: 0 });
    expect(second.state.sent).toBe(1);
    queue.destroy();
  });
});
