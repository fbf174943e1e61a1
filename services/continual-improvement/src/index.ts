export { continualImprovement } from './subgraph';
