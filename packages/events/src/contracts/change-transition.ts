import { z } from 'zod';
import { defineEvent, defineTopic, eventIdSchema, timestampSchema } from '../contract';

export const CHANGE_TYPES = ['STANDARD', 'NORMAL', 'EMERGENCY'] as const;
export const CHANGE_STATES = [
  'DRAFT',
  'SUBMITTED',
  'ASSESSED',
  'AUTHORIZED',
  'SCHEDULED',
  'IMPLEMENTING',
  'IMPLEMENTED',
  'REVIEWED',
  'CLOSED',
  'REJECTED',
  'CANCELLED',
  'FAILED',
] as const;

export const changeRequestTopic = defineTopic({
  name: 'itsm.change-transition.change-request',
  key: 'The change request id.',
  description: 'Requests for change, from raising to closure.',
});

export const changeRequestRaised = defineEvent({
  type: 'itsm.change-transition.change-request.raised.v1',
  topic: changeRequestTopic,
  summary: 'A request for change was raised.',
  data: z.object({
    changeRequestId: eventIdSchema,
    reference: z.string(),
    title: z.string(),
    type: z.enum(CHANGE_TYPES),
    state: z.enum(CHANGE_STATES),
    customerId: eventIdSchema.nullable(),
    serviceIds: z.array(eventIdSchema).min(1),
    requestedBy: z.string(),
    raisedAt: timestampSchema,
  }),
});
