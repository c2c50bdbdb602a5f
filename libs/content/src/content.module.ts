import { IdentityModule } from '@chorus/identity';
import { NotificationsModule } from '@chorus/notifications';
import { Module } from '@nestjs/common';
import { ContentRepository } from './content.repository';
import { FeaturedPostNotificationsConsumer } from './featured-post-notifications.consumer';
import { LinkPreviewService } from './link-preview/link-preview.service';
import { PostsService } from './posts.service';

@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [ContentRepository, PostsService, LinkPreviewService, FeaturedPostNotificationsConsumer],
  exports: [ContentRepository, PostsService, LinkPreviewService],
})
export class ContentModule {}
