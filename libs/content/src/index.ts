export * from './campaign.entity';
export * from './content-responses';
export * from './content.dto';
export * from './content.module';
export * from './content.repository';
export * from './post.entity';
export * from './posts.service';
export * from './link-preview/link-preview.service';
