import { runSubgraph } from '@itsm/subgraph-kit';
import { readSettings } from './environment';
import { continualImprovement } from './subgraph';

runSubgraph(continualImprovement, readSettings());
