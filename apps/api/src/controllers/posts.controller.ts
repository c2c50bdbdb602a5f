import {
  CampaignResponse,
  CreateCampaignDto,
  CreatePostDto,
  LinkPreviewDto,
  LinkPreviewResponse,
  LinkPreviewService,
  ListPostsQueryDto,
  PostResponse,
  PostsService,
  UpdatePostDto,
} from '@chorus/content';
import { AuthUser, Role } from '@chorus/identity';
import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';
import { IdParam } from '../http/id-param';
import { RateLimited } from '../http/rate-limits';

@ApiTags('content')
@ApiBearerAuth()
@ApiErrorResponses()
@Roles(Role.Curator, Role.Admin)
@Controller()
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly previews: LinkPreviewService,
  ) {}

  @Get('posts')
  @ApiOkResponse({ type: [PostResponse] })
  list(@CurrentUser() actor: AuthUser, @Query() query: ListPostsQueryDto): Promise<PostResponse[]> {
    return this.posts.list(actor, query.status);
  }

  @Post('posts')
  @ApiCreatedResponse({ type: PostResponse })
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreatePostDto): Promise<PostResponse> {
    return this.posts.create(actor, dto);
  }

  @Get('posts/:id')
  @ApiOkResponse({ type: PostResponse })
  get(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<PostResponse> {
    return this.posts.get(actor, id);
  }

  @Patch('posts/:id')
  @ApiOkResponse({ type: PostResponse })
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdatePostDto): Promise<PostResponse> {
    return this.posts.update(actor, id, dto);
  }

  @Post('posts/:id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse })
  publish(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<PostResponse> {
    return this.posts.publish(actor, id);
  }

  @Post('posts/:id/archive')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse })
  archive(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<PostResponse> {
    return this.posts.archive(actor, id);
  }

  @Post('link-preview')
  @HttpCode(200)
  @ApiOkResponse({ type: LinkPreviewResponse })
  @RateLimited('link-preview')
  preview(@CurrentUser() actor: AuthUser, @Body() dto: LinkPreviewDto): Promise<LinkPreviewResponse> {
    return this.previews.preview(actor, dto.url);
  }

  @Get('campaigns')
  @ApiOkResponse({ type: [CampaignResponse] })
  listCampaigns(@CurrentUser() actor: AuthUser): Promise<CampaignResponse[]> {
    return this.posts.listCampaigns(actor);
  }

  @Post('campaigns')
  @ApiCreatedResponse({ type: CampaignResponse })
  createCampaign(@CurrentUser() actor: AuthUser, @Body() dto: CreateCampaignDto): Promise<CampaignResponse> {
    return this.posts.createCampaign(actor, dto);
  }
}
