export { createServiceLevel, serviceLevel } from './subgraph';
export { readServiceLevelSettings } from './environment';
