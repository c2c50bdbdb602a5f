export * from './columns';
export * from './data-source';
export * from './db.module';
export * from './transactions';
export * from './outbox-event.entity';
