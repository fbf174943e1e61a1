export { changeTransition } from './subgraph';
