import { AuthUser, MeResponse, UpdateMeDto, UsersService } from '@chorus/identity';
import { NotificationListResponse, NotificationsQueryDto, NotificationsService } from '@chorus/notifications';
import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { IdParam } from '../http/id-param';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  @Get()
  get(@CurrentUser() user: AuthUser): Promise<MeResponse> {
    return this.users.getMe(user);
  }

  @Patch()
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeResponse> {
    return this.users.updateMe(user, dto);
  }

  @Get('notifications')
  listNotifications(@CurrentUser() user: AuthUser, @Query() query: NotificationsQueryDto): Promise<NotificationListResponse> {
    return this.notifications.list(user.organizationId, user.id, { unreadOnly: query.unread === 'true', limit: query.limit, cursor: query.cursor });
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  markAllRead(@CurrentUser() user: AuthUser): Promise<{ marked: number }> {
    return this.notifications.markAllRead(user.organizationId, user.id);
  }

  @Post('notifications/:id/read')
  @HttpCode(204)
  markRead(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.notifications.markRead(user.organizationId, user.id, id);
  }
}
