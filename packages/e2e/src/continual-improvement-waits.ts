import { INITIATIVE_DETAIL, SERIES } from '@itsm/continual-improvement/src/testing/documents';
import { eventually } from '@itsm/testkit';
import type { TestStack } from './stack';

/**
 * Waiting for continual-improvement, which learns from the other subgraphs' events: after a
 * mutation elsewhere, its initiatives and KPIs move once the event has travelled through the
 * outbox, the broker and its consumer. These poll through the gateway until the expectation
 * holds, and return what they saw.
 */

const ADMIN = { roles: ['ADMIN' as const] };

/** A service or a customer through its owning subgraph's query, with what
 * continual-improvement adds to it. */
function improvementViewOf(field: 'service' | 'customer') {
  return /* GraphQL */ `
    query ($id: ID!, $window: KpiWindowInput) {
      ${field}(id: $id) {
        name
        improvements {
          ...InitiativeDetail
        }
        kpis(window: $window) {
          ...Series
        }
      }
    }
    ${INITIATIVE_DETAIL}
    ${SERIES}
  `;
}

export const SERVICE_IMPROVEMENT_VIEW = improvementViewOf('service');
export const CUSTOMER_IMPROVEMENT_VIEW = improvementViewOf('customer');

export type Subject = { service: string } | { customer: string };

/** The service or customer with its initiatives and KPIs, read through the gateway. */
export async function improvementView(stack: TestStack, subject: Subject) {
  const [document, id] =
    'service' in subject
      ? [SERVICE_IMPROVEMENT_VIEW, subject.service]
      : [CUSTOMER_IMPROVEMENT_VIEW, subject.customer];
  const response = await stack.query(ADMIN, document, { id });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data!)[0] as {
    name: string;
    improvements: any[];
    kpis: Record<'slaAttainment' | 'satisfaction' | 'complaints' | 'changes', any[]> & {
      granularity: string;
      timeZone: string;
    };
  };
}

/** Polls until `expectation` passes on the view (it should use expect), and returns the view. */
export function waitForImprovementView(
  stack: TestStack,
  subject: Subject,
  expectation: (view: Awaited<ReturnType<typeof improvementView>>) => void,
  timeoutMs = 30_000,
) {
  return eventually(async () => {
    const view = await improvementView(stack, subject);
    expectation(view);
    return view;
  }, timeoutMs);
}

/** Waits for an initiative of the given source to concern the service or customer. */
export async function waitForInitiative(
  stack: TestStack,
  subject: Subject,
  source: string,
  timeoutMs?: number,
) {
  const view = await waitForImprovementView(
    stack,
    subject,
    (seen) => {
      if (!seen.improvements.some((initiative) => initiative.source === source)) {
        throw new Error(`no ${source} initiative yet`);
      }
    },
    timeoutMs,
  );
  return view.improvements.find((initiative) => initiative.source === source)!;
}
