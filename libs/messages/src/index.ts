// Pure TypeScript, no Node or Nest imports: the web app bundles this lib too.
export * from './catalog';
export * from './user-message';
export * from './notification-messages';
export * from './notification-messages.id';
export * from './mail-messages';
export * from './audit-actions';
