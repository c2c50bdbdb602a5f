import { FeedItemResponse, FeedQueryDto, FeedResponse } from '@chorus/content';
import { AuthUser } from '@chorus/identity';
import {
  AuditEntryResponse,
  AuditLogQueryDto,
  AuditLogService,
  CreateShareDto,
  FeedService,
  ListSharesQueryDto,
  RejectReviewDto,
  ReviewDecisionDto,
  ReviewItemResponse,
  ReviewsService,
  ScheduleShareDto,
  ShareResponse,
  SharesService,
  UpdateShareDto,
} from '@chorus/shares';
import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';

@ApiTags('shares')
@ApiBearerAuth()
@Controller()
export class SharesController {
  constructor(
    private readonly shares: SharesService,
    private readonly feed: FeedService,
    private readonly reviews: ReviewsService,
    private readonly audit: AuditLogService,
  ) {}

  @Get('feed')
  getFeed(@CurrentUser() actor: AuthUser, @Query() query: FeedQueryDto): Promise<FeedResponse> {
    return this.feed.feed(actor, query.limit, query.cursor);
  }

  @Get('feed/:postId')
  getFeedItem(@CurrentUser() actor: AuthUser, @IdParam('postId') postId: string): Promise<FeedItemResponse> {
    return this.feed.item(actor, postId);
  }

  @Get('shares')
  list(@CurrentUser() actor: AuthUser, @Query() query: ListSharesQueryDto): Promise<ShareResponse[]> {
    return this.shares.list(actor, query.status);
  }

  @Post('shares')
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateShareDto): Promise<ShareResponse> {
    return this.shares.create(actor, dto);
  }

  @Get('shares/:id')
  get(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ShareResponse> {
    return this.shares.get(actor, id);
  }

  @Patch('shares/:id')
  edit(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateShareDto): Promise<ShareResponse> {
    return this.shares.edit(actor, id, dto);
  }

  @Post('shares/:id/approve')
  @HttpCode(200)
  approve(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ShareResponse> {
    return this.shares.approve(actor, id);
  }

  @Post('shares/:id/schedule')
  @HttpCode(200)
  schedule(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: ScheduleShareDto): Promise<ShareResponse> {
    return this.shares.schedule(actor, id, dto);
  }

  @Post('shares/:id/cancel')
  @HttpCode(200)
  cancel(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ShareResponse> {
    return this.shares.cancel(actor, id);
  }

  @Get('reviews')
  reviewQueue(@CurrentUser() actor: AuthUser): Promise<ReviewItemResponse[]> {
    return this.reviews.queue(actor);
  }

  @Post('reviews/:shareId/approve')
  @HttpCode(200)
  approveReview(@CurrentUser() actor: AuthUser, @IdParam('shareId') id: string, @Body() dto: ReviewDecisionDto): Promise<ShareResponse> {
    return this.reviews.approve(actor, id, dto.note);
  }

  @Post('reviews/:shareId/reject')
  @HttpCode(200)
  rejectReview(@CurrentUser() actor: AuthUser, @IdParam('shareId') id: string, @Body() dto: RejectReviewDto): Promise<ShareResponse> {
    return this.reviews.reject(actor, id, dto.note);
  }

  @Get('audit-log')
  auditLog(@CurrentUser() actor: AuthUser, @Query() query: AuditLogQueryDto): Promise<AuditEntryResponse[]> {
    return this.audit.list(actor, query.shareId, query.limit);
  }
}
