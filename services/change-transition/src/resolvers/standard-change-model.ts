import { riskOf } from '../domain/ratings';
import type { StandardChangeModelResolvers } from '../generated/graphql';

export const StandardChangeModel: StandardChangeModelResolvers = {
  // Both ratings are required of a model, so its risk is always known.
  risk: ({ impact, likelihood }) => riskOf(impact, likelihood)!,
};
