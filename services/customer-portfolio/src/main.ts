import { runSubgraph } from '@itsm/subgraph-kit';
import { processSettings } from './environment';
import { customerPortfolio } from './subgraph';

runSubgraph(customerPortfolio, processSettings());
