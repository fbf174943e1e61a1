import { type ConsumerDefinition, on, targetBreached, targetTopic } from '@itsm/events';
import { recordSlaBreach } from '../services/sla-breach-projection';

/** customer-portfolio listens to service-level's target standings for the breaches that
 * lower customer health; the other target events are acknowledged and skipped. */
export const portfolioConsumer: ConsumerDefinition = {
  group: 'customer-portfolio',
  topics: [targetTopic.name],
  handlers: [on(targetBreached, recordSlaBreach)],
};
