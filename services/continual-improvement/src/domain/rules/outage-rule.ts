import type { EventData, outageRecorded } from '@itsm/events';
import type { Priority } from '../improvement-initiative';
import { evidenceOf, RULE_DEFAULTS, type RuleFinding } from './rule-decision';

export type OutageData = EventData<typeof outageRecorded>;

const HOUR_MS = 3_600_000;

/** Longer outages matter more; one still going on is treated as the longest. */
export function outagePriority(outage: OutageData): Priority {
  if (!outage.endedAt) return 'HIGH';
  const hours = (Date.parse(outage.endedAt) - Date.parse(outage.startedAt)) / HOUR_MS;
  if (hours >= 4) return 'HIGH';
  if (hours >= 1) return 'MEDIUM';
  return 'LOW';
}

export function outageSummary(outage: OutageData): string {
  const span = `${outage.startedAt} to ${outage.endedAt ?? 'now (still going on)'}`;
  return `Outage ${span}${outage.description ? `: ${outage.description}` : ''}`;
}

/**
 * The outage rule: a service's outage opens an initiative to find and remove the cause,
 * unless the service already has one unfinished from this rule; later outages are added to
 * that one as further evidence, and the longest sets its priority, so that N outages make
 * one initiative, not N.
 */
export function outageFinding(event: {
  id: string;
  type: string;
  time: Date;
  data: OutageData;
}): RuleFinding {
  const outage = event.data;
  return {
    opens: true,
    evidence: [evidenceOf(event, outageSummary(outage))],
    initiative: {
      ...RULE_DEFAULTS,
      title: `Remove the causes of outages of service ${outage.serviceId}`,
      problemStatement: `The service had an outage, recorded by ${outage.recordedBy}. ${outageSummary(outage)}.`,
      source: 'OUTAGE',
      priority: outagePriority(outage),
      customerId: null,
      serviceIds: [outage.serviceId],
      measure: null,
      ruleKey: `OUTAGE:service:${outage.serviceId}`,
    },
  };
}
