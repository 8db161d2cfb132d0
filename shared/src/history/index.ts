export * from './history.types';
export * from './lines';
export * from './figures';
export * from './accuracy';
export * from './progress';
export * from './result-only';
