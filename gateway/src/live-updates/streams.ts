import { z } from 'zod';
import {
  changeRequestRaised,
  changeRequestTopic,
  changeTransitionEvents,
  type EventDefinition,
  improvementIdentified,
  type ReceivedEvent,
  targetAtRisk,
  targetBreached,
} from '@itsm/events';
import { type Caller, canReadCustomer, ForbiddenError, idSchema, parseInput } from '@itsm/platform';

/**
 * The live streams a frontend subscribes to, one per field of `Subscription`: which domain
 * events feed each, the payload each event becomes, and the filters a subscriber may give.
 * Pure: no I/O, so that the mapping and the visibility rules are tested on their own.
 */

/** What one event becomes on a stream: its GraphQL payload, and the customer it concerns,
 * which decides who may see it. */
export interface LiveUpdate {
  stream: StreamName;
  customerId: string | null;
  payload: Record<string, unknown>;
}

/** Every change request event that moves it from one state to another, as the contract
 * says: those with a `fromState`. */
const TRANSITIONS = changeTransitionEvents.filter(
  (definition) => definition.topic === changeRequestTopic && 'fromState' in definition.data.shape,
);

function is<Definition extends EventDefinition>(
  event: ReceivedEvent,
  definition: Definition,
): event is ReceivedEvent<Definition> {
  return event.type === definition.type;
}

const optionalId = idSchema.nullish();

/** A subscription's arguments: ids to narrow the stream by. */
type Filter = Partial<Record<string, string | null>>;

interface Stream {
  /** The events the stream carries. */
  events: readonly EventDefinition[];
  payloadOf(event: ReceivedEvent): Record<string, unknown>;
  /** The subscription's arguments; every one given must match. */
  filter: z.ZodType<Filter, unknown>;
  matches(payload: Record<string, unknown>, filter: Filter): boolean;
}

const same = (wanted: string | null | undefined, actual: unknown) =>
  wanted == null || wanted === actual;

const serviceLevelAlerts: Stream = {
  events: [targetAtRisk, targetBreached],
  payloadOf: (event) => ({
    eventId: event.id,
    kind: is(event, targetBreached) ? 'BREACHED' : 'AT_RISK',
    ...(event.data as Record<string, unknown>),
  }),
  filter: z.object({ customerId: optionalId, serviceId: optionalId, agreementId: optionalId }),
  matches: (payload, filter) =>
    same(filter.customerId, payload.customerId) &&
    same(filter.serviceId, payload.serviceId) &&
    same(filter.agreementId, payload.agreementId),
};

const changeRequestTransitions: Stream = {
  events: [changeRequestRaised, ...TRANSITIONS],
  payloadOf: (event) => {
    if (is(event, changeRequestRaised)) {
      const { data } = event;
      return {
        eventId: event.id,
        ...data,
        fromState: null,
        actor: data.requestedBy,
        reason: null,
        occurredAt: data.raisedAt,
      };
    }
    const data = event.data as Record<string, unknown>;
    return { eventId: event.id, ...data, reviewOutcome: data.outcome ?? null };
  },
  filter: z.object({ customerId: optionalId, changeRequestId: optionalId }),
  matches: (payload, filter) =>
    same(filter.customerId, payload.customerId) &&
    same(filter.changeRequestId, payload.changeRequestId),
};

const improvementsIdentified: Stream = {
  events: [improvementIdentified],
  payloadOf: (event) => {
    const { data } = event as ReceivedEvent<typeof improvementIdentified>;
    return {
      eventId: event.id,
      ...data,
      // Initiatives published before the lists existed name one service at most.
      serviceIds: data.serviceIds ?? (data.serviceId ? [data.serviceId] : []),
      agreementIds: data.agreementIds ?? [],
    };
  },
  filter: z.object({ customerId: optionalId, serviceId: optionalId }),
  matches: (payload, filter) =>
    same(filter.customerId, payload.customerId) &&
    (filter.serviceId == null || (payload.serviceIds as string[]).includes(filter.serviceId)),
};

export const STREAMS = { serviceLevelAlerts, changeRequestTransitions, improvementsIdentified };
export type StreamName = keyof typeof STREAMS;
export const STREAM_NAMES = Object.keys(STREAMS) as StreamName[];

/** Every topic a stream reads. */
export const STREAM_TOPICS = [
  ...new Set(
    Object.values(STREAMS).flatMap((stream) => stream.events.map(({ topic }) => topic.name)),
  ),
];

const streamOfType = new Map(
  (Object.entries(STREAMS) as [StreamName, Stream][]).flatMap(([name, stream]) =>
    stream.events.map((definition) => [definition.type, name] as const),
  ),
);

/** The update an event makes, or null when no stream carries its type. */
export function updateOf(event: ReceivedEvent): LiveUpdate | null {
  const stream = streamOfType.get(event.type);
  if (!stream) return null;
  const payload = STREAMS[stream].payloadOf(event);
  return { stream, customerId: (payload.customerId as string | null) ?? null, payload };
}

/** Decides, once per subscription, which updates of a stream reach the caller: those it
 * may read as it reads queries (a CUSTOMER caller only its own customers'), narrowed by the
 * subscription's arguments. A CUSTOMER asking for another customer is refused. */
export function subscriberFilter(
  stream: StreamName,
  caller: Caller,
  args: Record<string, unknown>,
): (update: LiveUpdate) => boolean {
  const definition = STREAMS[stream];
  const filter = parseInput(definition.filter, args, null);
  if (filter.customerId && !canReadCustomer(caller, filter.customerId)) {
    throw new ForbiddenError(`A CUSTOMER caller subscribes only to its own customers' updates`);
  }
  return (update) =>
    update.stream === stream &&
    canReadCustomer(caller, update.customerId) &&
    definition.matches(update.payload, filter);
}
