import { Controller, Get, Headers, Query, UseGuards } from '@nestjs/common';
import { CurrentGrant } from '../oauth/member-grant.decorator';
import { MemberTokenGuard } from '../oauth/member-token.guard';
import { RequiresScope } from '../oauth/requires-scope.decorator';
import type { MemberGrant } from '../oauth/token.service';
import { PostAnalyticsPageDto, PostAnalyticsQueryDto } from './dto/post-analytics.dto';
import { PostsService } from './posts.service';
import { RestliHeadersGuard } from './restli-headers.guard';
import { restliQueryValidationPipe } from './restli.pipes';

/** Member post analytics: impressions, reach, reactions, comments and reshares of a member's own post. */
@Controller('rest/memberCreatorPostAnalytics')
@UseGuards(RestliHeadersGuard, MemberTokenGuard)
export class PostAnalyticsController {
  constructor(private readonly posts: PostsService) {}

  @Get()
  @RequiresScope('r_member_postAnalytics', 'memberCreatorPostAnalytics.FINDER-entity')
  find(@CurrentGrant() grant: MemberGrant, @Query(restliQueryValidationPipe) query: PostAnalyticsQueryDto, @Headers('linkedin-version') version: string): Promise<PostAnalyticsPageDto> {
    return this.posts.postAnalytics(grant, query, version);
  }
}
