export * from './correlation';
export * from './in-process-job-queue';
export * from './job-definitions';
export * from './job-handler';
export * from './job-queue';
export * from './jobs-worker.module';
export * from './jobs.module';
export * from './redis-connection';
