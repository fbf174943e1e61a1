import { runSubgraph } from '@itsm/subgraph-kit';
import { settings } from './environment';
import { changeTransition } from './subgraph';

runSubgraph(changeTransition, settings);
