// Pure TypeScript, no Node or Nest imports: the web app bundles this lib too.
export * from './little-text';
export * from './network-limits';
export * from './x-text';
