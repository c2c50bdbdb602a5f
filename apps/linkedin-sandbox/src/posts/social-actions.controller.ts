import { Controller, Get, Headers, Param, UseGuards } from '@nestjs/common';
import { CurrentGrant } from '../oauth/member-grant.decorator';
import { MemberTokenGuard } from '../oauth/member-token.guard';
import { RequiresScope } from '../oauth/requires-scope.decorator';
import type { MemberGrant } from '../oauth/token.service';
import { SocialActionsResponseDto } from './dto/social-actions-response.dto';
import { PostsService } from './posts.service';
import { RestliHeadersGuard } from './restli-headers.guard';

/** Likes and comments summaries of a member's own post (needs `r_member_social`). */
@Controller('rest/socialActions')
@UseGuards(RestliHeadersGuard, MemberTokenGuard)
export class SocialActionsController {
  constructor(private readonly posts: PostsService) {}

  @Get(':id')
  @RequiresScope('r_member_social', 'socialActions.GET')
  get(@CurrentGrant() grant: MemberGrant, @Param('id') id: string, @Headers('linkedin-version') version: string): Promise<SocialActionsResponseDto> {
    return this.posts.socialActions(grant, id, version);
  }
}
