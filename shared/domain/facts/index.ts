export * from './state';
export * from './record';
