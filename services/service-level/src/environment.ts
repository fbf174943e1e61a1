import { readSubgraphSettings } from '@itsm/subgraph-kit';

// The default port, 4002, comes from the platform's SUBGRAPHS table.
export const settings = readSubgraphSettings(process.env, 'service-level');
