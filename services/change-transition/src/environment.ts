import { readSubgraphSettings } from '@itsm/subgraph-kit';

export const settings = readSubgraphSettings(process.env, 'change-transition');
