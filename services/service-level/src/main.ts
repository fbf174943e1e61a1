import { runSubgraph } from '@itsm/subgraph-kit';
import { settings } from './environment';
import { serviceLevel } from './subgraph';

runSubgraph(serviceLevel, settings);
