import { runSubgraph } from '@itsm/subgraph-kit';
import { settings } from './environment';
import { customerPortfolio } from './subgraph';

runSubgraph(customerPortfolio, settings);
