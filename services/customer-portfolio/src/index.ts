export { customerPortfolio } from './subgraph';
