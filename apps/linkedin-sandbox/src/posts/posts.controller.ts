import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentGrant } from '../oauth/member-grant.decorator';
import { MemberTokenGuard } from '../oauth/member-token.guard';
import { RequiresScope } from '../oauth/requires-scope.decorator';
import type { MemberGrant } from '../oauth/token.service';
import { CreatePostDto } from './dto/create-post.dto';
import { FindPostsQueryDto } from './dto/find-posts-query.dto';
import { PostResponseDto, PostsPageDto } from './dto/post-response.dto';
import { PostsService } from './posts.service';
import { RestliHeadersGuard } from './restli-headers.guard';
import { restliBodyValidationPipe, restliQueryValidationPipe } from './restli.pipes';

/**
 * LinkedIn's Posts API. Reading posts needs `r_member_social`, which LinkedIn grants only to
 * approved partners; creating needs `w_member_social`.
 */
@Controller('rest/posts')
@UseGuards(RestliHeadersGuard, MemberTokenGuard)
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  /** 201 with an empty body; the new post's URN is in `x-restli-id`. */
  @Post()
  @HttpCode(201)
  @RequiresScope('w_member_social', 'partnerApiPostsExternal.CREATE')
  async create(
    @CurrentGrant() grant: MemberGrant,
    @Body(restliBodyValidationPipe) body: CreatePostDto,
    @Headers('linkedin-version') version: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    response.setHeader('x-restli-id', await this.posts.create(grant, body, version));
  }

  @Get()
  @RequiresScope('r_member_social', 'partnerApiPostsExternal.FINDER-author')
  findByAuthor(
    @CurrentGrant() grant: MemberGrant,
    @Query(restliQueryValidationPipe) query: FindPostsQueryDto,
    @Headers('linkedin-version') version: string,
  ): PostsPageDto {
    return this.posts.findByAuthor(grant, query, version);
  }

  @Get(':id')
  @RequiresScope('r_member_social', 'partnerApiPostsExternal.GET')
  get(@CurrentGrant() grant: MemberGrant, @Param('id') id: string, @Headers('linkedin-version') version: string): PostResponseDto {
    return this.posts.get(grant, id, version);
  }
}
