import {
  agreementTopic,
  changeRequestTopic,
  type ConsumerDefinition,
  customerTopic,
  on,
  outageRecorded,
  outageTopic,
  serviceTopic,
} from '@itsm/events';
import { applyOutageRule } from '../services/improvement-rules';

/** continual-improvement listens to the other three subgraphs; the rules pick the events
 * they learn from, and the rest is acknowledged. */
export const improvementConsumer: ConsumerDefinition = {
  group: 'continual-improvement',
  topics: [customerTopic, serviceTopic, agreementTopic, outageTopic, changeRequestTopic].map(
    (topic) => topic.name,
  ),
  handlers: [on(outageRecorded, applyOutageRule)],
};
