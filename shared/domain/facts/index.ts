export * from './state';
export * from './record';
export * from './person';
