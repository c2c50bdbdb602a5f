export * from './app-config';
export * from './config-error';
export * from './config.module';
export * from './load-config';
export * from './clock';
export * from './time-zone';
