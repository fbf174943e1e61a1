import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers, GraphQL errors and connection errors. */
  errors: number;
}

/** How long a run lasts: a time, or a number of requests answered. */
export type RunLength = { durationSeconds: number } | { requests: number };

export type LoadOptions = RunLength & {
  url: string;
  connections: number;
  /** Each request's body and headers, drawn anew for every request. */
  nextRequest: () => { body: string; headers: Record<string, string> };
};

/** Drives a GraphQL endpoint with autocannon: `connections` clients, each sending its next
 * request as soon as the last is answered. */
export async function drive(options: LoadOptions): Promise<LoadResult> {
  let graphQLErrors = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    ...('requests' in options
      ? { amount: options.requests }
      : { duration: options.durationSeconds }),
    // On a shared machine a dashboard may take seconds; a slow answer is a figure, not an error.
    timeout: 60,
    method: 'POST',
    requests: [
      {
        setupRequest: (request) => {
          const next = options.nextRequest();
          return {
            ...request,
            body: next.body,
            headers: { 'content-type': 'application/json', ...next.headers },
          };
        },
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphQLErrors += 1;
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result['2xx'] + result.non2xx,
    errors: result.non2xx + result.errors + graphQLErrors,
  };
}

/** Samples a process's memory every second while `during` runs. */
export async function sampleRss<T>(
  rssMb: () => number,
  during: () => Promise<T>,
): Promise<{ result: T; samples: number[] }> {
  const samples: number[] = [rssMb()];
  const timer = setInterval(() => samples.push(rssMb()), 1000);
  try {
    return { result: await during(), samples };
  } finally {
    clearInterval(timer);
    samples.push(rssMb());
  }
}
