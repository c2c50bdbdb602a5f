export * from './click-recorder';
export * from './link-click.entity';
export * from './link-clicks.repository';
export * from './tracked-link';
