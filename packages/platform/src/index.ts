export * from './caller';
export * from './caller-assertion';
export * from './configuration';
export * from './errors';
export * from './http-server';
export * from './logger';
export * from './validation';
export * from './subgraphs';
