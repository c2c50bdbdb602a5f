export * from './analytics-responses';
export * from './analytics.dto';
export * from './analytics.entities';
export * from './analytics.module';
export * from './analytics.repository';
export * from './analytics.service';
export * from './conversions.service';
export * from './measures';
