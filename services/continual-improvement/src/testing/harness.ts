import { createLogger } from '@itsm/platform';
import {
  InProcessEventBus,
  type OutgoingRecord,
  type PendingEvent,
  serializeEvent,
} from '@itsm/events';
import { startTestSubgraph, type TestSubgraph } from '@itsm/testkit';
import type { ImprovementSettings } from '../environment';
import { DEFAULT_THRESHOLDS } from '../domain/rules/thresholds';
import { createContinualImprovement } from '../subgraph';

export const TEST_SETTINGS: ImprovementSettings = {
  thresholds: DEFAULT_THRESHOLDS,
  kpiTimeZone: 'UTC',
};

export interface ImprovementHarness {
  subgraph: TestSubgraph;
  /** Publishes the events on the bus as their publishers would, CloudEvent envelope and
   * all; resolves once continual-improvement has committed them. Each is sent at its own
   * `time`, or now. */
  deliver(
    ...events: (PendingEvent | { event: PendingEvent; time: Date })[]
  ): Promise<OutgoingRecord[]>;
  /** The events continual-improvement wrote to its outbox about the initiative, in order. */
  outboxOf(initiativeId: string): Promise<{ type: string; data: Record<string, unknown> }[]>;
  /** Sends records already delivered once more, as Kafka may after a rebalance. */
  redeliver(records: OutgoingRecord[]): Promise<void>;
  stop(): Promise<void>;
}

/** continual-improvement on a fresh database, fed through an in-process bus of its own,
 * so that a test hands it real events of the other subgraphs' contracts. */
export async function startImprovementHarness(
  settings: ImprovementSettings = TEST_SETTINGS,
): Promise<ImprovementHarness> {
  const bus = new InProcessEventBus(createLogger('test-bus', 'silent'));
  const subgraph = await startTestSubgraph(createContinualImprovement(settings), {
    transport: bus,
  });
  bus.start();
  return {
    subgraph,
    deliver: async (...events) => {
      const records = events.map((item) =>
        'event' in item
          ? serializeEvent(item.event, item.time).record
          : serializeEvent(item).record,
      );
      await bus.publish(records);
      return records;
    },
    outboxOf: async (initiativeId) => {
      const rows: { event_type: string; message_value: string }[] =
        await subgraph.running.dataSource.query(
          `SELECT event_type, message_value FROM event_outbox WHERE message_key = $1
           ORDER BY position`,
          [initiativeId],
        );
      return rows.map((row) => ({
        type: row.event_type,
        data: JSON.parse(row.message_value).data,
      }));
    },
    redeliver: (records) => bus.publish(records),
    stop: async () => {
      await subgraph.stop();
      await bus.stop();
    },
  };
}
