import { runSubgraph } from '@itsm/subgraph-kit';
import { processSettings } from './environment';
import { serviceLevel } from './subgraph';

runSubgraph(serviceLevel, processSettings());
