import { entityReference } from '@itsm/subgraph-kit';
import type { BlackoutWindowResolvers } from '../generated/graphql';

export const BlackoutWindow: BlackoutWindowResolvers = {
  service: ({ serviceId }) => entityReference(serviceId),
};
