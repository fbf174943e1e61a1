import {
  type ConsumerDefinition,
  customerTopic,
  on,
  serviceDependencyAdded,
  serviceDependencyRemoved,
  serviceDependencyUpdated,
} from '@itsm/events';
import { replicateDependency } from '../services/service-dependency-replication';

/** change-transition keeps a replica of the services each customer depends on, from
 * customer-portfolio's customer topic; the topic's other events are acknowledged and skipped. */
export const dependencyConsumer: ConsumerDefinition = {
  group: 'change-transition',
  topics: [customerTopic.name],
  handlers: [
    on(serviceDependencyAdded, replicateDependency('ADDED')),
    on(serviceDependencyUpdated, replicateDependency('UPDATED')),
    on(serviceDependencyRemoved, replicateDependency('REMOVED')),
  ],
};
