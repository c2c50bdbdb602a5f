import { AuthUser, MeResponse, UpdateMeDto, UsersService } from '@chorus/identity';
import { MarkedReadResponse, NotificationListResponse, NotificationsQueryDto, NotificationsService } from '@chorus/notifications';
import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';
import { IdParam } from '../http/id-param';

@ApiTags('me')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeResponse })
  get(@CurrentUser() user: AuthUser): Promise<MeResponse> {
    return this.users.getMe(user);
  }

  @Patch()
  @ApiOkResponse({ type: MeResponse })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeResponse> {
    return this.users.updateMe(user, dto);
  }

  @Get('notifications')
  @ApiOkResponse({ type: NotificationListResponse })
  listNotifications(@CurrentUser() user: AuthUser, @Query() query: NotificationsQueryDto): Promise<NotificationListResponse> {
    return this.notifications.list(user.organizationId, user.id, { unreadOnly: query.unread === 'true', limit: query.limit, cursor: query.cursor });
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkedReadResponse })
  markAllRead(@CurrentUser() user: AuthUser): Promise<MarkedReadResponse> {
    return this.notifications.markAllRead(user.organizationId, user.id);
  }

  @Post('notifications/:id/read')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Marked read (a notification already read keeps its first read time)' })
  markRead(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.notifications.markRead(user.organizationId, user.id, id);
  }
}
