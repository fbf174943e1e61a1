export { serviceLevel } from './subgraph';
