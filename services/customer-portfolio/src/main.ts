import { runSubgraph } from '@itsm/subgraph-kit';
import { settings } from './environment';
import { customerPortfolio } from './subgraph';

void runSubgraph(customerPortfolio, settings);
