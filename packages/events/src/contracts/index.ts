export * from './change-transition';
export * from './continual-improvement';
export * from './customer-portfolio';
export * from './service-level';
