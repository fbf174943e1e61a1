import type { DataSource } from 'typeorm';
import {
  type KafkaTransport,
  MalformedEventError,
  parseEventRecord,
  Transactions,
} from '@itsm/events';
import type { Logger } from '@itsm/platform';
import { CONSUMED_TOPICS } from '../events/consumed';
import { KpiProjectionRepository } from '../repositories/kpi-projection-repository';
import { projectionOf } from './kpi-projections';

export interface RebuildReport {
  /** Records read from the topics. */
  read: number;
  /** Events applied to the projections. */
  projected: number;
  /** Records that are not valid events, which the live consumer dead-lettered. */
  malformed: number;
}

/**
 * Rebuilds the KPI projections from the event log: empties them and replays every consumed
 * topic from its earliest offset under a throwaway consumer group, through the same
 * projections as live consumption. Rules are not run, so nothing is published and the
 * register is untouched. It happens in one transaction: readers see the old numbers until
 * the new ones are complete, and live consumption waits, then applies its events on top.
 */
export async function rebuildKpiProjections(
  dataSource: DataSource,
  transport: KafkaTransport,
  logger: Logger,
): Promise<RebuildReport> {
  const report = await new Transactions(dataSource).run(async ({ manager }) => {
    const projections = new KpiProjectionRepository(manager);
    await projections.clearForRebuild();
    let projected = 0;
    let malformed = 0;
    const read = await transport.replay(CONSUMED_TOPICS, async (record) => {
      let event;
      try {
        event = parseEventRecord(record);
      } catch (error) {
        if (!(error instanceof MalformedEventError)) throw error;
        malformed += 1;
        return;
      }
      const projection = projectionOf(event.type);
      if (!projection) return;
      await projection.project(event, projections);
      projected += 1;
    });
    return { read, projected, malformed };
  });
  logger.info(report, 'KPI projections rebuilt from the topics');
  return report;
}
