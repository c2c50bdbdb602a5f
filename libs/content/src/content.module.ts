import { IdentityModule } from '@chorus/identity';
import { Module } from '@nestjs/common';
import { ContentRepository } from './content.repository';
import { LinkPreviewService } from './link-preview/link-preview.service';
import { PostsService } from './posts.service';

@Module({
  imports: [IdentityModule],
  providers: [ContentRepository, PostsService, LinkPreviewService],
  exports: [ContentRepository, PostsService, LinkPreviewService],
})
export class ContentModule {}
