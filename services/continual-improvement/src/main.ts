import { runSubgraph } from '@itsm/subgraph-kit';
import { settings } from './environment';
import { continualImprovement } from './subgraph';

runSubgraph(continualImprovement, settings);
