export * from './core.module';
export * from './schema';
export * from './process-main';
