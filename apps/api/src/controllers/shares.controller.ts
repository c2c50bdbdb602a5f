import { FeedItemResponse, FeedQueryDto, FeedResponse, FeedTopicsResponse } from '@chorus/content';
import { AuthUser } from '@chorus/identity';
import {
  AuditEntryResponse,
  AuditEventsQueryDto,
  AuditEventsResponse,
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
import { Body, Query } from '@nestjs/common';
import { CurrentUser } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';
import { ActionRoute, ApiController, CreateRoute, GetRoute, PatchRoute } from '../http/routes';

@ApiController('shares')
export class SharesController {
  constructor(
    private readonly shares: SharesService,
    private readonly feed: FeedService,
    private readonly reviews: ReviewsService,
    private readonly audit: AuditLogService,
  ) {}

  @GetRoute('feed', FeedResponse)
  getFeed(@CurrentUser() actor: AuthUser, @Query() query: FeedQueryDto): Promise<FeedResponse> {
    return this.feed.feed(actor, { ...query, hideShared: query.hideShared === 'true' });
  }

  @GetRoute('feed/topics', FeedTopicsResponse)
  getFeedTopics(@CurrentUser() actor: AuthUser): Promise<FeedTopicsResponse> {
    return this.feed.topics(actor);
  }

  @GetRoute('feed/:postId', FeedItemResponse)
  getFeedItem(@CurrentUser() actor: AuthUser, @IdParam('postId') postId: string): Promise<FeedItemResponse> {
    return this.feed.item(actor, postId);
  }

  @GetRoute('shares', [ShareResponse])
  list(@CurrentUser() actor: AuthUser, @Query() query: ListSharesQueryDto): Promise<ShareResponse[]> {
    return this.shares.list(actor, query.status);
  }

  @CreateRoute('shares', ShareResponse)
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateShareDto): Promise<ShareResponse> {
    return this.shares.create(actor, dto);
  }

  @GetRoute('shares/:id', ShareResponse)
  get(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ShareResponse> {
    return this.shares.get(actor, id);
  }

  @PatchRoute('shares/:id', ShareResponse)
  edit(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateShareDto): Promise<ShareResponse> {
    return this.shares.edit(actor, id, dto);
  }

  @ActionRoute('shares/:id/approve', ShareResponse, { description: 'Approved, or in review when a rule or the organisation asks for a reviewer' })
  approve(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ShareResponse> {
    return this.shares.approve(actor, id);
  }

  @ActionRoute('shares/:id/schedule', ShareResponse)
  schedule(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: ScheduleShareDto): Promise<ShareResponse> {
    return this.shares.schedule(actor, id, dto);
  }

  @ActionRoute('shares/:id/cancel', ShareResponse)
  cancel(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ShareResponse> {
    return this.shares.cancel(actor, id);
  }

  @GetRoute('reviews', [ReviewItemResponse])
  reviewQueue(@CurrentUser() actor: AuthUser): Promise<ReviewItemResponse[]> {
    return this.reviews.queue(actor);
  }

  @ActionRoute('reviews/:shareId/approve', ShareResponse)
  approveReview(@CurrentUser() actor: AuthUser, @IdParam('shareId') id: string, @Body() dto: ReviewDecisionDto): Promise<ShareResponse> {
    return this.reviews.approve(actor, id, dto.note);
  }

  @ActionRoute('reviews/:shareId/reject', ShareResponse)
  rejectReview(@CurrentUser() actor: AuthUser, @IdParam('shareId') id: string, @Body() dto: RejectReviewDto): Promise<ShareResponse> {
    return this.reviews.reject(actor, id, dto.note);
  }

  /** Share transitions only, as a plain array: the first shape of the audit log, kept for existing clients. */
  @GetRoute('audit-log', [AuditEntryResponse])
  auditLog(@CurrentUser() actor: AuthUser, @Query() query: AuditLogQueryDto): Promise<AuditEntryResponse[]> {
    return this.audit.list(actor, query.shareId, query.limit);
  }

  /** The whole audit log: share transitions and admin or security actions, filtered and paged. */
  @GetRoute('audit-log/events', AuditEventsResponse)
  auditEvents(@CurrentUser() actor: AuthUser, @Query() query: AuditEventsQueryDto): Promise<AuditEventsResponse> {
    return this.audit.events(actor, query);
  }
}
