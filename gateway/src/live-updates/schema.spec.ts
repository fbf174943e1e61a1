import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import {
  CHANGE_STATES,
  CHANGE_TYPES,
  IMPROVEMENT_SOURCES,
  IMPROVEMENT_STATES,
  MEASUREMENT_UNITS,
  PRIORITIES,
  REVIEW_OUTCOMES,
  TARGET_METRICS,
  TARGET_STATUSES,
} from '@itsm/events';
import { type GraphQLSchema, isEnumType } from 'graphql';
import type { LiveFeed } from './feed';
import { withLiveUpdates } from './schema';

/** The committed supergraph's API schema, as the gateway serves it, with live updates. */
async function servedSchema(): Promise<GraphQLSchema> {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(join(__dirname, '../../../schema/supergraph.graphql'), 'utf8'),
  });
  let schema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    schema = withLiveUpdates(apiSchema, {} as LiveFeed);
  });
  await gateway.load();
  await gateway.stop();
  return schema!;
}

describe('the Subscription type the gateway adds to the supergraph', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await servedSchema();
  });

  it('has one field per stream beside the composed Query and Mutation', () => {
    expect(Object.keys(schema.getSubscriptionType()!.getFields())).toEqual([
      'serviceLevelAlerts',
      'changeRequestTransitions',
      'improvementsIdentified',
    ]);
    expect(schema.getQueryType()!.getFields().customers).toBeDefined();
  });

  // The payloads use the supergraph's enums; an event value the enum lacks would fail
  // to serialise at the moment it is pushed.
  it.each([
    ['TargetMetric', TARGET_METRICS],
    ['MeasurementUnit', MEASUREMENT_UNITS],
    ['TargetStatus', TARGET_STATUSES],
    ['ChangeType', CHANGE_TYPES],
    ['ChangeState', CHANGE_STATES],
    ['ChangeReviewOutcome', REVIEW_OUTCOMES],
    ['ImprovementSource', IMPROVEMENT_SOURCES],
    ['ImprovementState', IMPROVEMENT_STATES],
    ['Priority', PRIORITIES],
  ])('knows every value the events carry in %s', (name, values) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum of the supergraph`);
    expect(type.getValues().map((value) => value.name)).toEqual(
      expect.arrayContaining([...values]),
    );
  });
});
