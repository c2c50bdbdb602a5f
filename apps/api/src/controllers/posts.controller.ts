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
import { Body, Query } from '@nestjs/common';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';
import { RateLimited } from '../http/rate-limits';
import { ActionRoute, ApiController, CreateRoute, GetRoute, PatchRoute } from '../http/routes';

@ApiController('content')
@Roles(Role.Curator, Role.Admin)
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly previews: LinkPreviewService,
  ) {}

  @GetRoute('posts', [PostResponse])
  list(@CurrentUser() actor: AuthUser, @Query() query: ListPostsQueryDto): Promise<PostResponse[]> {
    return this.posts.list(actor, query.status);
  }

  @CreateRoute('posts', PostResponse)
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreatePostDto): Promise<PostResponse> {
    return this.posts.create(actor, dto);
  }

  @GetRoute('posts/:id', PostResponse)
  get(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<PostResponse> {
    return this.posts.get(actor, id);
  }

  @PatchRoute('posts/:id', PostResponse)
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdatePostDto): Promise<PostResponse> {
    return this.posts.update(actor, id, dto);
  }

  @ActionRoute('posts/:id/publish', PostResponse)
  publish(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<PostResponse> {
    return this.posts.publish(actor, id);
  }

  @ActionRoute('posts/:id/archive', PostResponse)
  archive(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<PostResponse> {
    return this.posts.archive(actor, id);
  }

  @ActionRoute('link-preview', LinkPreviewResponse)
  @RateLimited('link-preview')
  preview(@CurrentUser() actor: AuthUser, @Body() dto: LinkPreviewDto): Promise<LinkPreviewResponse> {
    return this.previews.preview(actor, dto.url);
  }

  @GetRoute('campaigns', [CampaignResponse])
  listCampaigns(@CurrentUser() actor: AuthUser): Promise<CampaignResponse[]> {
    return this.posts.listCampaigns(actor);
  }

  @CreateRoute('campaigns', CampaignResponse)
  createCampaign(@CurrentUser() actor: AuthUser, @Body() dto: CreateCampaignDto): Promise<CampaignResponse> {
    return this.posts.createCampaign(actor, dto);
  }
}
