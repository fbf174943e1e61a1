export { continualImprovement, createContinualImprovement } from './subgraph';
export { rebuildKpiProjections } from './services/kpi-rebuild';
