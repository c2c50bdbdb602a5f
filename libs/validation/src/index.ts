export * from './dates';
export * from './numbers';
export * from './optional';
export * from './paging';
export * from './ids';
