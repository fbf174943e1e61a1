import { readSubgraphSettings } from '@itsm/subgraph-kit';

// The default port, 4004, comes from the subgraph registry in @itsm/platform.
export const settings = readSubgraphSettings(process.env, 'continual-improvement');
