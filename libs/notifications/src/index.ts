export * from './notification.entity';
export * from './notifications.module';
export * from './notifications.service';
export * from './welcome-notification.handler';
export * from './notification-kinds';
