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
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';
import { IdParam } from '../http/id-param';

@ApiTags('shares')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller()
export class SharesController {
  constructor(
    private readonly shares: SharesService,
    private readonly feed: FeedService,
    private readonly reviews: ReviewsService,
    private readonly audit: AuditLogService,
  ) {}

  @Get('feed')
  @ApiOkResponse({ type: FeedResponse })
  getFeed(@CurrentUser() actor: AuthUser, @Query() query: FeedQueryDto): Promise<FeedResponse> {
    return this.feed.feed(actor, query.limit, query.cursor);
  }

  @Get('feed/:postId')
  @ApiOkResponse({ type: FeedItemResponse })
  getFeedItem(@CurrentUser() actor: AuthUser, @IdParam('postId') postId: string): Promise<FeedItemResponse> {
    return this.feed.item(actor, postId);
  }

  @Get('shares')
  @ApiOkResponse({ type: [ShareResponse] })
  list(@CurrentUser() actor: AuthUser, @Query() query: ListSharesQueryDto): Promise<ShareResponse[]> {
    return this.shares.list(actor, query.status);
  }

  @Post('shares')
  @ApiCreatedResponse({ type: ShareResponse })
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateShareDto): Promise<ShareResponse> {
    return this.shares.create(actor, dto);
  }

  @Get('shares/:id')
  @ApiOkResponse({ type: ShareResponse })
  get(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ShareResponse> {
    return this.shares.get(actor, id);
  }

  @Patch('shares/:id')
  @ApiOkResponse({ type: ShareResponse })
  edit(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateShareDto): Promise<ShareResponse> {
    return this.shares.edit(actor, id, dto);
  }

  @Post('shares/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ShareResponse, description: 'Approved, or in review when a rule or the organisation asks for a reviewer' })
  approve(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ShareResponse> {
    return this.shares.approve(actor, id);
  }

  @Post('shares/:id/schedule')
  @HttpCode(200)
  @ApiOkResponse({ type: ShareResponse })
  schedule(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: ScheduleShareDto): Promise<ShareResponse> {
    return this.shares.schedule(actor, id, dto);
  }

  @Post('shares/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: ShareResponse })
  cancel(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ShareResponse> {
    return this.shares.cancel(actor, id);
  }

  @Get('reviews')
  @ApiOkResponse({ type: [ReviewItemResponse] })
  reviewQueue(@CurrentUser() actor: AuthUser): Promise<ReviewItemResponse[]> {
    return this.reviews.queue(actor);
  }

  @Post('reviews/:shareId/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ShareResponse })
  approveReview(@CurrentUser() actor: AuthUser, @IdParam('shareId') id: string, @Body() dto: ReviewDecisionDto): Promise<ShareResponse> {
    return this.reviews.approve(actor, id, dto.note);
  }

  @Post('reviews/:shareId/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ShareResponse })
  rejectReview(@CurrentUser() actor: AuthUser, @IdParam('shareId') id: string, @Body() dto: RejectReviewDto): Promise<ShareResponse> {
    return this.reviews.reject(actor, id, dto.note);
  }

  @Get('audit-log')
  @ApiOkResponse({ type: [AuditEntryResponse] })
  auditLog(@CurrentUser() actor: AuthUser, @Query() query: AuditLogQueryDto): Promise<AuditEntryResponse[]> {
    return this.audit.list(actor, query.shareId, query.limit);
  }
}
