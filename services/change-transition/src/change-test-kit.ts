import { randomUUID } from 'node:crypto';
import {
  type EventData,
  eventOf,
  InProcessEventBus,
  type OutgoingRecord,
  type PendingEvent,
  serializeEvent,
  serviceDependencyAdded,
  serviceDependencyRemoved,
  serviceDependencyUpdated,
} from '@itsm/events';
import { createLogger } from '@itsm/platform';
import { type QueryAs, startTestSubgraph, type TestCaller, type TestSubgraph } from '@itsm/testkit';
import type { DependencyChange } from './domain/service-dependency';
import { changeTransition } from './subgraph';

/** What the integration tests of change-transition share: callers, documents and builders
 * that take a change request to a given point of its life through GraphQL. */

export const CHANGE_MANAGER: TestCaller = { roles: ['CHANGE_MANAGER'], subject: 'dewi.change' };
export const OTHER_CHANGE_MANAGER: TestCaller = {
  roles: ['CHANGE_MANAGER'],
  subject: 'eko.change',
};
export const CAB = ['ana', 'budi', 'citra'].map((name): TestCaller => ({
  roles: ['CAB_MEMBER'],
  subject: `${name}.cab`,
}));
export const ANALYST: TestCaller = { roles: ['ANALYST'], subject: 'sam.analyst' };

export const CHANGE_FIELDS = `id reference type state allowedTransitions requestedBy
  impact urgency likelihood priority risk plannedStart plannedEnd blackoutOverrideReason
  approvalPolicy { board quorum changeManagerRequired }
  approvals { approver approverRole decision reason }
  review { outcome incidentsCaused lessonsLearned reviewedBy }
  history { fromState toState actor reason }
  customer { id } affectedServices { id }`;

/** A mutation of one change request that takes an optional or required reason. */
const withReason = (name: string, reasonType = 'String') =>
  `mutation M($id: ID!, $reason: ${reasonType}) { ${name}(id: $id, reason: $reason) { ${CHANGE_FIELDS} } }`;

const withInput = (name: string, inputType: string, extra = '') =>
  `mutation M($id: ID!, $input: ${inputType}!) { ${name}(id: $id, input: $input) { ${CHANGE_FIELDS} ${extra} } }`;

export const DEFINE_MODEL = `mutation M($input: DefineStandardChangeModelInput!) {
  defineStandardChangeModel(input: $input) {
    id name description category impact likelihood risk implementationPlan backoutPlan testPlan definedBy
  }
}`;

export const DOCUMENTS = {
  raise: `mutation M($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { ${CHANGE_FIELDS} } }`,
  update: withInput('updateChangeRequest', 'UpdateChangeRequestInput'),
  submit: withReason('submitChangeRequest'),
  assess: withInput('assessChangeRequest', 'AssessChangeRequestInput'),
  decide: withInput('decideOnChangeRequest', 'ChangeApprovalDecisionInput'),
  schedule: withInput(
    'scheduleChangeRequest',
    'ScheduleChangeRequestInput',
    'conflicts { service { id } changeRequests { id } overlapStart overlapEnd }',
  ),
  start: withReason('startImplementation'),
  complete: withReason('completeImplementation'),
  fail: withReason('failImplementation', 'String!'),
  review: withInput('reviewChangeRequest', 'ReviewChangeRequestInput'),
  close: withReason('closeChangeRequest'),
  cancel: withReason('cancelChangeRequest', 'String!'),
  get: `query Q($id: ID!) { changeRequest(id: $id) { ${CHANGE_FIELDS} } }`,
};

export interface Change {
  id: string;
  reference: string;
  type: string;
  state: string;
  allowedTransitions: string[];
  customer: { id: string } | null;
  approvals: { approver: string; decision: string }[];
  history: { fromState: string | null; toState: string; actor: string; reason: string | null }[];
  [field: string]: unknown;
}

/** A standard change model with a name of its own. */
export function modelInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Renew a TLS certificate ${randomUUID().slice(0, 8)}`,
    category: 'Security',
    impact: 'LOW',
    likelihood: 'LOW',
    implementationPlan: 'Install the renewed certificate.',
    backoutPlan: 'Reinstall the previous certificate.',
    testPlan: 'Open the site and check the chain.',
    ...overrides,
  };
}

/** A complete request, ready for submission, on services of its own. */
export function completeInput(overrides: Record<string, unknown> = {}) {
  return {
    title: `Upgrade the payment gateway ${randomUUID().slice(0, 8)}`,
    type: 'NORMAL',
    customerId: randomUUID(),
    serviceIds: [randomUUID()],
    category: 'Infrastructure',
    impact: 'MEDIUM',
    urgency: 'MEDIUM',
    likelihood: 'MEDIUM',
    implementationPlan: 'Roll the new version out node by node.',
    backoutPlan: 'Roll the previous version back node by node.',
    testPlan: 'Run ten test payments.',
    ...overrides,
  };
}

/** change-transition on a fresh database for one test file: started before its tests and
 * stopped after them. */
export function changeTransitionUnderTest(): ChangeDriver {
  const driver = new ChangeDriver();
  beforeAll(() => driver.start());
  afterAll(() => driver.stop());
  return driver;
}

export class ChangeDriver {
  private subgraph!: TestSubgraph;
  /** The subgraph's own bus, on which a test publishes other subgraphs' events. */
  private readonly bus = new InProcessEventBus(createLogger('test-bus', 'silent'));

  async start(): Promise<void> {
    this.subgraph = await startTestSubgraph(changeTransition, { transport: this.bus });
    this.bus.start();
  }

  async stop(): Promise<void> {
    await this.subgraph.stop();
    await this.bus.stop();
  }

  /** Publishes events as their publishers would, CloudEvent envelope and all; resolves once
   * change-transition has committed them. Returns the records, to deliver them again. */
  async deliver(...events: PendingEvent[]): Promise<OutgoingRecord[]> {
    const records = events.map((event) => serializeEvent(event).record);
    await this.bus.publish(records);
    return records;
  }

  /** Sends records delivered before once more, as Kafka may after a rebalance. */
  redeliver(records: OutgoingRecord[]): Promise<void> {
    return this.bus.publish(records);
  }

  /** How many events change-transition's consumer group has taken in. */
  async inboxCount(): Promise<number> {
    const [row]: { count: string }[] = await this.subgraph.running.dataSource.query(
      `SELECT count(*) FROM event_inbox WHERE consumer_group = 'change-transition'`,
    );
    return Number(row!.count);
  }

  /** SQL statements the subgraph has sent since it started. */
  statementCount(): number {
    return this.subgraph.running.statementCount();
  }

  /** Runs an operation as the caller, whatever it answers. */
  query: QueryAs = (caller, document, variables) =>
    this.subgraph.query(caller, document, variables);

  /** Runs a mutation or query that must succeed and returns its single root field. */
  async ok(
    caller: TestCaller,
    document: string,
    variables: Record<string, unknown>,
  ): Promise<Change> {
    const response = await this.subgraph.query(caller, document, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data!)[0] as Change;
  }

  /** Raises a complete request; a STANDARD one follows a change model defined for it. */
  async raise(overrides: Record<string, unknown> = {}, caller = CHANGE_MANAGER) {
    const model =
      overrides.type === 'STANDARD' && !('standardChangeModelId' in overrides)
        ? { standardChangeModelId: (await this.defineModel()).id }
        : {};
    return this.ok(caller, DOCUMENTS.raise, { input: completeInput({ ...model, ...overrides }) });
  }

  defineModel(overrides: Record<string, unknown> = {}) {
    return this.ok(CHANGE_MANAGER, DEFINE_MODEL, { input: modelInput(overrides) });
  }

  /** A change waiting for its approvers: a NORMAL one assessed, an EMERGENCY one submitted. */
  async awaitingApproval(overrides: Record<string, unknown> = {}) {
    const raised = await this.raise(overrides);
    const submitted = await this.ok(CHANGE_MANAGER, DOCUMENTS.submit, { id: raised.id });
    if (submitted.type !== 'NORMAL') return submitted;
    const { impact, urgency, likelihood } = completeInput(overrides);
    return this.ok(CHANGE_MANAGER, DOCUMENTS.assess, {
      id: raised.id,
      input: { impact, urgency, likelihood },
    });
  }

  approve(caller: TestCaller, id: string) {
    return this.ok(caller, DOCUMENTS.decide, { id, input: { decision: 'APPROVED' } });
  }

  /** An authorised change: MEDIUM risk by default, so two CAB members approve it. */
  async authorized(overrides: Record<string, unknown> = {}) {
    const waiting = await this.awaitingApproval(overrides);
    if (waiting.type === 'EMERGENCY') {
      await this.approve(CAB[0]!, waiting.id);
      return this.approve(OTHER_CHANGE_MANAGER, waiting.id);
    }
    await this.approve(CAB[0]!, waiting.id);
    return this.approve(CAB[1]!, waiting.id);
  }

  async scheduled(
    window: { plannedStart: string; plannedEnd: string },
    overrides: Record<string, unknown> = {},
  ) {
    const ready =
      overrides.type === 'STANDARD'
        ? await this.submitted(overrides)
        : await this.authorized(overrides);
    return this.ok(CHANGE_MANAGER, DOCUMENTS.schedule, { id: ready.id, input: window });
  }

  async submitted(overrides: Record<string, unknown> = {}) {
    const raised = await this.raise(overrides);
    return this.ok(CHANGE_MANAGER, DOCUMENTS.submit, { id: raised.id });
  }

  async implementing(overrides: Record<string, unknown> = {}) {
    const scheduled = await this.scheduled(nextWindow(), overrides);
    return this.ok(CHANGE_MANAGER, DOCUMENTS.start, { id: scheduled.id });
  }

  /** The event types published for one aggregate, in order. */
  async eventsOf(id: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
    const rows: { event_type: string; message_value: string }[] =
      await this.subgraph.running.dataSource.query(
        `SELECT event_type, message_value FROM event_outbox WHERE message_key = $1 ORDER BY position`,
        [id],
      );
    return rows.map((row) => ({ type: row.event_type, data: JSON.parse(row.message_value).data }));
  }
}

const DEPENDENCY_EVENTS = {
  ADDED: serviceDependencyAdded,
  UPDATED: serviceDependencyUpdated,
  REMOVED: serviceDependencyRemoved,
};

type DependencyData = EventData<typeof serviceDependencyAdded>;

/** A service-dependency event of customer-portfolio's contract, keyed by the customer as it
 * publishes them. */
export function dependencyEvent(
  change: DependencyChange,
  facts: Pick<DependencyData, 'customerId' | 'serviceId' | 'criticality'> & Partial<DependencyData>,
): PendingEvent & { data: DependencyData } {
  const data: DependencyData = {
    dependencyId: randomUUID(),
    userCount: 120,
    businessProcess: 'checkout',
    actor: 'rina.brm',
    occurredAt: new Date().toISOString(),
    ...facts,
  };
  return { ...eventOf(DEPENDENCY_EVENTS[change], data.customerId, data), data };
}

let windowCounter = 0;

/** A fresh two-hour window far in the future, so tests never meet each other's windows. */
export function nextWindow() {
  windowCounter += 1;
  const start = new Date(Date.UTC(2031, 0, 1) + windowCounter * 7 * 24 * 3600_000);
  return {
    plannedStart: start.toISOString(),
    plannedEnd: new Date(start.getTime() + 2 * 3600_000).toISOString(),
  };
}
