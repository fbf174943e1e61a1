import { createHash } from 'node:crypto';
import type { SeededData } from './seed';

/** The mixed write workload of scenario 4, in turn: a customer registered, a ticket's
 * timings recorded (a measurement, which re-judges the targets on its service) and a
 * seeded draft change submitted. Each request writes something new. */
export function mixedWrites(seeded: SeededData, authorization: string) {
  let sequence = 0;
  let nextDraft = 0;
  const headers = { authorization };
  const requests = [
    (n: number) => ({
      query: /* GraphQL */ `
        mutation ($input: RegisterCustomerInput!) {
          registerCustomer(input: $input) {
            id
          }
        }
      `,
      variables: {
        input: {
          code: `W-${n}`,
          name: `Written customer ${n}`,
          tier: 'STANDARD',
          accountManager: 'manager-0001',
        },
      },
    }),
    (n: number) => ({
      query: /* GraphQL */ `
        mutation ($input: RecordTicketTimingInput!) {
          recordTicketTiming(input: $input) {
            id
          }
        }
      `,
      variables: {
        input: {
          reference: `W-INC-${n}`,
          serviceId: seeded.serviceIds[n % seeded.serviceIds.length],
          priority: 'P2',
          openedAt: new Date(Date.now() - 3_600_000).toISOString(),
          resolvedAt: new Date().toISOString(),
        },
      },
    }),
    () => ({
      query: /* GraphQL */ `
        mutation ($id: ID!) {
          submitChangeRequest(id: $id) {
            state
          }
        }
      `,
      variables: { id: seededDraftChange((nextDraft += 1)) },
    }),
  ];
  return () => {
    sequence += 1;
    return {
      body: JSON.stringify(requests[sequence % requests.length]!(sequence)),
      headers,
    };
  };
}

/** The id of the seed's `n`th draft change: change c is a draft when c is a multiple of 6
 * (seed.ts), and its id is md5('change-' || c) as a uuid. */
function seededDraftChange(n: number): string {
  const hex = createHash('md5')
    .update(`change-${n * 6}`)
    .digest('hex');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
}
