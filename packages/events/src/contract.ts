import { z } from 'zod';

/** A Kafka topic; every event on it is keyed by the id of the aggregate it is about. */
export interface TopicDefinition {
  name: string;
  /** What the message key holds. */
  key: string;
  description: string;
  /** Who publishes to the topic, when it is not the subgraph that owns it (an ingest topic). */
  sender?: string;
}

export interface EventDefinition<
  Type extends string = string,
  Data extends z.ZodObject = z.ZodObject,
> {
  /** `itsm.<subgraph>.<aggregate>.<past-tense verb>.v<major>`. */
  type: Type;
  /** The CloudEvents `source`: `/itsm/<subgraph>`. */
  source: string;
  topic: TopicDefinition;
  summary: string;
  data: Data;
}

export type EventData<Definition extends EventDefinition> = z.output<Definition['data']>;

const EVENT_TYPE =
  /^itsm\.([a-z]+(?:-[a-z]+)*)\.[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*\.v[1-9]\d*$/;

export function defineTopic(topic: TopicDefinition): TopicDefinition {
  return topic;
}

export function defineEvent<const Type extends string, Data extends z.ZodObject>(definition: {
  type: Type;
  topic: TopicDefinition;
  summary: string;
  data: Data;
}): EventDefinition<Type, Data> {
  const subgraph = EVENT_TYPE.exec(definition.type)?.[1];
  if (!subgraph) throw new Error(`${definition.type} is not a versioned ITSM event type`);
  return { ...definition, source: `/itsm/${subgraph}` };
}

/** Timestamps travel as RFC 3339 strings with an offset. */
export const timestampSchema = z.iso.datetime({ offset: true });
export const eventIdSchema = z.guid();
